// A against B, section by section: A, B, B − A, B ÷ A. Better and worse changes are coloured
// and also said in words for screen readers.
import { memo } from 'react';
import { viaText, type CompareSection } from '../analysis';
import type { IovMode } from '../domain';
import { cell, deltaCell, ratioCell, tone, type Currency } from './format';

/** Memoized: a mode click re-renders the view at once, and the new mode's table a step later. */
export const CompareTable = memo(function CompareTable({ sections, nameA, nameB, currency, caption }: { sections: readonly CompareSection[]; nameA: string; nameB: string; currency: Currency; caption: string }) {
  return (
    <table className="cmp-table" aria-label="Design A against design B">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="cmp-metric">Figure</th>
          <th scope="col" className="cmp-num" title={nameA}><span className="cmp-badge" aria-hidden="true">A</span> <span className="visually-hidden">A</span></th>
          <th scope="col" className="cmp-num" title={nameB}><span className="cmp-badge cmp-badge-b" aria-hidden="true">B</span> <span className="visually-hidden">B</span></th>
          <th scope="col" className="cmp-num">B − A</th>
          <th scope="col" className="cmp-num">B ÷ A</th>
        </tr>
      </thead>
      {sections.map((s) => (
        <tbody key={s.id} aria-label={s.title}>
          <tr className="cmp-section">
            <th scope="rowgroup" colSpan={5}>
              {s.title}
              {s.scope ? <span className="cmp-scope">: {s.scope}</span> : null}
            </th>
          </tr>
          {s.rows.map((r) => {
            const t = tone(r);
            return (
              <tr key={r.id} data-row={r.id} className={r.sub ? 'cmp-sub' : undefined}>
                <th scope="row">{r.label}</th>
                <td className="cmp-num">
                  {cell(r.a, r.unit, currency)}
                  <Via mode={r.via?.a} />
                </td>
                <td className="cmp-num">
                  {cell(r.b, r.unit, currency)}
                  <Via mode={r.via?.b} />
                </td>
                <td className={`cmp-num${t ? ` cmp-${t}` : ''}`}>
                  {deltaCell(r, currency)}
                  {t ? <span className="visually-hidden"> ({t} for B)</span> : null}
                </td>
                <td className="cmp-num">{ratioCell(r.ratio)}</td>
              </tr>
            );
          })}
        </tbody>
      ))}
    </table>
  );
});

/** Under a qualitative value that is another mode's: "falls back to software". */
function Via({ mode }: { mode: IovMode | undefined }) {
  return mode ? <span className="cmp-via">{viaText(mode)}</span> : null;
}
