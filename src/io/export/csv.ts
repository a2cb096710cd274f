// Bill of materials and cabling map as CSV (RFC 4180 through papaparse: CRLF, quotes where
// needed). Text cells that a spreadsheet would run as a formula (=, +, -, @) are escaped.
import Papa from 'papaparse';
import type { Design, ModeResult } from '../../domain';
import { BOM_CATEGORIES, type BomCategory, type BomLine, type CableRow } from '../../sim';
import { cleanText } from './text';

type Cell = string | number;

/** UTF-8 with a byte-order mark, so spreadsheet apps read "IB↔FC" and "µs" as written. */
const toCsv = (rows: Cell[][]): string => `\uFEFF${Papa.unparse(rows, { newline: '\r\n', escapeFormulae: true })}\r\n`;
const money = (v: number): number => Math.round(v * 100) / 100;
const text = (s: string): string => cleanText(s);

export const CATEGORY_LABEL: Record<BomCategory, string> = {
  adapters: 'Adapters',
  switches: 'Switches',
  gateways: 'Gateways',
  cables: 'Cables',
  servers: 'Servers',
  storage: 'Storage',
};

export const BOM_HEADER = ['Category', 'Part', 'Part ID', 'Quantity', 'Unit price', 'Extended price', 'Unit power (W)', 'Total power (W)', 'Ports per unit', 'Ports', 'Length class', 'Note'];

/**
 * The BOM: one row per part (cables per part and length class), then subtotals and totals taken
 * from the simulation result — the numbers the results panel shows. The lines add up to them
 * because the engine prices capex from these same lines (src/sim/bom.ts).
 */
export function bomCsv(design: Design, lines: readonly BomLine[], result: ModeResult, exported: string): string {
  const { code, perUsd } = design.settings.currency;
  const header = BOM_HEADER.map((h) => (h.includes('price') ? `${h} (${code})` : h));
  const rows: Cell[][] = [header];
  for (const l of lines) {
    rows.push([
      CATEGORY_LABEL[l.category],
      text(l.name),
      text(l.partId),
      l.quantity,
      money(l.unitPriceUsd * perUsd),
      money(l.extendedUsd * perUsd),
      l.unitW,
      Math.round(l.totalW * 100) / 100,
      l.portsPerUnit,
      text(l.portSpec),
      l.lengthClass ?? '',
      l.note ?? '',
    ]);
  }
  const c = result.cost;
  rows.push([]);
  for (const cat of BOM_CATEGORIES) {
    if (!lines.some((l) => l.category === cat)) continue;
    rows.push([`Subtotal: ${CATEGORY_LABEL[cat]}`, '', '', '', '', money(c.capexByCategoryUsd[cat] * perUsd), '', Math.round(result.power.byCategoryW[cat] * 100) / 100]);
  }
  rows.push(['Total I/O capex', design.settings.includeServersAndStorage ? 'servers and storage included' : 'servers and storage left out', '', '', '', money(c.capexUsd * perUsd), '', Math.round(result.power.totalW * 100) / 100]);
  rows.push(['I/O power (adapters + gateways)', '', '', '', '', '', '', Math.round(result.power.ioW * 100) / 100]);
  rows.push(['Fabric power (switches + cables)', '', '', '', '', '', '', Math.round(result.power.fabricW * 100) / 100]);
  rows.push([]);
  rows.push(['Design', text(design.name)]);
  rows.push(['Currency', `${code} (${perUsd} per USD; catalog prices are USD)`]);
  rows.push(['Switch costing', design.settings.switchCosting === 'whole' ? 'whole switches' : 'pro rata by ports used']);
  rows.push(['Exported', exported]);
  return toCsv(rows);
}

export const CABLING_HEADER = [
  'Cable', 'Link ID', 'Lane',
  'A device', 'A node ID', 'A member', 'A adapter', 'A port',
  'Z device', 'Z node ID', 'Z member', 'Z adapter', 'Z port',
  'Protocol', 'Rate (Gb/s)', 'Cable part', 'Cable part ID', 'Length (m)',
];

export function cablingCsv(rows: readonly CableRow[]): string {
  const out: Cell[][] = [CABLING_HEADER];
  for (const r of rows) {
    out.push([
      r.cable, text(r.linkId), r.lane,
      text(r.a.device), text(r.a.nodeId), r.a.member, text(r.a.adapter), r.a.port,
      text(r.z.device), text(r.z.nodeId), r.z.member, text(r.z.adapter), r.z.port,
      r.protocolLabel, Math.round(r.rateGbps * 1000) / 1000, text(r.cablePart), text(r.cablePartId), r.lengthM,
    ]);
  }
  return toCsv(out);
}
