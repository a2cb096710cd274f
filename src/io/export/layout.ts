// Sizes from canvas.css that both node drawing and the no-canvas estimate use. Dependency-free,
// so the page can estimate a node's box without loading the export code.
import type { DesignLink, DesignNode } from '../../domain';

export const NODE_WIDTH = 200;
/** The card's coloured top border. */
export const HEAD_TOP = 3;
export const HEAD = 42;
export const META = 20;
export const PIN_W = 22;
export const PIN_H = 15;
/** A port bar's left edge inside the card: the card's 1 px border and the bar's 8 px margin. */
export const BAR_INSET = 9;

/** Height of an adapter row with its 1 px rule (nodes.css: 35 px at least — two lines of text — or the pins stacked 15 px + 3 px gap, 4 px above and below). */
export const adapterRowHeight = (ports: number): number => Math.max(35, ports * PIN_H + (ports - 1) * 3 + 8) + 1;

/** Where an adapter row's first pin starts: the pins are centred in the row above its 1 px rule. */
export const firstPinY = (rowTop: number, ports: number): number => rowTop + (adapterRowHeight(ports) - 1 - (ports * PIN_H + (ports - 1) * 3)) / 2;

/** A pin's left edge: flush with the card's outer edge on the side the server's ports face. */
export const pinX = (nodeX: number, nodeWidth: number, side: 'left' | 'right'): number => (side === 'left' ? nodeX : nodeX + nodeWidth - PIN_W);

/**
 * Which side of each server its adapter ports face: the side where most of what they are cabled
 * to lies (left when the switches sit to its left), so cables leave towards their far ends instead
 * of looping around the card. Servers not listed face right.
 */
export function facingSides(nodes: readonly DesignNode[], links: readonly DesignLink[]): Map<string, 'left' | 'right'> {
  const at = new Map(nodes.map((n) => [n.id, n.position.x]));
  const pull = new Map<string, number>();
  for (const l of links) {
    if (!l.a.handle.startsWith('a/') && !l.b.handle.startsWith('a/')) continue;
    const ax = at.get(l.a.node);
    const bx = at.get(l.b.node);
    if (ax === undefined || bx === undefined) continue;
    if (l.a.handle.startsWith('a/')) pull.set(l.a.node, (pull.get(l.a.node) ?? 0) + Math.sign(bx - ax));
    if (l.b.handle.startsWith('a/')) pull.set(l.b.node, (pull.get(l.b.node) ?? 0) + Math.sign(ax - bx));
  }
  return new Map([...pull].map(([id, p]) => [id, p < 0 ? 'left' : 'right']));
}
