import { describe, expect, it } from 'vitest';
import type { Design, PerVmSeries } from '../domain';
import { tinyIbDesign } from '../scenarios/testDesigns';
import { vmDemand, vmDistribution, vmPlace } from './vmDistribution';

/** The tiny design with its one server node made a stack of `count` servers of `vms` VMs each. */
function stack(count: number, vms: number): Design {
  const d = tinyIbDesign({ vms, workload: { lanMbps: 500, ipcMbps: 200, sanMBps: 40 } });
  return { ...d, nodes: d.nodes.map((n, i) => (i === 0 ? { ...n, count } : n)) };
}

function series(server: number[], lan: number[]): PerVmSeries {
  const f = (xs: number[]) => Float64Array.from(xs);
  const none = f(lan.map(() => -1));
  return { server: Uint32Array.from(server), lanGbps: f(lan), sanMBps: none, ipcGbps: none, lanLatencyUs: none, sanLatencyUs: none, ipcLatencyUs: none };
}

describe('vmDistribution', () => {
  it('sorts the VMs by what they get, keeps which VM each point is, and draws the demand beside it', () => {
    const d = stack(2, 3);
    const s = series([0, 0, 0, 0, 0, 0], [0.4, 0.1, 0.5, 0.3, 0.2, 0.6]);
    const dist = vmDistribution(s, 'lan', (ni) => vmDemand(d, ni, 'lan'))!;
    expect(dist.n).toBe(6);
    expect(dist.points.map((p) => p.vm)).toEqual([1, 4, 3, 0, 2, 5]);
    expect(dist.points.map((p) => p.share)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    // The workload asks 500 Mb/s of LAN per VM: 0.5 Gb/s, the same for every point.
    expect(dist.points.every((p) => p.demand === 0.5)).toBe(true);
    expect([dist.lowest.vm, dist.median.vm, dist.highest.vm]).toEqual([1, 3, 5]);
    expect(dist.top).toBe(0.6);
    expect(dist.sampled).toBe(false);
    // No VM has SAN or server-to-server flows here.
    expect(vmDistribution(s, 'san', () => 0)).toBeNull();
  });

  it('cuts a long curve to the points asked for, lowest and highest VM included', () => {
    const n = 10_000;
    const lan = Array.from({ length: n }, (_, i) => ((i * 7919) % n) / n);
    const dist = vmDistribution(series(new Array(n).fill(0), lan), 'lan', () => 0.5, 100, 2000)!;
    expect(dist.n).toBe(n);
    expect(dist.sampled).toBe(true);
    expect(dist.points).toHaveLength(100);
    expect(dist.points[0]!.delivered).toBe(0);
    expect(dist.points.at(-1)!.delivered).toBe((n - 1) / n);
    for (let i = 1; i < dist.points.length; i++) expect(dist.points[i]!.delivered).toBeGreaterThanOrEqual(dist.points[i - 1]!.delivered);
  });
});

describe('vmPlace', () => {
  it('names the server node and which member of a stack a VM runs on', () => {
    const d = stack(4, 3);
    const s = series(new Array(12).fill(0), new Array(12).fill(0.1));
    expect(vmPlace(d, s, 0)).toEqual({ nodeId: 'srv', label: 'Server', member: 1, members: 4 });
    expect(vmPlace(d, s, 5)).toMatchObject({ member: 2 });
    expect(vmPlace(d, s, 11)).toMatchObject({ member: 4 });
    expect(vmPlace(stack(1, 3), series([0, 0, 0], [1, 1, 1]), 2)).toMatchObject({ member: null, members: 1 });
  });
});
