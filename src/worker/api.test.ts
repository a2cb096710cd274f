import { describe, expect, it } from 'vitest';
import { IOV_MODES } from '../domain';
import { getTemplate } from '../scenarios';
import { simulateWithCapability } from '../sim';
import { capabilityTransferables, simApi, transferables } from './api';

describe('the worker API: the delivered result first, its capability next', () => {
  it('computes capability after the result’s arrays were transferred to the page', () => {
    const design = getTemplate('seed-ib-software')!.build();
    const result = simApi.simulate({ design, saturate: false, capability: true });
    expect(result.capability).toBeUndefined();
    // What postMessage does with the result: its typed arrays move to the page, leaving them empty here.
    structuredClone(result, { transfer: transferables(result) });
    expect(result.modes[0]!.perVm.lanGbps.length).toBe(0);
    const capability = simApi.capability();
    const expected = simulateWithCapability(design).capability!;
    expect(capability.map((c) => c.vm)).toEqual(expected.map((c) => c.vm));
    expect(capability.map((c) => c.headroom)).toEqual(expected.map((c) => c.headroom));
    expect(capabilityTransferables(capability)).toHaveLength(IOV_MODES.length * 3);
  });

  it('answers capability once, for the run just answered, and none for a run that did not ask', () => {
    const design = getTemplate('seed-ib-native')!.build();
    simApi.simulate({ design, saturate: false, capability: true });
    expect(simApi.capability()).toHaveLength(IOV_MODES.length);
    expect(simApi.capability()).toEqual([]);
    simApi.simulate({ design, saturate: false });
    expect(simApi.capability()).toEqual([]);
  });
});
