// Issue 23: after Tidy, cables run forwards (servers → leaves → spines → gateways → switches behind
// gateways → LAN and storage) and around nodes, never through one — read off the drawn SVG paths
// and the nodes' boxes, at two window sizes, on the demo and on a 16-server InfiniBand design with
// an Ethernet switch behind its gateway (drawn out of order before Tidy).
import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_CATALOG } from '../src/catalog';
import type { Design } from '../src/domain';
import { nodeRanks } from '../src/layout';
import { getTemplate } from '../src/scenarios';
import { ethBehindGateway } from '../src/scenarios/testing/tidyDesigns';
import { canvas, openApp, openDesignFile } from './app';

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
interface Pt {
  x: number;
  y: number;
}
interface Drawn {
  nodes: Record<string, Box>;
  cables: Array<{ name: string; d: string }>;
}

/** Node boxes in flow units (React Flow's transform) by label, and every cable's path data. */
async function drawn(page: Page): Promise<Drawn> {
  const nodes = await canvas(page)
    .getByRole('group')
    .evaluateAll((els) => {
      const out: Record<string, { x: number; y: number; w: number; h: number }> = {};
      for (const el of els as HTMLElement[]) {
        const m = /translate\((-?[\d.]+)px, (-?[\d.]+)px\)/.exec(el.style.transform);
        out[el.getAttribute('aria-label') ?? ''] = { x: Number(m?.[1]), y: Number(m?.[2]), w: el.offsetWidth, h: el.offsetHeight };
      }
      return out;
    });
  const cables = await canvas(page)
    .locator('.react-flow__edge')
    .evaluateAll((els) => els.map((el) => ({ name: el.getAttribute('aria-label') ?? '', d: el.querySelector('path.react-flow__edge-path')?.getAttribute('d') ?? '' })));
  return { nodes, cables };
}

/** Points along path data of M, L, Q and C commands in absolute coordinates, about every 2 units. */
function sample(d: string): Pt[] {
  const out: Pt[] = [];
  let at: Pt = { x: 0, y: 0 };
  for (const [, cmd, args] of d.matchAll(/([MLQC])([^MLQC]*)/g)) {
    const n = (args!.match(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi) ?? []).map(Number);
    const pts: Pt[] = [];
    for (let i = 0; i + 1 < n.length; i += 2) pts.push({ x: n[i]!, y: n[i + 1]! });
    if (cmd === 'M') at = pts[0]!;
    const ctrl = [at, ...pts];
    const steps = cmd === 'M' ? 0 : 60;
    for (let k = 1; k <= steps; k++) {
      // De Casteljau on the command's points (a line is its degree-1 case).
      let layer = ctrl;
      const t = k / steps;
      while (layer.length > 1) layer = layer.slice(1).map((p, i) => ({ x: layer[i]!.x + (p.x - layer[i]!.x) * t, y: layer[i]!.y + (p.y - layer[i]!.y) * t }));
      out.push(layer[0]!);
    }
    if (cmd === 'M') out.push(at);
    at = pts[pts.length - 1]!;
  }
  return out;
}

/** Strictly inside, 2 px in from the border (a cable may touch a box's edge at its port). */
const inside = (p: Pt, b: Box): boolean => p.x > b.x + 2 && p.x < b.x + b.w - 2 && p.y > b.y + 2 && p.y < b.y + b.h - 2;

async function tidy(page: Page): Promise<Drawn> {
  const button = page.getByRole('button', { name: 'Tidy', exact: true });
  await button.click();
  await expect(page.getByRole('button', { name: /^Tidy/ })).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  // Settled: two reads in a row agree.
  let last = '';
  await expect
    .poll(async () => {
      const now = JSON.stringify(await drawn(page));
      const same = now === last;
      last = now;
      return same;
    }, { intervals: [250] })
    .toBe(true);
  return JSON.parse(last) as Drawn;
}

function check(design: Design, { nodes, cables }: Drawn): void {
  const ranks = nodeRanks(design, DEFAULT_CATALOG);
  const rankOf = new Map(design.nodes.map((n) => [n.label, ranks.get(n.id)!.rank]));
  expect(cables.length).toBe(design.links.length);
  for (const c of cables) {
    const m = /^Cable from (.+) to (.+)$/.exec(c.name);
    expect(m, c.name).not.toBeNull();
    const [a, b] = [m![1]!, m![2]!];
    const [boxA, boxB] = [nodes[a]!, nodes[b]!];
    const pts = sample(c.d);
    expect(pts.length, c.name).toBeGreaterThan(2);
    for (const [label, box] of Object.entries(nodes)) {
      if (label === a || label === b) continue;
      expect(pts.filter((p) => inside(p, box)), `${c.name} crosses ${label}`).toEqual([]);
    }
    // Forwards: the node earlier in the traffic's path is the left one, the cable leaves its right
    // side and reaches the other's left side, and never turns back on the way.
    const [lo, hi] = rankOf.get(a)! <= rankOf.get(b)! ? [boxA, boxB] : [boxB, boxA];
    expect(rankOf.get(a), c.name).not.toBe(rankOf.get(b));
    expect(lo.x + lo.w, c.name).toBeLessThanOrEqual(hi.x);
    const xs = (pts[0]!.x < pts[pts.length - 1]!.x ? pts : [...pts].reverse()).map((p) => p.x);
    expect(xs[0], c.name).toBeCloseTo(lo.x + lo.w, 0);
    expect(xs[xs.length - 1], c.name).toBeCloseTo(hi.x, 0);
    expect(xs.every((x, i) => i === 0 || x >= xs[i - 1]! - 0.01), `${c.name} turns back`).toBe(true);
  }
}

for (const viewport of [{ width: 1280, height: 800 }, { width: 1920, height: 1080 }]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('after Tidy on the demo no cable crosses a node and every cable runs left to right', async ({ page }) => {
      await openApp(page);
      const after = await tidy(page);
      check(getTemplate('seed-ib-software')!.build(), after);
      await page.screenshot({ path: test.info().outputPath(`demo-${viewport.width}.png`) });
    });

    test('after Tidy on a 16-server InfiniBand design the Ethernet switch follows its gateway, and cables run forwards around nodes', async ({ page }) => {
      await openApp(page);
      const design = ethBehindGateway();
      await openDesignFile(page, design);
      const before = await drawn(page);
      // Drawn out of order: the Ethernet switch below the servers, left of its gateway.
      expect(before.nodes['Ethernet switch']!.x).toBeLessThan(before.nodes['Gateway']!.x);
      const after = await tidy(page);
      const x = (label: string): number => after.nodes[label]!.x;
      expect(x('Servers')).toBeLessThan(x('IB switch'));
      expect(x('IB switch')).toBeLessThan(x('Gateway'));
      expect(x('Gateway')).toBeLessThan(x('Ethernet switch'));
      expect(x('Ethernet switch')).toBeLessThan(x('LAN'));
      check(design, after);
      await page.screenshot({ path: test.info().outputPath(`eth-behind-gateway-${viewport.width}.png`) });
    });
  });
}
