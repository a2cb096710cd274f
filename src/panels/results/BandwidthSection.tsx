// Per-VM bandwidth in the current mode (min / median / max per flow kind), the same number across
// the three modes, and the distribution over VMs. The distribution chart loads on demand (Recharts
// is not in the first bundle).
import { lazy, Suspense, useDeferredValue, useId, useMemo, useState } from 'react';
import { MODE_SHORT, type FlowKind, type ModeResult, type SimulationResult } from '../../domain';
import { Group, SourceTip } from '../bits';
import { bandwidthRows, FLOWS } from './resultsModel';
import { SOURCES } from './sources';
import ModeBars from '../../charts/ModeBars';

const VmDistribution = lazy(() => import('../../distribution').then((m) => ({ default: m.VmDistribution })));

export function BandwidthSection({ mode, result }: { mode: ModeResult; result: SimulationResult }) {
  const rows = bandwidthRows(mode);
  const [picked, setPicked] = useState<FlowKind | null>(null);
  const radioName = useId();
  const kind: FlowKind = picked ?? (rows.find((r) => r.kind === 'ipc' && r.n > 0) ? 'ipc' : (rows.find((r) => r.n > 0)?.kind ?? 'lan'));
  const flow = FLOWS.find((f) => f.kind === kind)!;
  // Charts follow a step behind, in an interruptible render: the table above updates at once and
  // the main thread is never held by a chart redraw (QUALITY.md: no long task while editing).
  const chartMode = useDeferredValue(mode);
  const chartResult = useDeferredValue(result);
  const bars = useMemo(
    () =>
      chartResult.modes.map((m) => {
        const s = flow.stat(m);
        return { label: MODE_SHORT[m.mode], median: s.n ? s.median : null, min: s.min, max: s.max, current: m.mode === chartMode.mode };
      }),
    [chartResult, chartMode, flow],
  );

  return (
    <Group title="Per-VM bandwidth" aside={<SourceTip source={SOURCES.bandwidth} />}>
      <table className="pn-table pn-stats" aria-label="Per-VM bandwidth">
        <thead>
          <tr>
            <th scope="col">Flow</th>
            <th scope="col" className="pn-num">Min</th>
            <th scope="col" className="pn-num">Median</th>
            <th scope="col" className="pn-num">Max</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.kind} className={r.n === 0 ? 'pn-none' : undefined}>
              <th scope="row">{r.label}</th>
              <td className="pn-num">{r.min}</td>
              <td className="pn-num pn-strong">{r.median}</td>
              <td className="pn-num">{r.max}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <div className="pn-seg" role="radiogroup" aria-label="Chart flow">
        {FLOWS.map((f) => (
          <label key={f.kind} className={f.kind === kind ? 'pn-on' : undefined}>
            <input type="radio" name={radioName} value={f.kind} checked={f.kind === kind} onChange={() => setPicked(f.kind)} />
            {f.label}
          </label>
        ))}
      </div>
      <Suspense fallback={<div className="pn-chart-slot" aria-hidden="true" />}>
        <div className="pn-chart">
          <h4>By IOV mode</h4>
          <ModeBars
            unit={flow.unit}
            label={`${flow.label} bandwidth`}
            data={bars}
          />
        </div>
        <div className="pn-chart">
          <h4>Across VMs, {MODE_SHORT[chartMode.mode]}: delivered and demand</h4>
          <VmDistribution mode={chartMode} kind={kind} unit={flow.unit} label={`${flow.label} bandwidth`} />
        </div>
      </Suspense>
    </Group>
  );
}
