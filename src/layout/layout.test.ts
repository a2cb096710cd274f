import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG } from '../catalog';
import { getTemplate } from '../scenarios';
import { elkGraphFor, positionsFromElk } from './elkGraph';
import { layeredPositions } from './layered';
import { nodeRanks } from './roles';

const design = (id: string) => getTemplate(id)!.build();

describe('layout by role', () => {
  it('ranks servers, switches by distance from them, gateways, then LAN and storage', () => {
    const r = nodeRanks(design('seed-ib-software'), DEFAULT_CATALOG);
    expect(Object.fromEntries([...r].map(([id, n]) => [id, n.rank]))).toEqual({ servers: 0, leaf: 1, spine: 2, gweth: 3, gwfc: 3, lan: 4, san: 4 });
    const b = nodeRanks(design('seed-baseline-gige-fc'), DEFAULT_CATALOG);
    expect([...b.values()].map((n) => n.rank)).toEqual([0, 1, 1, 2, 2]);
  });

  it('places columns left to right without overlaps, deterministically', () => {
    const d = design('seed-ib-software-ha');
    const a = layeredPositions(d, DEFAULT_CATALOG);
    expect(layeredPositions(d, DEFAULT_CATALOG)).toEqual(a);
    const x = (id: string) => a.get(id)!.x;
    expect(x('servers')).toBeLessThan(x('leafA'));
    expect(x('leafA')).toBe(x('leafB'));
    expect(x('leafA')).toBeLessThan(x('spine'));
    expect(Math.abs(a.get('leafA')!.y - a.get('leafB')!.y)).toBeGreaterThanOrEqual(90);
  });

  it('gives elkjs one partition per rank and edges pointing right; its answer keeps the top-left corner', () => {
    const d = design('seed-ib-software');
    const g = elkGraphFor(d, DEFAULT_CATALOG);
    expect(g.layoutOptions['elk.partitioning.activate']).toBe('true');
    expect(g.children.find((c) => c.id === 'lan')!.layoutOptions!['elk.partitioning.partition']).toBe('4');
    expect(g.edges.find((e) => e.sources[0] === 'lan' || e.sources[0] === 'san')).toBeUndefined();
    const minX = Math.min(...d.nodes.map((n) => n.position.x));
    const minY = Math.min(...d.nodes.map((n) => n.position.y));
    const p = positionsFromElk({ children: [{ id: 'servers', x: 0, y: 0 }, { id: 'lan', x: 1003, y: 47 }] }, d);
    expect(p.get('servers')).toEqual({ x: minX, y: minY });
    expect(p.get('lan')).toEqual({ x: minX + 1000, y: minY + 50 });
  });
});
