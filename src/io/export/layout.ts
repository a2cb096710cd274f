// Sizes from canvas.css that both node drawing and the no-canvas estimate use. Dependency-free,
// so the page can estimate a node's box without loading the export code.
export const NODE_WIDTH = 200;
/** The card's coloured top border. */
export const HEAD_TOP = 3;
export const HEAD = 42;
export const META = 20;
export const PIN_W = 22;
export const PIN_H = 15;

/** Height of an adapter row (canvas.css: 34 px at least, pins stacked 15 px + 3 px gap). */
export const adapterRowHeight = (ports: number): number => Math.max(34, ports * PIN_H + (ports - 1) * 3 + 8) + 1;
