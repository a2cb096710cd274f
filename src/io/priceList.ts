// A design's price list in and out, as CSV (prices and watts per part, to edit in a spreadsheet)
// or JSON (prices and the design's custom parts). Import has the design file's discipline: size
// first, then parse, validate every row, check every part id, and a typed error naming the row
// and column; the result is applied whole or not at all.
import Papa from 'papaparse';
import { z } from 'zod';
import { catalogFor } from '../catalog';
import { PartSchema, PriceOverrideSchema, zodIssues, type Design, type Issue, type Part } from '../domain';
import { APP_NAME, APP_VERSION } from './appVersion';
import { importDesignValue } from './importer';
import { jsonDepthExceeds } from './jsonDepth';
import { IMPORT_LIMITS, MAX_PRICE_LIST_BYTES, megabytes } from './limits';

export const PRICE_LIST_FORMAT = 'iov-planner/price-list';
const PRICE_LIST_VERSION = 1;

const CSV_COLUMNS = ['part_id', 'name', 'kind', 'era', 'price_usd', 'power_w', 'source'] as const;

export interface PriceRow {
  partId: string;
  name: string;
  kind: Part['kind'];
  era: Part['era'];
  priceUsd: number;
  powerW: number;
  /** Where the number comes from: the design's own price list, or the catalog's default. */
  source: 'design' | 'catalog';
}

/** Every part the design can use (catalog and custom), with the price and watts it is computed with. */
export function priceRows(design: Design): PriceRow[] {
  const effective = catalogFor(design);
  return effective.parts.map((p) => ({
    partId: p.id,
    name: p.name,
    kind: p.kind,
    era: p.era,
    priceUsd: p.priceUsd,
    powerW: p.powerW,
    source: Object.hasOwn(design.priceList, p.id) ? 'design' : 'catalog',
  }));
}

export function priceListCsv(design: Design): string {
  const rows = priceRows(design).map((r) => [r.partId, r.name, r.kind, r.era, r.priceUsd, r.powerW, r.source]);
  // escapeFormulae: a name starting with "=" must not become a spreadsheet formula.
  return `${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { escapeFormulae: true, newline: '\r\n' })}\r\n`;
}

export function priceListJson(design: Design, savedAt: Date = new Date()): string {
  const prices = priceRows(design).map(({ partId, name, priceUsd, powerW, source }) => ({ partId, name, priceUsd, powerW, source }));
  const file = { format: PRICE_LIST_FORMAT, version: PRICE_LIST_VERSION, app: `${APP_NAME} ${APP_VERSION}`, savedAt: savedAt.toISOString(), design: design.name, prices, customParts: design.customParts };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type PriceListImport = { ok: true; design: Design; changed: number } | { ok: false; message: string; issues: Issue[] };


type Refusal = { ok: false; message: string; issues: Issue[] };
const refuse = (message: string, issues: Issue[] = []): Refusal => ({ ok: false, message, issues });

interface ParsedList {
  prices: Array<{ partId: string; priceUsd?: number | undefined; powerW?: number | undefined; at: string }>;
  customParts: Part[];
}

/** Apply a price list file (CSV or JSON, told apart by content) to a design: a new design, or an error. */
export function importPriceList(design: Design, text: string, fileName: string, now: Date = new Date()): PriceListImport {
  try {
    if (text.length > MAX_PRICE_LIST_BYTES) return refuse(`The price list is ${megabytes(text.length)}; up to ${megabytes(MAX_PRICE_LIST_BYTES)} can be imported.`);
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (body.trim() === '') return refuse('The price list file is empty.');
    const parsed = body.trimStart().startsWith('{') ? parseJsonList(body) : parseCsvList(body);
    if ('message' in parsed) return parsed;
    return applyList(design, parsed, fileName, now);
  } catch (e) {
    return refuse(`The price list could not be read (${e instanceof Error ? e.message.slice(0, 160) : 'unknown error'}).`);
  }
}

function applyList(design: Design, list: ParsedList, fileName: string, now: Date): PriceListImport {
  if (list.prices.length > IMPORT_LIMITS.priceList) return refuse(`The price list has ${list.prices.length} rows; up to ${IMPORT_LIMITS.priceList} are supported.`);
  // Custom parts: the file's replace the design's of the same id; others are kept (nodes may use them).
  const incoming = new Map(list.customParts.map((p) => [p.id, p]));
  const customParts = [...design.customParts.filter((p) => !incoming.has(p.id)), ...list.customParts];
  const base = catalogFor({ customParts, priceList: {} });
  const issues: Issue[] = [];
  const priceList: Design['priceList'] = {};
  const seen = new Set<string>();
  for (const row of list.prices) {
    const part = base.byId.get(row.partId);
    if (!part) issues.push({ path: row.at, message: `unknown part '${row.partId}'` });
    else if (seen.has(row.partId)) issues.push({ path: row.at, message: `part '${row.partId}' is listed twice` });
    seen.add(row.partId);
    if (!part) continue;
    // Only numbers that differ from the catalog become the design's own: the list stays readable.
    const override: { priceUsd?: number; powerW?: number } = {};
    if (row.priceUsd !== undefined && row.priceUsd !== part.priceUsd) override.priceUsd = row.priceUsd;
    if (row.powerW !== undefined && row.powerW !== part.powerW) override.powerW = row.powerW;
    if (Object.keys(override).length > 0) priceList[row.partId] = override;
  }
  if (issues.length > 0) return refuse(`The price list names parts this design does not have: ${issues[0]!.path}: ${issues[0]!.message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}.`, issues.slice(0, 50));
  const next: Design = { ...design, priceList, customParts, priceListSource: { name: fileName.slice(0, 200) || 'price list', importedAt: now.toISOString() } };
  // The whole design through the importer: a custom part replaced by an incompatible one is refused here.
  const checked = importDesignValue(next);
  if (!checked.ok) return refuse(`With this price list the design would be invalid: ${checked.error.message}`, 'issues' in checked.error ? checked.error.issues : []);
  const changed = new Set([...Object.keys(priceList), ...Object.keys(design.priceList)].filter((id) => JSON.stringify(priceList[id]) !== JSON.stringify(design.priceList[id]))).size;
  return { ok: true, design: checked.design, changed };
}

const nonEmpty = (v: unknown): boolean => v !== undefined && v !== null && String(v).trim() !== '';

function parseCsvList(text: string): ParsedList | Refusal {
  const result = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim().toLowerCase().replace(/[\s-]+/g, '_') });
  const fields = result.meta.fields ?? [];
  if (!fields.includes('part_id')) return refuse('The CSV has no "part_id" column. Export a price list first to see the expected columns.');
  if (!fields.includes('price_usd') && !fields.includes('power_w')) return refuse('The CSV has neither a "price_usd" nor a "power_w" column.');
  const badRow = result.errors.find((e) => e.type !== 'Delimiter');
  if (badRow) return refuse(`The CSV cannot be read: row ${(badRow.row ?? 0) + 2}: ${badRow.message}.`);
  const prices: ParsedList['prices'] = [];
  const issues: Issue[] = [];
  result.data.forEach((row, i) => {
    const at = `row ${i + 2}`; // the header is row 1
    const partId = String(row.part_id ?? '').trim().replace(/^'/, '');
    if (!partId) {
      issues.push({ path: `${at}, part_id`, message: 'empty' });
      return;
    }
    const value: Record<string, number> = {};
    for (const [column, key] of [['price_usd', 'priceUsd'], ['power_w', 'powerW']] as const) {
      if (!nonEmpty(row[column])) continue;
      const n = Number(String(row[column]).trim().replace(/^'/, ''));
      value[key] = n;
    }
    const check = PriceOverrideSchema.safeParse(value);
    if (!check.success) {
      for (const issue of zodIssues(check.error, 2)) issues.push({ path: `${at}, ${issue.path === 'priceUsd' ? 'price_usd' : issue.path === 'powerW' ? 'power_w' : issue.path}`, message: issue.message });
      return;
    }
    prices.push({ partId, priceUsd: check.data.priceUsd, powerW: check.data.powerW, at });
  });
  if (issues.length > 0) return refuse(`The CSV has invalid values: ${issues[0]!.path}: ${issues[0]!.message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}.`, issues.slice(0, 50));
  return { prices, customParts: [] };
}

const JsonListSchema = z.object({
  format: z.literal(PRICE_LIST_FORMAT),
  version: z.literal(PRICE_LIST_VERSION),
  prices: z.array(z.object({ partId: z.string().min(1).max(80), priceUsd: z.number().optional(), powerW: z.number().optional() })).max(IMPORT_LIMITS.priceList),
  customParts: z.array(PartSchema).max(IMPORT_LIMITS.customParts).default([]),
});

function parseJsonList(text: string): ParsedList | Refusal {
  if (jsonDepthExceeds(text, IMPORT_LIMITS.depth)) return refuse(`The price list nests arrays or objects more than ${IMPORT_LIMITS.depth} levels deep.`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return refuse(`The price list is not valid JSON (${e instanceof Error ? e.message.slice(0, 160) : 'unreadable'}).`);
  }
  if ((raw as { format?: unknown } | null)?.format !== PRICE_LIST_FORMAT) return refuse(`This is not an IOV Planner price list: "format" should be "${PRICE_LIST_FORMAT}".`);
  const parsed = JsonListSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = zodIssues(parsed.error);
    return refuse(`The price list is invalid at ${issues[0]?.path || 'the top level'}: ${issues[0]?.message ?? 'invalid'}.`, issues);
  }
  const issues: Issue[] = [];
  const prices = parsed.data.prices.map((p, i) => {
    const check = PriceOverrideSchema.safeParse({ ...(p.priceUsd !== undefined ? { priceUsd: p.priceUsd } : {}), ...(p.powerW !== undefined ? { powerW: p.powerW } : {}) });
    if (!check.success) for (const issue of zodIssues(check.error, 2)) issues.push({ path: `prices[${i}].${issue.path}`, message: issue.message });
    return { partId: p.partId, priceUsd: check.success ? check.data.priceUsd : undefined, powerW: check.success ? check.data.powerW : undefined, at: `prices[${i}]` };
  });
  if (issues.length > 0) return refuse(`The price list has invalid values: ${issues[0]!.path}: ${issues[0]!.message}.`, issues);
  return { prices, customParts: parsed.data.customParts };
}
