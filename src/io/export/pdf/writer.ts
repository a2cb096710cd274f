// A thin layout layer over pdf-lib: pages in top-down coordinates (points, y from the top),
// text in the export font with wrapping and ellipsis, tables that break across pages and repeat
// their header, and a footer with page numbers written once the page count is known.
import fontkit from '@pdf-lib/fontkit';
import { LineCapStyle, PDFDocument, rgb, type Color, type PDFFont, type PDFPage } from 'pdf-lib';
import { fontOf, type ExportFonts, type Weight } from '../fonts';
import { cleanText, ellipsize, visualOrder, wrap } from '../text';
import { INK } from '../theme';

export const A4: [number, number] = [595.28, 841.89];
export const A4_LANDSCAPE: [number, number] = [841.89, 595.28];
export const MARGIN = 48;
const FOOTER = 28;
/** The smallest text a page shrinks a line to. */
const MIN_PT = 4;

export const hex = (c: string): Color => {
  const v = parseInt(c.slice(1), 16);
  return rgb(((v >> 16) & 255) / 255, ((v >> 8) & 255) / 255, (v & 255) / 255);
};

export interface TextStyle {
  size?: number;
  weight?: Weight;
  color?: string;
  maxWidth?: number;
  align?: 'left' | 'right' | 'center';
}

export interface Column {
  title: string;
  width: number;
  align?: 'left' | 'right';
}

export class PdfWriter {
  page!: PDFPage;
  /** Cursor: distance from the page top of the next line's top, points. */
  y = MARGIN;
  private pdfFonts!: Record<Weight, PDFFont>;
  readonly pages: Array<{ page: PDFPage; section: string }> = [];
  section = '';

  private constructor(
    readonly doc: PDFDocument,
    readonly fonts: ExportFonts,
  ) {}

  static async create(fonts: ExportFonts): Promise<PdfWriter> {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const w = new PdfWriter(doc, fonts);
    w.pdfFonts = {
      regular: await doc.embedFont(fonts.regular.bytes, { subset: true }),
      bold: await doc.embedFont(fonts.bold.bytes, { subset: true }),
    };
    return w;
  }

  get width(): number {
    return this.page.getWidth();
  }
  get height(): number {
    return this.page.getHeight();
  }
  /** Usable width between the margins. */
  get inner(): number {
    return this.width - 2 * MARGIN;
  }
  /** Lowest y the body may reach (above the footer). */
  get bottom(): number {
    return this.height - MARGIN - FOOTER;
  }

  addPage(size: [number, number] = A4): PDFPage {
    this.page = this.doc.addPage(size);
    this.pages.push({ page: this.page, section: this.section });
    this.y = MARGIN;
    return this.page;
  }

  /** Starts a new page unless `height` more points fit on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottom) this.addPage(this.page.getSize().width > this.page.getSize().height ? A4_LANDSCAPE : A4);
  }

  font(weight: Weight): PDFFont {
    return this.pdfFonts[weight];
  }

  measure(text: string, size: number, weight: Weight = 'regular'): number {
    return fontOf(this.fonts, weight).width(text, size);
  }

  /**
   * One line at (x, baseline y from the top). Returns the drawn width. A text wider than maxWidth
   * is set smaller to fit, never cut; only one past any schema limit (under 4 pt) gets "…".
   */
  textAt(raw: string, x: number, y: number, style: TextStyle = {}, page: PDFPage = this.page): number {
    const weight = style.weight ?? 'regular';
    const font = fontOf(this.fonts, weight);
    let text = cleanText(raw);
    let size = style.size ?? 10;
    if (style.maxWidth !== undefined && font.width(text, size) > style.maxWidth) {
      size = Math.max(MIN_PT, (size * style.maxWidth) / font.width(text, size));
      text = ellipsize(text, font, size, style.maxWidth);
    }
    if (!text) return 0;
    const w = font.width(text, size);
    const left = style.align === 'right' ? x - w : style.align === 'center' ? x - w / 2 : x;
    page.drawText(visualOrder(text), { x: left, y: page.getHeight() - y, size, font: this.pdfFonts[weight], color: hex(style.color ?? INK.text) });
    return w;
  }

  /** A heading with space above it; keeps at least `keep` points of what follows on its page. */
  heading(text: string, level: 1 | 2 = 1, keep = 60): void {
    const size = level === 1 ? 17 : 12.5;
    this.ensure(size + 12 + keep);
    if (this.y > MARGIN) this.y += level === 1 ? 10 : 8;
    this.y += size;
    this.textAt(text, MARGIN, this.y, { size, weight: 'bold' });
    this.y += level === 1 ? 12 : 8;
  }

  /** Wrapped text at the cursor, breaking pages as it goes. */
  paragraph(raw: string, style: TextStyle & { indent?: number; gap?: number } = {}): void {
    const size = style.size ?? 9.5;
    const lead = size * 1.35;
    const x = MARGIN + (style.indent ?? 0);
    const lines = wrap(cleanText(raw), fontOf(this.fonts, style.weight ?? 'regular'), size, style.maxWidth ?? this.inner - (style.indent ?? 0));
    for (const line of lines) {
      this.ensure(lead);
      this.y += lead;
      this.textAt(line, x, this.y - lead * 0.25, { ...style, size });
    }
    this.y += style.gap ?? 6;
  }

  rule(y = this.y, color: string = INK.border): void {
    this.page.drawLine({ start: { x: MARGIN, y: this.height - y }, end: { x: this.width - MARGIN, y: this.height - y }, thickness: 0.6, color: hex(color) });
  }

  rect(x: number, y: number, w: number, h: number, fill: string, stroke?: string): void {
    this.page.drawRectangle({ x, y: this.height - y - h, width: w, height: h, color: hex(fill), ...(stroke ? { borderColor: hex(stroke), borderWidth: 0.6 } : {}) });
  }

  /**
   * A table at the cursor. Columns get at least the room their content needs — the widest number
   * of a right-aligned column, the longest word of a left-aligned one, each header word — and
   * the rest by the given widths; left-aligned cells and headers wrap, nothing is cut (a table
   * whose needs exceed the page is set smaller). Rows flagged `strong` are bold with a rule above
   * (totals). The header repeats on every page the table spans.
   */
  table(columns: readonly Column[], rows: ReadonlyArray<{ cells: string[]; strong?: boolean; muted?: boolean }>, fontSize = 8.5): void {
    const pad = 4;
    const words = (t: string): string[] => cleanText(t).split(' ').filter(Boolean);
    const need = (size: number): number[] =>
      columns.map((c, i) => {
        const header = Math.max(0, ...words(c.title).map((wd) => this.measure(wd, size, 'bold')));
        const cells = rows.map((r) => {
          const t = cleanText(r.cells[i] ?? '');
          const weight: Weight = r.strong ? 'bold' : 'regular';
          return c.align === 'right' ? this.measure(t, size, weight) : Math.max(0, ...words(t).map((wd) => this.measure(wd, size, weight)));
        });
        return Math.max(header, ...cells) + 2 * pad;
      });
    let size = fontSize;
    let mins = need(size);
    const sumMins = mins.reduce((s, v) => s + v, 0);
    if (sumMins > this.inner) {
      size = Math.max(MIN_PT, (size * this.inner) / sumMins);
      mins = need(size);
    }
    const cols = fitColumns(columns, mins, this.inner);
    const lead = size * 1.3;
    const layout = (cells: readonly string[], weight: Weight): string[][] =>
      cols.map((c, i) => {
        const text = cleanText(cells[i] ?? '');
        const font = fontOf(this.fonts, weight);
        return c.align === 'right' && font.width(text, size) <= c.width - 2 * pad ? [text] : wrap(text, font, size, c.width - 2 * pad);
      });
    const draw = (lines: string[][], style: TextStyle): number => {
      const h = Math.max(...lines.map((l) => l.length)) * lead + size * 0.8;
      let x = MARGIN;
      cols.forEach((c, i) => {
        (lines[i] ?? []).forEach((line, li) => {
          const baseline = this.y + size * 0.4 + lead * (li + 1) - (lead - size) / 2;
          if (c.align === 'right') this.textAt(line, x + c.width - pad, baseline, { ...style, size, align: 'right' });
          else this.textAt(line, x + pad, baseline, { ...style, size });
        });
        x += c.width;
      });
      return h;
    };
    const headerLines = layout(cols.map((c) => c.title), 'bold');
    const headerH = Math.max(...headerLines.map((l) => l.length)) * lead + size * 0.8;
    const header = (): void => {
      this.ensure(headerH * 2.5);
      this.rect(MARGIN, this.y, this.inner, headerH, INK.panel2);
      this.y += draw(headerLines, { weight: 'bold', color: INK.muted });
    };
    header();
    for (const row of rows) {
      const weight: Weight = row.strong ? 'bold' : 'regular';
      const lines = layout(row.cells, weight);
      const h = Math.max(...lines.map((l) => l.length)) * lead + size * 0.8;
      if (this.y + h > this.bottom) {
        this.addPage(this.page.getSize().width > this.page.getSize().height ? A4_LANDSCAPE : A4);
        header();
      }
      if (row.strong) this.rule(this.y, INK.borderStrong);
      this.y += draw(lines, { weight, color: row.muted ? INK.muted : INK.text });
      if (!row.strong) this.page.drawLine({ start: { x: MARGIN, y: this.height - this.y }, end: { x: this.width - MARGIN, y: this.height - this.y }, thickness: 0.3, color: hex(INK.border) });
    }
    this.y += 8;
  }

  /** Footer on every page: document title and "Page i of N". */
  footers(title: string): void {
    const n = this.pages.length;
    this.pages.forEach(({ page }, i) => {
      const h = page.getHeight();
      const w = page.getWidth();
      page.drawLine({ start: { x: MARGIN, y: 44 }, end: { x: w - MARGIN, y: 44 }, thickness: 0.4, color: hex(INK.border) });
      this.textAt(title, MARGIN, h - 30, { size: 8, color: INK.muted, maxWidth: w - 2 * MARGIN - 90 }, page);
      this.textAt(`Page ${i + 1} of ${n}`, w - MARGIN, h - 30, { size: 8, color: INK.muted, align: 'right' }, page);
    });
  }

  async save(meta: { title: string; author: string; subject: string; created: Date }): Promise<Uint8Array> {
    this.doc.setTitle(cleanText(meta.title));
    if (meta.author) this.doc.setAuthor(cleanText(meta.author));
    this.doc.setSubject(cleanText(meta.subject));
    this.doc.setCreator('IOV Planner');
    this.doc.setProducer('IOV Planner (pdf-lib)');
    this.doc.setCreationDate(meta.created);
    this.doc.setModificationDate(meta.created);
    return this.doc.save();
  }
}

export const ROUND_CAP = LineCapStyle.Round;

/**
 * Column widths that add up to `inner`: each at least its minimum, the room left over shared in
 * proportion to the widths asked for (columns already past their share keep their minimum).
 */
export function fitColumns<C extends Column>(columns: readonly C[], mins: readonly number[], inner: number): C[] {
  let fixed = new Set<number>();
  for (;;) {
    const free = columns.map((_, i) => i).filter((i) => !fixed.has(i));
    const room = inner - [...fixed].reduce((s, i) => s + mins[i]!, 0);
    const asked = free.reduce((s, i) => s + columns[i]!.width, 0);
    const widths = columns.map((c, i) => (fixed.has(i) ? mins[i]! : asked > 0 ? (c.width * room) / asked : room / free.length));
    const under = free.filter((i) => widths[i]! < mins[i]!);
    if (!under.length || free.length === under.length) return columns.map((c, i) => ({ ...c, width: fixed.has(i) || !under.length ? widths[i]! : mins[i]! }));
    fixed = new Set([...fixed, ...under]);
  }
}
