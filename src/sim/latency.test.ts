import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG } from '../catalog';
import type { Design, Part, Workload } from '../domain';
import { bus, DesignBuilder, port, sideA, sideB } from '../scenarios/builder';
import { simulate } from './simulate';

/**
 * Loaded latency (docs/model.md §6) on small designs worked out by hand. Every saturated capacity
 * on a path adds its queueing: a switch's switching capacity, the server port's cable, a gateway's
 * egress cable — not only a switch's egress cable. All in software IOV, SAN traffic only, 3 m
 * cables (wire 3 × 0.005 = 0.015 µs each), ρ capped at 0.99 (factor 1/(1 − 0.99) = 100).
 *
 * Catalog figures used below (src/catalog/seedParts.ts, params.ts):
 *   hba-fc-2g          FC 1.6 Gb/s port (payload efficiency 1), PCIe 8 Gb/s, adapter 10 µs
 *   sw-fc-16-2g        cut-through, hop 2 µs, non-blocking
 *   st-fc-array-2g     back end 1,600 MB/s = 12.8 Gb/s, service 150 µs
 *   hca-infinihost3    DDR 16 Gb/s × 2048/2082 per cable, PCIe 1486 MB/s = 11.888 Gb/s, 1.9 µs
 *   gw-ib-fc-4         inside 6.4 Gb/s, 10 µs; FC side 1.6 Gb/s
 *   host path, software 20 µs; transport FCP 5 µs, SRP 3 µs
 *   one frame          1,538 B × 8 = 12,304 bits: 7.69 µs at 1.6 Gb/s, 0.769 µs at 16 Gb/s
 */
const withSan = (d: Design, sanMBps: number): Design => ({ ...d, workloads: [{ ...d.workloads[0]!, lanMbps: 0, ipcMbps: 0, sanMBps } satisfies Workload] });
const SER_FC = 12304 / 1600; // 7.69 µs
const SER_IB = 12304 / 16000; // 0.769 µs

/** Servers with one FC HBA each, on one FC switch, to FC storage by a 2-lane cable (3.2 Gb/s). */
function fcDesign(servers: number, opts: { backplaneGbps?: number } = {}): Design {
  const d = new DesignBuilder('FC', '')
    .server('srv', 'srv-rack2u-2007', 'Servers', 0, 0, { count: servers, vms: 1, adapters: [['hba', 'hba-fc-2g']] })
    .node('sw', 'sw-fc-16-2g', 'FC switch', 0, 0)
    .node('st', 'st-fc-array-2g', 'FC storage', 0, 0)
    .link(port('srv', 'hba'), bus('sw'))
    .link(bus('sw'), bus('st'), { lanes: 2 })
    .build();
  if (opts.backplaneGbps === undefined) return d;
  // The same switch with a switching capacity (no catalog part has one).
  const stock = DEFAULT_CATALOG.byId.get('sw-fc-16-2g') as Part & { kind: 'switch' };
  const part = { ...stock, id: 'sw-fc-16-2g-bp', name: 'FC switch with a backplane', backplaneGbps: opts.backplaneGbps };
  return { ...d, customParts: [part], nodes: d.nodes.map((n) => (n.id === 'sw' ? { ...n, partId: part.id } : n)) };
}

const san = (d: Design) => {
  const m = simulate(d, { modes: ['software'] }).modes[0]!;
  expect(m.unreachable).toEqual([]);
  return { unloaded: m.vm.latencyUs.san.median, loaded: m.vm.loadedLatencyUs.san.median, hop: m.vm.queueing?.san, m };
};

describe('loaded latency: every saturated capacity on the path queues (issue "Numbers that survive a customer\'s questions", item 5)', () => {
  // Unloaded, the FC designs: host 20 + FCP 5 = 25, HBA 10, two cables 0.03, switch hop 2
  // (cut-through: no serialization), storage 150 → 187.03 µs.
  const FC_UNLOADED = 25 + 10 + 0.03 + 2 + 150;

  it('(a) a switch whose switching capacity is full: loaded latency above unloaded by the expected amount, and above the same design with nothing full', () => {
    // Two servers, one VM each, 150 MB/s = 1.2 Gb/s of SAN demand per VM; the switch switches 1.6 Gb/s.
    // Each flow gets 0.8 Gb/s: the backplane is full (ρ = 1 → factor 100).
    //   bus 0.8/8 = 0.1 → 10/9; HBA cable 0.8/1.6 = 0.5 → 2; uplink 1.6/3.2 = 0.5 → 2;
    //   storage 1.6/12.8 = 0.125 → 8/7.
    // Loaded: host 25 × 10/9 = 27.7778; HBA 10 × 10/9 = 11.1111; wire 0.03;
    //   HBA cable: one frame queues, 7.69 × (2 − 1) = 7.69;
    //   switch hop 2, + (hop 2 + frame 7.69) × (2 − 1) = 9.69 on its egress (the uplink),
    //   + hop 2 × (100 − 1) = 198 on its backplane;
    //   storage 150 × 8/7 = 171.4286.
    //   = 427.7275 µs; 240.6975 µs above the unloaded 187.03.
    const full = san(withSan(fcDesign(2, { backplaneGbps: 1.6 }), 150));
    const expected = 25 * (10 / 9) + 10 * (10 / 9) + 0.03 + SER_FC * 1 + 2 + (2 + SER_FC) * 1 + 2 * 99 + 150 * (8 / 7);
    expect(full.unloaded).toBeCloseTo(FC_UNLOADED, 9);
    expect(full.loaded).toBeCloseTo(expected, 6);
    expect(full.loaded).toBeCloseTo(427.7275, 3);
    expect(full.loaded - full.unloaded).toBeCloseTo(240.6975, 3);
    // The slowest SAN flow's largest queue is the backplane's.
    expect(full.hop!.where).toBe('switching capacity of "FC switch"');
    expect(full.hop!.addedUs).toBeCloseTo(198, 6);

    // The same design on a non-blocking switch: each flow gets its 1.2 Gb/s, nothing is full.
    //   bus 1.2/8 = 0.15 → 1/0.85; HBA cable 1.2/1.6 = 0.75 → 4; uplink 2.4/3.2 = 0.75 → 4;
    //   storage 2.4/12.8 = 0.1875 → 16/13.
    // Loaded: 25/0.85 = 29.4118; 10/0.85 = 11.7647; wire 0.03; HBA cable 7.69 × 3 = 23.07;
    //   hop 2 + (2 + 7.69) × 3 = 31.07; storage 150 × 16/13 = 184.6154 → 279.9619 µs.
    // (Before every saturated capacity queued, the full design showed 214.3475 µs and this one
    // 233.8219 µs: the design with its backplane at 100% looked the faster.)
    const open = san(withSan(fcDesign(2), 150));
    expect(open.unloaded).toBeCloseTo(FC_UNLOADED, 9);
    expect(open.loaded).toBeCloseTo(25 / 0.85 + 10 / 0.85 + 0.03 + SER_FC * 3 + 2 + (2 + SER_FC) * 3 + 150 * (16 / 13), 6);
    expect(open.loaded).toBeCloseTo(279.9619, 3);
    expect(open.m.bottlenecks.some((b) => b.utilization >= 1 - 1e-9)).toBe(false);
    expect(full.loaded).toBeGreaterThan(open.loaded);
  });

  it('a switching capacity with room left adds only its own queueing: hop × (1/(1 − ρ) − 1)', () => {
    // As (a) with 3.2 Gb/s of switching: flows get 1.2 Gb/s, ρ = 2.4/3.2 = 0.75 → factor 4,
    // + 2 × 3 = 6 µs over the non-blocking switch's 279.9619.
    const roomy = san(withSan(fcDesign(2, { backplaneGbps: 3.2 }), 150));
    const open = san(withSan(fcDesign(2), 150));
    expect(roomy.loaded - open.loaded).toBeCloseTo(6, 9);
    expect(roomy.unloaded).toBe(open.unloaded);
  });

  it('(b) a full server port cable adds queueing', () => {
    // One server, one VM, 300 MB/s = 2.4 Gb/s asked; its HBA cable (1.6 Gb/s) is full: 1.6 Gb/s.
    //   bus 1.6/8 = 0.2 → 1.25; HBA cable ρ = 1 → 100; uplink 1.6/3.2 = 0.5 → 2; storage 0.125 → 8/7.
    // Loaded: host 25 × 1.25 = 31.25; HBA 10 × 1.25 = 12.5; wire 0.03;
    //   HBA cable: 7.69 × (100 − 1) = 761.31 (the flow's largest queue);
    //   hop 2 + (2 + 7.69) × 1 = 11.69; storage 150 × 8/7 = 171.4286
    //   = 988.2086 µs (it was 219.2086 µs: the full cable added nothing).
    const r = san(withSan(fcDesign(1), 300));
    expect(r.unloaded).toBeCloseTo(FC_UNLOADED, 9);
    expect(r.loaded).toBeCloseTo(31.25 + 12.5 + 0.03 + SER_FC * 99 + 2 + (2 + SER_FC) * 1 + 150 * (8 / 7), 6);
    expect(r.loaded).toBeCloseTo(988.2086, 3);
    expect(r.hop!.where).toMatch(/^cable "Servers" · FC HBA .* → "FC switch"/);
    expect(r.hop!.addedUs).toBeCloseTo(761.31, 6);
  });

  it('(c) a full gateway egress cable adds queueing', () => {
    // A blade's InfiniHost III to an IB↔FC gateway, whose FC side reaches FC storage by one
    // 1.6 Gb/s cable. One VM asks 300 MB/s = 2.4 Gb/s of SRP; the FC cable is full: 1.6 Gb/s.
    //   bus 1.6/11.888 → 11.888/10.288 = 1.155521; IB cable ρ = 1.6/(16 × 2048/2082) = 0.1016602
    //   → 1.113166; gateway inside 1.6/6.4 = 0.25 → 4/3; FC cable ρ = 1 → 100; storage → 8/7.
    // Unloaded: host 20 + SRP 3 = 23, HCA 1.9, two cables 0.03, gateway 10, storage 150 = 184.93 µs.
    // Loaded: host 23 × 1.155521 = 26.5770; HCA 1.9 × 1.155521 = 2.1955; wire 0.03;
    //   IB cable: 0.769 × 0.113166 = 0.0870; gateway 10 × 4/3 = 13.3333;
    //   FC cable out of the gateway: 7.69 × 99 = 761.31; storage 171.4286
    //   = 974.9614 µs (it was 213.5644 µs).
    const d = withSan(
      new DesignBuilder('IB to FC', '')
        .server('srv', 'srv-blade-2007', 'Blade', 0, 0, { count: 1, vms: 1, adapters: [['hca', 'hca-infinihost3-ddr']] })
        .node('gw', 'gw-ib-fc-4', 'Gateway', 0, 0)
        .node('st', 'st-fc-array-2g', 'FC storage', 0, 0)
        .link(port('srv', 'hca'), sideA('gw'))
        .link(sideB('gw'), bus('st'))
        .build(),
      300,
    );
    const r = san(d);
    const fBus = 11.888 / (11.888 - 1.6);
    const fIb = 1 / (1 - 1.6 / ((16 * 2048) / 2082));
    expect(r.unloaded).toBeCloseTo(23 + 1.9 + 0.03 + 10 + 150, 9);
    expect(r.loaded).toBeCloseTo(23 * fBus + 1.9 * fBus + 0.03 + SER_IB * (fIb - 1) + 10 * (4 / 3) + SER_FC * 99 + 150 * (8 / 7), 6);
    expect(r.loaded).toBeCloseTo(974.9614, 3);
    expect(r.hop!.where).toBe('cable "Gateway" side B port 1 → "FC storage" port 1');
    expect(r.hop!.addedUs).toBeCloseTo(761.31, 6);
  });

  it('keeps unloaded latency and the store-and-forward switch egress as they were (no serialization counted twice)', () => {
    // A GigE server through a store-and-forward GigE switch (hop 3.5 µs) to the LAN, the uplink
    // full: the switch's term is (3.5 + 12.304) × 100 on the uplink — one frame's queue, not two.
    const d = new DesignBuilder('GigE', '')
      .server('srv', 'srv-rack2u-2007', 'Servers', 0, 0, { count: 2, vms: 1, adapters: [['nic', 'nic-gige-1p']] })
      .node('eth', 'sw-gige-24', 'GigE switch', 0, 0)
      .node('lan', 'net-lan-gige', 'LAN', 0, 0)
      .link(port('srv', 'nic'), bus('eth'))
      .link(bus('eth'), bus('lan'))
      .build();
    const m = simulate(d, { modes: ['software'], saturate: true }).modes[0]!;
    // Unloaded: host 20 + TCP 15 = 35, NIC 15, hop 3.5 + frame 12.304, two cables 0.03 = 65.834 µs.
    expect(m.vm.latencyUs.lan.median).toBeCloseTo(35 + 15 + 3.5 + 12.304 + 0.03, 9);
    expect(m.vm.queueing!.lan!.addedUs).toBeCloseTo((3.5 + 12.304) * 99, 6);
  });
});
