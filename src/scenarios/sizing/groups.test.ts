// The sized designs' diagram groups: one per pod, valid references, and presentation only.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG } from '../../catalog';
import { checkReferences, importDesignText, type Design } from '../../domain';
import { estimateNodeSize } from '../../layout';
import { simulate } from '../../sim';
import { defaultSizingInput } from './inputs';
import { sizeDesign } from './sizer';

function sized(servers: number): Design {
  const o = sizeDesign({ ...defaultSizingInput('modern', 'modern'), servers, ha: true });
  if (!o.ok) throw new Error(o.error);
  return o.result.design;
}
const lookup = (id: string) => DEFAULT_CATALOG.byId.get(id);

describe('pod groups of a sized design', () => {
  it('groups each pod: its servers and the leaves and aggregation serving only it, collapsed when large', () => {
    const d = sized(1000);
    // 1,000 servers in pods of 128 (modern 64-port switches): ⌈1000 / 128⌉ = 8 pods.
    expect(d.groups?.map((g) => g.label)).toEqual(['Pod 1', 'Pod 2', 'Pod 3', 'Pod 4', 'Pod 5', 'Pod 6', 'Pod 7', 'Pod 8']);
    const pod3 = d.groups![2]!;
    const labels = pod3.members.map((m) => d.nodes.find((n) => n.id === m)!.label);
    expect(labels[0]).toBe('Servers, pod 3');
    expect(labels.every((l) => l.endsWith('pod 3'))).toBe(true);
    expect(pod3.collapsed).toBe(true);
    expect(checkReferences(d, lookup)).toEqual([]);
  });

  it('lays each pod out as a block of its own: no two pods’ areas overlap, nor a pod and a shared node', () => {
    const d = sized(1000);
    const byId = new Map(d.nodes.map((n) => [n.id, n]));
    const area = (ids: readonly string[]) => {
      const boxes = ids.map((id) => {
        const n = byId.get(id)!;
        const s = estimateNodeSize(n, DEFAULT_CATALOG);
        return { x0: n.position.x, y0: n.position.y, x1: n.position.x + s.width, y1: n.position.y + s.height };
      });
      return { x0: Math.min(...boxes.map((b) => b.x0)), y0: Math.min(...boxes.map((b) => b.y0)), x1: Math.max(...boxes.map((b) => b.x1)), y1: Math.max(...boxes.map((b) => b.y1)) };
    };
    const inGroups = new Set(d.groups!.flatMap((g) => g.members));
    const areas = [...d.groups!.map((g) => area(g.members)), ...d.nodes.filter((n) => !inGroups.has(n.id)).map((n) => area([n.id]))];
    const apart = (a: (typeof areas)[number], b: (typeof areas)[number]) => a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;
    for (const [i, a] of areas.entries()) for (const b of areas.slice(i + 1)) expect(apart(a, b)).toBe(true);
  });

  it('makes no groups for a design of one pod', () => {
    expect(sized(64).groups).toBeUndefined();
  });

  it('leaves every simulated number as it is', () => {
    const d = sized(300);
    expect(d.groups?.length).toBe(3);
    const { groups: _groups, ...plain } = d;
    const a = simulate(d, { modes: ['passthrough'] });
    const b = simulate(plain as Design, { modes: ['passthrough'] });
    expect(a.modes).toEqual(b.modes);
  });
});

describe('groups in a design file', () => {
  const text = (d: unknown): string => JSON.stringify(d);
  const issuesOf = (d: Design): string[] => {
    const r = importDesignText(text(d));
    if (r.ok) return [];
    return r.error.code === 'invalid' ? r.error.issues.map((i) => `${i.path}: ${i.message}`) : [r.error.message];
  };

  it('opens a file without groups unchanged, and one with them', () => {
    const d = sized(1000);
    const { groups: _groups, ...plain } = d;
    const r0 = importDesignText(text(plain));
    expect(r0.ok && r0.design.groups).toBeUndefined();
    const r1 = importDesignText(text(d));
    expect(r1.ok && r1.design.groups).toEqual(d.groups);
  });

  it('names a member the design does not have, and a node in two groups', () => {
    const d = sized(1000);
    const groups = d.groups!.map((g) => ({ ...g, members: [...g.members] }));
    groups[0]!.members.push('ghost');
    groups[1]!.members.push('servers-1');
    const issues = issuesOf({ ...d, groups });
    expect(issues.some((i) => i.includes("group 'pod-1' names node 'ghost', which the design does not have"))).toBe(true);
    expect(issues.some((i) => i.includes("node 'servers-1' is in two groups: 'pod-1' and 'pod-2'"))).toBe(true);
  });
});
