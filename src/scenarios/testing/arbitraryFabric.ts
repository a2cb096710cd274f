import fc from 'fast-check';
import { DesignBuilder, port, bus, sideA, sideB } from '../builder';
import type { Design } from '../../domain';

/**
 * Random topologies for property tests: servers with random adapters on random switch stacks,
 * gateways and targets, random VM counts and demands — and, in some, a second workload for some
 * groups, so that VMs of different demand share the fabric.
 */
export const arbDesign = fc
  .record({
    groups: fc.array(
      fc.record({
        count: fc.integer({ min: 1, max: 6 }),
        vms: fc.integer({ min: 0, max: 5 }),
        hca: fc.constantFrom('hca-infinihost3-ddr', 'hca-connectx-ddr'),
        nic: fc.boolean(),
        hba: fc.boolean(),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    leaves: fc.integer({ min: 1, max: 3 }),
    gwEth: fc.integer({ min: 0, max: 2 }),
    gwFc: fc.integer({ min: 0, max: 2 }),
    ibStorage: fc.boolean(),
    lanMbps: fc.integer({ min: 0, max: 3000 }),
    sanMBps: fc.integer({ min: 0, max: 500 }),
    ipcMbps: fc.integer({ min: 0, max: 3000 }),
    mesh: fc.boolean(),
    /** A second workload (0: none) for the odd-numbered groups: LAN and SAN demand scaled by it. */
    otherScale: fc.constantFrom(0, 0, 0.25, 4),
  })
  .map((o): Design => {
    const b = new DesignBuilder('random', '')
      .node('leaf', 'sw-ib-ddr-24', 'leaf', 0, 0, o.leaves)
      .node('eth', 'sw-gige-48', 'eth', 0, 0)
      .node('fcs', 'sw-fc-32-2g', 'fc', 0, 0)
      .node('lan', 'net-lan-gige', 'lan', 0, 0)
      .node('fcst', 'st-fc-array-2g', 'fc storage', 0, 0)
      .link(bus('eth'), bus('lan'), { lanes: 2 })
      .link(bus('fcs'), bus('fcst'), { lanes: 2 });
    o.groups.forEach((g, i) => {
      const adapters: Array<[string, string]> = [['hca', g.hca]];
      if (g.nic) adapters.push(['nic', 'nic-gige-1p']);
      if (g.hba) adapters.push(['hba', 'hba-fc-2g']);
      b.server(`s${i}`, 'srv-rack2u-2007', `servers ${i}`, 0, 0, { count: g.count, vms: g.vms, adapters });
      b.link(port(`s${i}`, 'hca'), bus('leaf'), { mesh: o.mesh });
      if (g.nic) b.link(port(`s${i}`, 'nic'), bus('eth'));
      if (g.hba) b.link(port(`s${i}`, 'hba'), bus('fcs'));
    });
    if (o.gwEth) b.node('gwe', 'gw-ib-eth-6', 'gwe', 0, 0, o.gwEth).link(sideA('gwe'), bus('leaf'), { mesh: true }).link(sideB('gwe'), bus('lan'), { lanes: 3 });
    if (o.gwFc) b.node('gwf', 'gw-ib-fc-4', 'gwf', 0, 0, o.gwFc).link(sideA('gwf'), bus('leaf'), { mesh: true }).link(sideB('gwf'), bus('fcst'));
    if (o.ibStorage) b.node('ibst', 'st-ib-srp-array', 'ib storage', 0, 0).link(bus('leaf'), bus('ibst'));
    const d = b.build();
    d.workloads[0] = { ...d.workloads[0]!, lanMbps: o.lanMbps, sanMBps: o.sanMBps, ipcMbps: o.ipcMbps };
    if (o.otherScale) {
      d.workloads.push({ ...d.workloads[0]!, id: 'other', name: 'other', lanMbps: o.lanMbps * o.otherScale, sanMBps: o.sanMBps * o.otherScale });
      d.nodes = d.nodes.map((n) => (/^s\d*[13579]$/.test(n.id) ? { ...n, workloadId: 'other' } : n));
    }
    return d;
  });
