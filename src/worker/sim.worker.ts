import { expose, transfer } from 'comlink';
import { simApi, transferables, type SimApi } from './api';

// Results go back with their typed arrays transferred (zero-copy) rather than cloned.
const exposed: SimApi = {
  ...simApi,
  simulate: (req) => {
    const result = simApi.simulate(req);
    return transfer(result, transferables(result));
  },
};

expose(exposed);
