import { describe, expect, it } from 'vitest';
import { bus, DesignBuilder, port } from '../scenarios/builder';
import { cablingMap } from './cabling';
import { simulate } from './simulate';

/**
 * By hand: 4 servers, each with two 1-port GigE NICs, both cabled to a stack of 2 GigE switches
 * (server i on switch ⌊i·2/4⌋), and each switch to the LAN by a 2-lane cable. The cabling map
 * numbers switch ports in link order: NIC #1 of servers 1–2 take ports 1–2 of switch #1, NIC #2
 * ports 3–4, so the uplink takes ports 5–6 (and LAN ports 1–2; switch #2's uplink LAN ports 3–4).
 * Saturated, each switch gets 2 servers × 2 NICs × 1 Gb/s into a 2 × 1 Gb/s uplink: the uplinks
 * are the bottleneck, both alike.
 */
function design() {
  return new DesignBuilder('Two NICs per server', '')
    .server('srv', 'srv-rack2u-2007', 'Servers', 0, 0, { count: 4, vms: 4, adapters: [['nic1', 'nic-gige-1p'], ['nic2', 'nic-gige-1p']] })
    .node('eth', 'sw-gige-24', 'GigE switches', 300, 0, 2)
    .node('lan', 'net-lan-gige', 'LAN', 600, 0)
    .link(port('srv', 'nic1'), bus('eth'))
    .link(port('srv', 'nic2'), bus('eth'))
    .link(bus('eth'), bus('lan'), { lanes: 2 })
    .build();
}

describe('bottleneck rows say which member, port and cable', () => {
  const d = design();
  const rows = simulate(d, { saturate: true }).modes[0]!.bottlenecks;

  it('names the busiest cable of a stack by member and port numbers, as the cabling map does', () => {
    const uplink = rows.find((b) => b.linkId === d.links[2]!.id)!;
    expect(uplink.label).toBe('Cable "GigE switches" ↔ "LAN"');
    expect(uplink.busiest).toBe('"GigE switches" #1 ports 5–6 → "LAN" ports 1–2, 2 lanes');
    expect([uplink.atPeak, uplink.instances]).toEqual([2, 2]);
    const sheet = cablingMap(d).filter((c) => c.linkId === d.links[2]!.id && c.a.member === 1);
    expect(sheet.map((c) => [c.a.port, c.z.port])).toEqual([[5, 1], [6, 2]]);
  });

  it('tells two links between the same two nodes apart by their adapter', () => {
    const labels = rows.map((b) => b.label);
    expect(new Set(labels).size).toBe(labels.length);
    const hostRows = rows.filter((b) => b.kind === 'host-path').map((b) => b.label);
    for (const l of hostRows) expect(l).toMatch(/GigE NIC, 1 port \(PCIe x1\) #[12]\)$/);
  });

  it('names the NIC cables by their adapter, and their busiest member and switch port', () => {
    const nic = (n: number) => rows.find((b) => b.label === `Cable "Servers" · GigE NIC, 1 port (PCIe x1) #${n} port 1 ↔ "GigE switches"`)!;
    // NIC #2 of server 1 takes port 3 of switch #1, after NIC #1 of servers 1 and 2 (ports 1–2).
    expect(nic(1).busiest).toBe('"Servers" #1 · GigE NIC, 1 port (PCIe x1) #1 port 1 → "GigE switches" #1 port 1');
    expect(nic(2).busiest).toBe('"Servers" #1 · GigE NIC, 1 port (PCIe x1) #2 port 1 → "GigE switches" #1 port 3');
    expect(nic(2).instances).toBe(4); // one cable per server
    expect(cablingMap(d).find((c) => c.linkId === d.links[1]!.id)!.z).toMatchObject({ member: 1, port: 3 });
  });
});

describe('a loaded latency far above the unloaded one names the hop that queues', () => {
  it('names the saturated uplink and what its queue adds, by hand', () => {
    const m = simulate(design(), { saturate: true }).modes[0]!;
    const hop = m.vm.queueing!.lan!;
    // The switch queues on its egress, the uplink: 3.5 µs hop + 1538 B × 8 / 1 Gb/s = 15.804 µs,
    // × (1/(1 − 0.99) − 1) = 99 at ρ capped at 0.99: 1,564.596 µs added.
    expect(hop.where).toBe('cable "GigE switches" #1 ports 5–6 → "LAN" ports 1–2');
    expect(hop.utilization).toBeCloseTo(1, 6);
    expect(hop.addedUs).toBeCloseTo(15.804 * 99, 6);
    expect(hop.loadedUs).toBeGreaterThan(2 * hop.unloadedUs);
  });
  it('stays quiet when loaded latency is under twice the unloaded one', () => {
    // At the default 300 Mb/s server-to-server demand the NIC cables run at 67% (2 VMs × 315 Mb/s
    // of 0.9415 Gb/s): their queue, 12.304 µs × 0.669/0.331 ≈ 24.9 µs (not counted before every
    // cable queued), lifts loaded LAN latency from 118.0 to 142.9 µs, over twice the unloaded
    // 65.8, so the note rightly appears. A third of that demand stays quiet.
    const d = design();
    const m = simulate({ ...d, workloads: [{ ...d.workloads[0]!, ipcMbps: 100 }] }).modes[0]!;
    expect(m.vm.loadedLatencyUs.lan.max).toBeLessThan(2 * m.vm.latencyUs.lan.max);
    expect(m.vm.queueing).toBeUndefined();
  });
});
