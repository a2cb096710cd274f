import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG } from '../catalog';
import type { Design, Part } from '../domain';
import { bus, DesignBuilder, port } from '../scenarios/builder';
import { simulate } from './simulate';

/**
 * docs/model.md §3, "Storage": with several arrays a switch hands storage flows out in proportion
 * to what each array can serve, not one each in turn — so adding an array never lowers what the
 * design delivers (issue "Numbers that survive a customer's questions", item 6).
 */
const STOCK = DEFAULT_CATALOG.byId.get('st-ib-srp-array') as Part & { kind: 'storage' };
/** The InfiniBand SRP array (4 DDR ports) with a back end of `mbps` MB/s. */
const array = (id: string, mbps: number): Part => ({ ...STOCK, id, name: `SRP array, ${mbps} MB/s`, throughputMBps: mbps });

interface SanDesign {
  groups: Array<{ count: number; vms: number; hca: string }>;
  /** A leaf switch per group between its servers and the storage switch, or all on the storage switch. */
  leaves: boolean;
  arrays: Array<{ mbps: number; lanes: number }>;
  sanMBps: number;
}

function sanDesign(o: SanDesign): Design {
  const b = new DesignBuilder('SAN', '').node('core', 'sw-ib-ddr-24', 'storage switch', 0, 0);
  o.groups.forEach((g, i) => {
    b.server(`s${i}`, 'srv-rack2u-2007', `servers ${i}`, 0, 0, { count: g.count, vms: g.vms, adapters: [['hca', g.hca]] });
    // A leaf with as many uplinks as servers: what holds a storage flow back is at its own server.
    if (o.leaves) b.node(`leaf${i}`, 'sw-ib-ddr-24', `leaf ${i}`, 0, 0).link(port(`s${i}`, 'hca'), bus(`leaf${i}`)).link(bus(`leaf${i}`), bus('core'), { lanes: g.count });
    else b.link(port(`s${i}`, 'hca'), bus('core'));
  });
  o.arrays.forEach((a, i) => b.node(`st${i}`, `array-${i}`, `array ${i}`, 0, 0).link(bus('core'), bus(`st${i}`), { lanes: a.lanes }));
  const d = b.build();
  return {
    ...d,
    customParts: o.arrays.map((a, i) => array(`array-${i}`, a.mbps)),
    workloads: [{ ...d.workloads[0]!, lanMbps: 0, ipcMbps: 0, sanMBps: o.sanMBps }],
  };
}

const sanTotals = (d: Design, saturate = false): number[] => simulate(d, { saturate }).modes.map((m) => m.totals.sanMBps);

describe('storage flows split by what each array can serve', () => {
  // Six servers, one VM each, 200 MB/s of SAN demand per VM (1.6 Gb/s: far below an HCA's host
  // path and the 15.7 Gb/s DDR cables), on one switch with a 1,000 MB/s and a 200 MB/s array.
  const six = (arrays: SanDesign['arrays']): Design => sanDesign({ groups: [{ count: 6, vms: 1, hca: 'hca-connectx-ddr' }], leaves: false, arrays, sanMBps: 200 });

  it('two arrays of unequal size: the big one takes five flows, the small one one, and every VM gets its 200 MB/s', () => {
    // The big array alone: six flows share 1,000 MB/s → 166.67 MB/s each, 1,000 MB/s in all.
    // Both, one flow each in turn (the old split): three on each → the big array 3 × 200 = 600,
    // the small one 200 / 3 = 66.67 each → 800 MB/s in all, less than the big array alone.
    // By capacity (weight ÷ (flows + 1), largest first; 1,000 vs 200): quotients 1,000, 500,
    // 333, 250, then 200 = 200 (ties to the first: the big array), then 166.7 < 200 → the small
    // one. Five on the big array: 5 × 200 = 1,000 MB/s, full; one on the small: 200, full.
    // 1,200 MB/s in all — the whole demand.
    const alone = sanTotals(six([{ mbps: 1000, lanes: 1 }]));
    const both = simulate(six([{ mbps: 1000, lanes: 1 }, { mbps: 200, lanes: 1 }]));
    for (let i = 0; i < both.modes.length; i++) {
      const m = both.modes[i]!;
      expect(alone[i]).toBeCloseTo(1000, 9);
      expect(m.totals.sanMBps).toBeCloseTo(1200, 9);
      expect(m.vm.sanMBps.min).toBeCloseTo(200, 9);
      expect(m.totals.sanMBps).toBeGreaterThanOrEqual(alone[i]!);
    }
  });

  it('an array counts for no more than its cables carry', () => {
    // Fibre Channel: six servers with a 2G HBA, one VM each, 100 MB/s of SAN demand per VM, on
    // one FC switch. Array 0 has a 1,000 MB/s back end behind one 2G lane (200 MB/s): it weighs
    // 200. Array 1 serves 400 MB/s over two lanes: it weighs 400. Quotients 200, 100, 66.7 and
    // 400, 200, 133, 100: the six largest are 400 (1), 200 (0, first on the tie), 200 (1), 133 (1),
    // 100 (0), 100 (1) → two flows on array 0 (200 MB/s, its lane full), four on array 1 (400,
    // full): 600 MB/s, the whole demand. Weighed by back end alone (1,000 vs 400) it would put
    // five on array 0, whose lane gives them 40 each: 200 + 100 = 300.
    const fc2g = DEFAULT_CATALOG.byId.get('st-fc-array-2g') as Part & { kind: 'storage' };
    const d = new DesignBuilder('FC', '')
      .server('srv', 'srv-rack2u-2007', 'Servers', 0, 0, { count: 6, vms: 1, adapters: [['hba', 'hba-fc-2g']] })
      .node('sw', 'sw-fc-32-2g', 'FC switch', 0, 0)
      .node('st0', 'fc-1000', 'array 0', 0, 0)
      .node('st1', 'fc-400', 'array 1', 0, 0)
      .link(port('srv', 'hba'), bus('sw'))
      .link(bus('sw'), bus('st0'))
      .link(bus('sw'), bus('st1'), { lanes: 2 })
      .build();
    const design: Design = {
      ...d,
      customParts: [{ ...fc2g, id: 'fc-1000', throughputMBps: 1000 }, { ...fc2g, id: 'fc-400', throughputMBps: 400 }],
      workloads: [{ ...d.workloads[0]!, lanMbps: 0, ipcMbps: 0, sanMBps: 100 }],
    };
    const m = simulate(design, { modes: ['software'] }).modes[0]!;
    expect(m.totals.sanMBps).toBeCloseTo(600, 9);
    expect(m.vm.sanMBps.min).toBeCloseTo(100, 9);
  });

  it('the VM its server lets push more is not the one sent to the small array', () => {
    // Saturated. A busy server (five VMs) and a quiet one (one VM), ConnectX DDR HCAs whose
    // PCIe bus carries 1,486 MB/s: the busy server's VMs get 1,486 / 5 = 297.2 MB/s each, the
    // quiet VM 1,486. A 3,000 MB/s array (two DDR lanes, 3,937 MB/s) serves them all: 2,972 MB/s.
    // Add a 600 MB/s array. Counting flows alone, the sixth flow — the quiet VM's — would go to
    // it (3,000 / 6 = 500 < 600) and get 600 instead of 1,486: 2,086 in all. Weighed by what
    // each flow can push (297.2 five times, then 1,486), the big array still has the better
    // share for the quiet VM (3,000 / (1,486 + 1,486) = 1.01 against 600 / 1,486 = 0.40).
    const design = (arrays: SanDesign['arrays']): Design =>
      sanDesign({ groups: [{ count: 1, vms: 5, hca: 'hca-connectx-ddr' }, { count: 1, vms: 1, hca: 'hca-connectx-ddr' }], leaves: false, arrays, sanMBps: 100 });
    const before = simulate(design([{ mbps: 3000, lanes: 2 }]), { saturate: true, modes: ['software'] }).modes[0]!;
    const after = simulate(design([{ mbps: 3000, lanes: 2 }, { mbps: 600, lanes: 1 }]), { saturate: true, modes: ['software'] }).modes[0]!;
    expect(before.totals.sanMBps).toBeCloseTo(2 * 1486, 6);
    expect(after.totals.sanMBps).toBeCloseTo(2 * 1486, 6);
    expect(after.perVm.sanMBps[5]).toBeCloseTo(1486, 6);
  });

  it('adding an array on the same switch never lowers the SAN throughput delivered', () => {
    const arbArray = fc.record({ mbps: fc.integer({ min: 20, max: 3000 }), lanes: fc.integer({ min: 1, max: 2 }) });
    fc.assert(
      fc.property(
        fc.record({
          groups: fc.array(fc.record({ count: fc.integer({ min: 1, max: 6 }), vms: fc.integer({ min: 1, max: 8 }), hca: fc.constantFrom('hca-infinihost3-ddr', 'hca-connectx-ddr', 'hca-cx2-qdr') }), { minLength: 1, maxLength: 3 }),
          leaves: fc.boolean(),
          arrays: fc.array(arbArray, { minLength: 1, maxLength: 4 }),
          // Up to 300 MB/s a VM, so every VM fits its server (the I/O CPU of storage grows with it):
          // routing cannot know which VMs a mode leaves out.
          sanMBps: fc.integer({ min: 1, max: 300 }),
        }),
        arbArray,
        fc.boolean(),
        (o, added, saturate) => {
          const before = simulate(sanDesign(o), { saturate }).modes;
          const after = simulate(sanDesign({ ...o, arrays: [...o.arrays, added] }), { saturate }).modes;
          fc.pre(before.every((m) => m.density.vmsRunning === m.density.vmsPlanned));
          return before.every((b, i) => after[i]!.totals.sanMBps >= b.totals.sanMBps * (1 - 1e-9));
        },
      ),
      { numRuns: 300 },
    );
  });
});
