// The design's price list in and out: CSV to edit in a spreadsheet, JSON with the design's custom
// parts. Import is one undoable edit, or a dialog that names the row and column at fault.
import { useRef } from 'react';
import { designFileName, MAX_PRICE_LIST_BYTES, megabytes } from '../../io';
import { appStore, useApp } from '../../store';
import { downloadText } from '../../ui';
import { Group } from '../bits';

// papaparse is loaded only when a price list is exported or imported.
const priceListIo = () => import('../../io/priceList');

export function PriceListSection() {
  const overrides = useApp((s) => Object.keys(s.design.priceList).length);
  const custom = useApp((s) => s.design.customParts.length);
  const source = useApp((s) => s.design.priceListSource);
  const readOnly = useApp((s) => s.readOnly);
  const input = useRef<HTMLInputElement>(null);

  const exportAs = async (kind: 'csv' | 'json'): Promise<void> => {
    const { design } = appStore().getState();
    const io = await priceListIo();
    const base = designFileName(`${design.name} prices`, '');
    if (kind === 'csv') downloadText(`${base}.csv`, io.priceListCsv(design), 'text/csv');
    else downloadText(`${base}.json`, io.priceListJson(design), 'application/json');
  };
  const importFile = async (file: File): Promise<void> => {
    const { design, applyPriceList, showProblem, notify } = appStore().getState();
    const fail = (message: string, details: string[] = []): void => showProblem({ title: `Could not import “${file.name}”`, message: `${message} The design’s prices are unchanged.`, details });
    if (file.size > MAX_PRICE_LIST_BYTES) return fail(`The price list is ${megabytes(file.size)}; up to ${megabytes(MAX_PRICE_LIST_BYTES)} can be imported.`);
    const io = await priceListIo();
    const result = io.importPriceList(design, await file.text(), file.name);
    if (!result.ok) return fail(result.message, result.issues.map((i) => `${i.path}: ${i.message}`));
    applyPriceList(result.design);
    notify('info', `Price list “${file.name}” applied: ${result.changed} part${result.changed === 1 ? '' : 's'} priced differently (undo restores the previous prices).`);
  };

  const summary =
    overrides === 0 && custom === 0
      ? 'Catalog prices (seed-era prices are calibrated to the whitepaper’s Table 1).'
      : `${overrides} part${overrides === 1 ? '' : 's'} priced by this design${custom ? `, ${custom} custom part${custom === 1 ? '' : 's'}` : ''}; the rest from the catalog.`;
  return (
    <Group title="Price list">
      <p className="pn-note">
        {summary}
        {source && ` Imported from “${source.name}” on ${new Date(source.importedAt).toLocaleDateString()}.`}
      </p>
      <div className="pn-price-actions">
        <button type="button" className="pn-btn" aria-label="Export price list as CSV" title="Every part's price and watts, to edit in a spreadsheet" onClick={() => void exportAs('csv')}>
          Export CSV
        </button>
        <button type="button" className="pn-btn" aria-label="Export price list and custom parts as JSON" title="Prices and the design's custom parts" onClick={() => void exportAs('json')}>
          Export JSON
        </button>
        <button type="button" className="pn-btn" aria-label="Import price list" title="A price list exported here (CSV or JSON), edited" disabled={readOnly} onClick={() => input.current?.click()}>
          Import…
        </button>
        <input
          ref={input}
          type="file"
          hidden
          accept=".csv,.json,text/csv,application/json"
          aria-label="Price list file to import"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
    </Group>
  );
}
