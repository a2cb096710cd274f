// The PDF proposal a sales engineer leaves with a customer: title page (with contents), the
// diagram, bill of materials, results per IOV mode, the baseline comparison when one is chosen,
// charts and assumptions; page numbers on every page.
import type { Catalog } from '../../../catalog';
import { demandVerdict, metInText } from '../../../analysis';
import { IOV_MODES, MODE_LABEL, type Design, type SimulationResult } from '../../../domain';
import type { BomLine } from '../../../sim';
import { int, money, watts, gbps } from '../../../ui/format';
import type { ExportFonts } from '../fonts';
import type { Scene } from '../scene';
import { cleanText } from '../text';
import { INK } from '../theme';
import { diagramPages } from './diagramPages';
import { assumptionsSection, bomSection, chartsSection, comparisonSection, resultsSection } from './sections';
import { A4, hex, MARGIN, PdfWriter } from './writer';

export interface ProposalInput {
  design: Design;
  catalog: Catalog;
  result: SimulationResult;
  scene: Scene;
  lines: readonly BomLine[];
  preparedFor: string;
  preparedBy: string;
  /** The date printed on the title page ("3 May 2026"). */
  dateText: string;
  created: Date;
  baseline?: { name: string; design: Design; result: SimulationResult };
}

export interface ProposalOutput {
  bytes: Uint8Array;
  pages: number;
  /** Section title → first page (1-based). */
  sections: Array<{ title: string; page: number }>;
}

function titlePage(w: PdfWriter, input: ProposalInput): void {
  const { design, result } = input;
  w.addPage(A4);
  w.rect(0, 0, w.width, 10, INK.accent);
  w.y = 84;
  w.textAt('IOV PROPOSAL', MARGIN, w.y, { size: 10, weight: 'bold', color: INK.accent });
  w.y += 16;
  w.paragraph(design.name, { size: 26, weight: 'bold', gap: 8 });
  if (design.description.trim()) w.paragraph(design.description, { size: 10.5, color: INK.muted, gap: 18 });
  else w.y += 12;

  const fields: Array<[string, string]> = [
    ['Prepared for', input.preparedFor],
    ['Prepared by', input.preparedBy],
    ['Date', input.dateText],
  ];
  for (const [label, value] of fields) {
    w.textAt(label, MARGIN, w.y + 12, { size: 9, color: INK.muted });
    const clean = cleanText(value);
    if (clean) w.textAt(clean, MARGIN + 90, w.y + 12, { size: 11, weight: 'bold', maxWidth: w.inner - 90 });
    w.page.drawLine({ start: { x: MARGIN + 90, y: w.height - (w.y + 16) }, end: { x: w.width - MARGIN, y: w.height - (w.y + 16) }, thickness: 0.5, color: hex(INK.borderStrong) });
    w.y += 26;
  }

  const m = result.modes.find((x) => x.mode === design.settings.mode) ?? result.modes[0];
  w.y += 18;
  if (m) {
    const cur = design.settings.currency;
    const figures: Array<[string, string]> = [
      [design.settings.includeServersAndStorage ? 'Capex, all hardware' : 'I/O capex', money(m.cost.capexUsd, cur)],
      [`TCO, ${int(design.settings.years)} years`, money(m.cost.tcoUsd, cur)],
      ['I/O power (adapters + gateways)', watts(m.power.ioW)],
      ['VMs per server that fit', int(m.density.vmsPerServer)],
      ['LAN per VM (median)', m.vm.lanGbps.n ? gbps(m.vm.lanGbps.median) : '—'],
      ['VMs in all', int(m.vm.count)],
    ];
    w.textAt(`At a glance — ${MODE_LABEL[m.mode]} mode`, MARGIN, w.y, { size: 10, weight: 'bold' });
    w.y += 8;
    const cellW = w.inner / 3;
    figures.forEach(([label, value], i) => {
      const x = MARGIN + (i % 3) * cellW;
      const y = w.y + Math.floor(i / 3) * 52;
      w.rect(x + 2, y, cellW - 4, 46, INK.panel2);
      w.textAt(label, x + 10, y + 16, { size: 8.5, color: INK.muted, maxWidth: cellW - 20 });
      w.textAt(value, x + 10, y + 36, { size: 15, weight: 'bold', maxWidth: cellW - 20 });
    });
    w.y += 2 * 52 + 20;
    verdicts(w, result);
  } else {
    w.paragraph('This design could not be simulated; the findings below say why.', { color: INK.danger });
  }
}

/** Whether the workload's demand is met, per IOV mode, in the results panel's words, with the tightest VM. */
function verdicts(w: PdfWriter, result: SimulationResult): void {
  w.textAt('Is the demand met?', MARGIN, w.y, { size: 10, weight: 'bold' });
  w.y += 6;
  for (const mode of IOV_MODES) {
    const m = result.modes.find((x) => x.mode === mode);
    if (!m) continue;
    const v = demandVerdict(m, result);
    const top = [...m.bottlenecks].sort((a, b) => b.utilization - a.utilization || b.flows - a.flows)[0];
    // Headroom needs the capability runs; without them the busiest resource is the tightest place.
    const tightest = v.headroom ? ` Headroom: ${v.headroom}.` : top ? ` Top bottleneck: ${top.label} (${Math.round(top.utilization * 100)}% used).` : '';
    const top0 = w.y + 3;
    w.y += 3;
    w.paragraph(`${v.title}.`, { size: 9.5, weight: 'bold', color: v.met ? INK.ok : INK.danger, indent: 12, gap: 0 });
    w.paragraph(`${v.detail.replace(/^./, (c) => c.toUpperCase())}.${v.met ? '' : ` ${metInText(v.metIn)}.`}${tightest}`, { size: 9, indent: 12, gap: 2 });
    w.rect(MARGIN, top0 + 3, 4, w.y - top0 - 4, v.met ? INK.ok : INK.danger);
  }
  w.y += 22;
}

export async function buildProposal(input: ProposalInput, fonts: ExportFonts, onProgress?: (stage: string) => void): Promise<ProposalOutput> {
  const { design, result } = input;
  const w = await PdfWriter.create(fonts);
  const sections: Array<{ title: string; page: number }> = [];
  const mark = (title: string): void => {
    sections.push({ title, page: w.pages.length });
  };

  titlePage(w, input);
  const contentsAt = { page: w.page, y: w.y };

  onProgress?.('drawing the diagram');
  sections.push({ title: 'Diagram', page: w.pages.length + 1 });
  diagramPages(w, input.scene, design.name, (done, total) => onProgress?.(`drawing the diagram: sheet ${done} of ${total}`));

  onProgress?.('bill of materials');
  const mode = result.modes.find((x) => x.mode === design.settings.mode) ?? result.modes[0];
  w.addPage(A4);
  mark('Bill of materials');
  if (mode) bomSection(w, design, input.lines, mode);

  onProgress?.('results');
  w.addPage(A4);
  mark('Results per IOV mode');
  resultsSection(w, design, result);

  if (input.baseline) {
    w.addPage(A4);
    mark('Comparison with the baseline');
    comparisonSection(w, design, result, input.baseline);
  }

  onProgress?.('charts');
  w.addPage(A4);
  mark('Charts');
  chartsSection(w, design, result);

  onProgress?.('assumptions');
  w.addPage(A4);
  mark('Assumptions');
  assumptionsSection(w, design, input.catalog, input.lines);

  // Contents on the title page, now that the page numbers are known.
  const page = contentsAt.page;
  let y = contentsAt.y;
  w.textAt('Contents', MARGIN, y, { size: 10, weight: 'bold' }, page);
  y += 6;
  // Rows close up when the verdicts leave little room above the footer.
  const step = Math.max(11, Math.min(15, (page.getHeight() - MARGIN - 36 - y) / Math.max(1, sections.length)));
  for (const s of sections) {
    y += step;
    w.textAt(s.title, MARGIN, y, { size: 10 }, page);
    w.textAt(String(s.page), page.getWidth() - MARGIN, y, { size: 10, align: 'right' }, page);
  }
  w.footers(design.name);
  onProgress?.(`writing ${w.pages.length} pages`);
  const bytes = await w.save({ title: `${design.name} — proposal`, author: input.preparedBy, subject: 'I/O virtualization proposal', created: input.created });
  return { bytes, pages: w.pages.length, sections };
}
