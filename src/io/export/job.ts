// One export request → one file. Pure apart from the two things only a runtime has: the font
// files and (for PNG) a bitmap canvas, both passed in. Runs in the export worker in the app and
// directly in Node in tests.
import { catalogFor } from '../../catalog';
import { MODE_LABEL, type Design, type SimulationResult } from '../../domain';
import { billOfMaterials, buildTopology, cablingMap } from '../../sim';
import type { DiagramCapture } from './capture';
import { bomCsv, cablingCsv } from './csv';
import { buildDiagram } from './diagram';
import { renderDrawio } from './drawio';
import { fileName } from './filename';
import type { ExportFonts } from './fonts';
import { buildProposal } from './pdf/proposal';
import { fitScale } from './raster';
import type { Scene } from './scene';
import { renderSvg, type SvgText } from './svg';
import { exportToolFormat, TOOL_FORMATS, type ToolExportOptions } from '../formats/exports';

export const EXPORT_FORMATS = ['png', 'svg', 'pdf', 'bom', 'cabling', 'drawio', ...TOOL_FORMATS] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRequest {
  format: ExportFormat;
  design: Design;
  /** What the canvas drew (diagram formats and the PDF). */
  capture?: DiagramCapture;
  /** The live result for this exact design (BOM and PDF; refused when missing). */
  result?: SimulationResult;
  /** PNG: 1 or 2 pixels per canvas pixel. */
  scale?: number;
  background?: 'white' | 'transparent';
  /** SVG: real, editable text (default) or glyph outlines for an exact look anywhere. */
  text?: SvgText;
  preparedFor?: string;
  preparedBy?: string;
  baseline?: { name: string; design: Design; result: SimulationResult };
  /** When the export was asked for (ms since the epoch): dates in files come from here. */
  now: number;
  /** containerlab and other tools' formats (src/io/formats). */
  tools?: ToolExportOptions;
}

export interface ExportFile {
  bytes: Uint8Array;
  mime: string;
  fileName: string;
  /** Something the user should know about the file (a PNG drawn smaller than asked). */
  note?: string;
  /** What the file holds, for the status line ("12 pages", "1,152 cables"). */
  summary: string;
}

export interface ExportRuntime {
  fonts: ExportFonts;
  rasterize(scene: Scene, scale: number, background: 'white' | 'transparent'): Promise<Uint8Array>;
  onProgress?(stage: string): void;
}

const encoder = new TextEncoder();
const dateText = (ms: number): string => new Date(ms).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function needResult(req: ExportRequest): SimulationResult {
  if (!req.result || req.result.modes.length === 0) throw new Error('This design has no simulation results (it is empty, too large or has errors that stop the simulator), so there are no totals to export.');
  return req.result;
}

function scene(req: ExportRequest, rt: ExportRuntime, showTitle = true): Scene {
  if (!req.capture) throw new Error('The diagram was not available to export.');
  rt.onProgress?.('laying out the diagram');
  return buildDiagram(req.design, catalogFor(req.design), req.capture, rt.fonts, { subtitle: `Exported ${dateText(req.now)}`, showTitle });
}

export async function runExport(req: ExportRequest, rt: ExportRuntime): Promise<ExportFile> {
  const { design } = req;
  const catalog = catalogFor(design);
  const selection = req.capture?.selectionOnly ? 'selection' : '';
  switch (req.format) {
    case 'svg': {
      const s = scene(req, rt);
      rt.onProgress?.('writing SVG');
      return { bytes: encoder.encode(renderSvg(s, rt.fonts, { background: req.background ?? 'white', text: req.text ?? 'real' })), mime: 'image/svg+xml', fileName: fileName(design.name, selection, 'svg'), summary: `${s.width} × ${s.height} px, ${s.cables.length} cables` };
    }
    case 'png': {
      const s = scene(req, rt);
      const wanted = req.scale ?? 1;
      const scale = fitScale(s, wanted);
      rt.onProgress?.('drawing pixels');
      const bytes = await rt.rasterize(s, scale, req.background ?? 'white');
      const w = Math.round(s.width * scale);
      const h = Math.round(s.height * scale);
      return {
        bytes,
        mime: 'image/png',
        fileName: fileName(design.name, [selection, wanted === 2 ? '2x' : ''].filter(Boolean).join('-'), 'png'),
        summary: `${w} × ${h} px`,
        ...(scale < wanted ? { note: `The diagram is too large for a ${wanted}× bitmap: it was drawn at ${Math.round(scale * 100)}% (${w} × ${h} px). The SVG and PDF keep every detail.` } : {}),
      };
    }
    case 'drawio': {
      const s = scene(req, rt);
      return { bytes: encoder.encode(renderDrawio(s, { modified: new Date(req.now).toISOString() })), mime: 'application/vnd.jgraph.mxfile', fileName: fileName(design.name, selection, 'drawio'), summary: `${s.nodes.length} parts, ${s.cables.length} cables` };
    }
    case 'bom': {
      const result = needResult(req);
      const mode = result.modes.find((m) => m.mode === design.settings.mode) ?? result.modes[0]!;
      rt.onProgress?.('pricing parts');
      const lines = billOfMaterials(buildTopology(design, catalog), catalog);
      return { bytes: encoder.encode(bomCsv(design, lines, mode, new Date(req.now).toISOString())), mime: 'text/csv', fileName: fileName(design.name, 'bom', 'csv'), summary: `${lines.length} lines, ${MODE_LABEL[mode.mode]} mode totals` };
    }
    case 'cabling': {
      rt.onProgress?.('expanding cables');
      const rows = cablingMap(design, catalog);
      rt.onProgress?.('writing CSV');
      return { bytes: encoder.encode(cablingCsv(rows)), mime: 'text/csv', fileName: fileName(design.name, 'cabling', 'csv'), summary: `${rows.length.toLocaleString('en-US')} cables` };
    }
    case 'clab':
    case 'graphml':
    case 'ibnet':
    case 'netbox':
    case 'devicemap':
      rt.onProgress?.('writing the file');
      return exportToolFormat(req.format, design, catalog, req.now, () => scene(req, rt), req.tools);
    case 'pdf': {
      const result = needResult(req);
      const s = scene(req, rt, false);
      const lines = billOfMaterials(buildTopology(design, catalog), catalog);
      const out = await buildProposal(
        {
          design,
          catalog,
          result,
          scene: s,
          lines,
          preparedFor: req.preparedFor ?? '',
          preparedBy: req.preparedBy ?? '',
          dateText: dateText(req.now),
          created: new Date(req.now),
          ...(req.baseline ? { baseline: req.baseline } : {}),
        },
        rt.fonts,
        rt.onProgress,
      );
      return { bytes: out.bytes, mime: 'application/pdf', fileName: fileName(design.name, 'proposal', 'pdf'), summary: `${out.pages} pages` };
    }
  }
}
