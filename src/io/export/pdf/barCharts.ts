// Bar charts drawn from the numbers (not pictures of the app's charts): grouped vertical bars
// with a labelled value axis, and horizontal bars for breakdowns. Every bar carries its value.
import { INK } from '../theme';
import { hex, MARGIN, type PdfWriter } from './writer';

export interface Series {
  name: string;
  color: string;
  /** One value per category; null: not applicable (no bar, "—"). */
  values: Array<number | null>;
}

/** 1, 2 or 5 × 10^k: a step that gives about `target` ticks up to max. */
function niceStep(max: number, target = 4): number {
  const raw = max / target;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

export function groupedBars(w: PdfWriter, o: { title: string; unit: string; categories: string[]; series: Series[]; format: (v: number) => string; height?: number }): void {
  const height = o.height ?? 150;
  w.ensure(height + 60);
  w.textAt(o.title, MARGIN, w.y + 12, { size: 10.5, weight: 'bold' });
  w.textAt(o.unit, MARGIN, w.y + 26, { size: 8, color: INK.muted });
  const top = w.y + 36;
  const axisX = MARGIN + 44;
  const plotW = w.inner - 44;
  const all = o.series.flatMap((s) => s.values.filter((v): v is number => v !== null && Number.isFinite(v)));
  const max = Math.max(...all, 0);
  const step = max > 0 ? niceStep(max) : 1;
  const top10 = Math.max(step, Math.ceil(max / step) * step);
  const yOf = (v: number): number => top + height - (v / top10) * height;
  for (let v = 0; v <= top10 + step / 2; v += step) {
    const y = yOf(v);
    w.page.drawLine({ start: { x: axisX, y: w.height - y }, end: { x: axisX + plotW, y: w.height - y }, thickness: v === 0 ? 0.8 : 0.3, color: hex(v === 0 ? INK.borderStrong : INK.border) });
    w.textAt(o.format(v), axisX - 4, y + 3, { size: 7, color: INK.muted, align: 'right' });
  }
  const groupW = plotW / o.categories.length;
  const barW = Math.min(28, (groupW * 0.7) / o.series.length);
  o.categories.forEach((cat, ci) => {
    const gx = axisX + ci * groupW + (groupW - barW * o.series.length) / 2;
    o.series.forEach((s, si) => {
      const v = s.values[ci];
      const x = gx + si * barW;
      if (v === null || v === undefined || !Number.isFinite(v)) {
        w.textAt('—', x + barW / 2, yOf(0) - 3, { size: 7, color: INK.muted, align: 'center' });
        return;
      }
      const y = yOf(v);
      if (v > 0) w.rect(x + 1, y, barW - 2, yOf(0) - y, s.color);
      w.textAt(o.format(v), x + barW / 2, y - 3, { size: 6.5, color: INK.text, align: 'center', maxWidth: barW + 14 });
    });
    w.textAt(cat, axisX + ci * groupW + groupW / 2, top + height + 12, { size: 8, align: 'center', maxWidth: groupW - 4 });
  });
  // Legend.
  let lx = axisX;
  const ly = top + height + 26;
  for (const s of o.series) {
    w.rect(lx, ly - 7, 9, 9, s.color);
    lx += 13 + w.textAt(s.name, lx + 13, ly, { size: 8 }) + 14;
  }
  w.y = ly + 14;
}

export function horizontalBars(w: PdfWriter, o: { title: string; rows: Array<{ label: string; value: number; color: string }>; format: (v: number) => string }): void {
  const rowH = 15;
  w.ensure(30 + o.rows.length * rowH);
  w.textAt(o.title, MARGIN, w.y + 12, { size: 10.5, weight: 'bold' });
  let y = w.y + 22;
  const labelW = 110;
  const valueW = 90;
  const barMax = w.inner - labelW - valueW;
  const max = Math.max(...o.rows.map((r) => r.value), 0);
  for (const r of o.rows) {
    w.textAt(r.label, MARGIN, y + 10, { size: 8.5, maxWidth: labelW - 6 });
    const len = max > 0 ? (r.value / max) * barMax : 0;
    if (len > 0) w.rect(MARGIN + labelW, y + 2, len, rowH - 5, r.color);
    w.textAt(o.format(r.value), MARGIN + labelW + len + 4, y + 10, { size: 8, color: INK.muted });
    y += rowH;
  }
  w.y = y + 10;
}
