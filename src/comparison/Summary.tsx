// The comparison's headline: does each design meet its workload's demand, and what B changes
// against A on the figures a customer asks first (capex, I/O power, VMs per server).
import { buildErrors, demandVerdict, modeOf, type CompareSide } from '../analysis';
import { MODE_IN_TEXT, type IovMode } from '../domain';
import { money } from '../ui';
import type { Currency } from './format';

function change(a: number, b: number, lessWord: string, moreWord: string): string {
  if (a === 0) return b === 0 ? 'the same' : `${moreWord}`;
  const r = b / a - 1;
  if (Math.abs(r) < 0.005) return 'about the same';
  return `${Math.round(Math.abs(r) * 100)}% ${r < 0 ? lessWord : moreWord}`;
}

export function Summary({ a, b, mode, currency }: { a: CompareSide; b: CompareSide; mode: IovMode; currency: Currency }) {
  const ma = modeOf(a, mode)!;
  const mb = modeOf(b, mode)!;
  // The verdict is the results panel's and the PDF's (demandVerdict): one sentence per fact.
  const met = ([['A', a, ma], ['B', b, mb]] as const).map(([tag, s, m]) => {
    const v = demandVerdict(m, s.result);
    const errors = buildErrors(s.result, m).length;
    const text = `${v.met ? 'meets its demand' : `does not meet its demand (${v.detail})`}${errors ? `, but cannot be built as drawn (${errors} ${errors === 1 ? 'error' : 'errors'}, below)` : ''}`;
    return { tag, ok: v.met && errors === 0, text };
  });
  const dCapex = mb.cost.capexUsd - ma.cost.capexUsd;
  return (
    <div className="cmp-summary" role="status" aria-label="Summary">
      <p className="cmp-summary-met">
        {met.map((m) => (
          <span key={m.tag} className={m.ok ? 'cmp-met' : 'cmp-unmet'}>
            <b>{m.tag}</b> {m.text} in {MODE_IN_TEXT[mode]} mode.
          </span>
        ))}
      </p>
      <p className="cmp-summary-line">
        B against A: <b>{change(ma.cost.capexUsd, mb.cost.capexUsd, 'less', 'more')}</b> I/O capex ({dCapex <= 0 ? '−' : '+'}
        {money(Math.abs(dCapex), currency)}), <b>{change(ma.power.ioW, mb.power.ioW, 'less', 'more')}</b> I/O power, <b>{change(ma.density.vmsPerServer, mb.density.vmsPerServer, 'fewer', 'more')}</b> VMs per server that fit.
      </p>
    </div>
  );
}
