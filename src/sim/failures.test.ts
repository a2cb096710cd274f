import { describe, expect, it } from 'vitest';
import { getTemplate } from '../scenarios';
import { tinyIbDesign } from '../scenarios/testDesigns';
import { failureSweep, failureTargets, withFailure } from './failures';
import { simulate } from './simulate';

describe('n−1 failure analysis', () => {
  it('failing the only gateway cuts every VM off the LAN; failing the HCA cuts everything', () => {
    const d = tinyIbDesign({ storage: 'ib' });
    const impacts = failureSweep(d, 'software');
    const gw = impacts.find((i) => i.target.id === 'node:gw')!;
    expect(gw.vmsLosing).toEqual({ lan: 2, san: 0, ipc: 0 });
    expect(gw.change.lan).toBe(-1);
    const hca = impacts.find((i) => i.target.id === 'adapter:srv:hca')!;
    expect(hca.vmsLosing.lan).toBe(2);
    expect(hca.vmsLosing.san).toBe(2);
  });

  it('in the HA template, losing one HCA of a server loses no VM', () => {
    const d = getTemplate('seed-ib-software-ha')!.build();
    const impact = failureSweep(d, 'software').find((i) => i.target.id === 'adapter:servers:hca1')!;
    expect(impact.vmsLosing).toEqual({ lan: 0, san: 0, ipc: 0 });
  });

  it('splits one failed member off a group and keeps the rest', () => {
    const d = getTemplate('seed-ib-software')!.build();
    const target = failureTargets(d).find((t) => t.id === 'adapter:servers:hca1')!;
    const failed = withFailure(d, target);
    const servers = failed.nodes.filter((n) => n.partId === 'srv-blade-2007');
    expect(servers.map((n) => n.count).sort()).toEqual([1, 127]);
    const r = simulate(failed, { modes: ['software'] }).modes[0]!;
    // The failed server's 16 VMs lose everything; the server before it in the IPC ring loses its peer.
    const lost = r.unreachable.map((u) => `${u.nodeId}:${u.kind}:${u.vms}`).sort();
    expect(lost).toEqual(['servers:ipc:16', 'servers~failed:ipc:16', 'servers~failed:lan:16', 'servers~failed:san:16']);
  });
});
