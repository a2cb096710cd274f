// Recharts reads colours as SVG attributes: CSS variables keep the charts in the app's theme.
export const AXIS_TICK = { fill: 'var(--muted)', fontSize: 11 } as const;
export const GRID_STROKE = 'var(--border)';
export const TOOLTIP_PROPS = {
  contentStyle: { background: 'var(--panel)', border: '1px solid var(--border)', borderRadius: 6, color: 'var(--text)', fontSize: 12, padding: '4px 8px' },
  labelStyle: { color: 'var(--muted)' },
  itemStyle: { color: 'var(--text)', padding: 0 },
  cursor: { fill: 'var(--panel-2)' },
} as const;
