import type { PartKind } from '../domain';

// One glyph per part kind, used everywhere a kind appears (palette, nodes, inspector, lists,
// exported diagrams), so the eye learns them once. Simple strokes on a 24-unit grid that stay
// legible at 14 px.
export const PART_ICON_PATHS: Record<PartKind, string> = {
  server: 'M3 4h18v6H3zM3 14h18v6H3zM6 7h.01M6 17h.01',
  adapter: 'M4 8h16v8H4zM7 16v3M11 16v3M15 16v3M8 11h3',
  switch: 'M3 8h18v8H3zM6 12h2M10 12h2M14 12h2M18 12h.01',
  gateway: 'M4 12h6M14 12h6M10 8l4 4-4 4M3 5v14M21 5v14',
  storage: 'M5 6c0-1.7 3.1-3 7-3s7 1.3 7 3v12c0 1.7-3.1 3-7 3s-7-1.3-7-3zM5 6c0 1.7 3.1 3 7 3s7-1.3 7-3M5 12c0 1.7 3.1 3 7 3s7-1.3 7-3',
  network: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM3 12h18M12 3c2.5 2.5 3.8 5.5 3.8 9s-1.3 6.5-3.8 9M12 3C9.5 5.5 8.2 8.5 8.2 12s1.3 6.5 3.8 9',
  cable: 'M4 18c4 0 4-12 8-12s4 12 8 12',
};
