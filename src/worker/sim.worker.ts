import { expose, transfer } from 'comlink';
import { capabilityTransferables, simApi, transferables, type SimApi } from './api';
import type { ProgressMessage } from './progressMessage';

const post = (message: ProgressMessage): void => (self as unknown as { postMessage(m: unknown): void }).postMessage(message);

// Results go back with their typed arrays transferred (zero-copy) rather than cloned.
const exposed: SimApi = {
  ...simApi,
  simulate: (req) => {
    const result = simApi.simulate(req, (iovProgress) => post({ iovProgress }));
    return transfer(result, transferables(result));
  },
  capability: () => {
    const capability = simApi.capability((iovProgress) => post({ iovProgress }));
    return transfer(capability, capabilityTransferables(capability));
  },
};

expose(exposed);
