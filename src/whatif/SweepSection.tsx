// Sweeps: VMs per server 1…64 or workload ×0.25…×8, every point simulated in every mode on the
// worker pool; per-VM server-to-server bandwidth, latency, VMs that fit and cost per VM charted per
// mode, with where each mode stops meeting demand. A click on a point applies it (one undo step).
import { useEffect, useMemo, useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { IOV_MODES, MODE_SHORT, type IovMode } from '../domain';
import { demandLimit, SWEEP_VALUES, type SweepAxis, type SweepModePoint, type SweepPoint } from '../sim';
import { appStore, useApp } from '../store';
import { runSweep } from './jobs';
import { useJob } from './useJob';

const MODE_COLOR: Record<IovMode, string> = { software: 'var(--eth)', native: 'var(--ib)', passthrough: 'var(--fc)' };
const AXIS_LABEL: Record<SweepAxis, string> = { vmsPerServer: 'VMs per server', workloadScale: 'Workload demand ×' };
const TICK = { fill: 'var(--muted)', fontSize: 11 } as const;

interface Metric {
  key: keyof Pick<SweepModePoint, 'ipcGbps' | 'ipcLatencyUs' | 'vmsFit' | 'costPerVmUsd'>;
  title: string;
}
const METRICS: Metric[] = [
  { key: 'ipcGbps', title: 'Server-to-server per VM, median (Gb/s)' },
  { key: 'ipcLatencyUs', title: 'Server-to-server loaded latency, median (µs)' },
  { key: 'vmsFit', title: 'VMs that fit per server (CPU, memory)' },
  { key: 'costPerVmUsd', title: 'Cost per VM, TCO (USD)' },
];

const fmt = (axis: SweepAxis, v: number): string => (axis === 'workloadScale' ? `×${v}` : String(v));

function SweepChart({ axis, points, metric, limits, onPick }: { axis: SweepAxis; points: SweepPoint[]; metric: Metric; limits: Array<[IovMode, number]>; onPick(v: number): void }) {
  const rows = points.map((p) => ({ value: p.value, ...Object.fromEntries(p.modes.map((m) => [m.mode, m[metric.key]])) }));
  return (
    <figure className="wi-figure" aria-label={metric.title}>
      <figcaption className="wi-chart-title">{metric.title}</figcaption>
      <LineChart
        data={rows}
        responsive
        style={{ width: '100%', height: 170 }}
        margin={{ top: 4, right: 8, bottom: 0, left: 0 }}
        onClick={(e) => {
          const idx = Number((e as { activeTooltipIndex?: number | string | null }).activeTooltipIndex);
          if (Number.isInteger(idx) && rows[idx]) onPick(rows[idx].value);
        }}
      >
        <CartesianGrid stroke="var(--border)" strokeDasharray="2 3" />
        <XAxis dataKey="value" tick={TICK} tickFormatter={(v: number) => fmt(axis, v)} />
        <YAxis tick={TICK} width={48} />
        <Tooltip contentStyle={{ background: 'var(--panel)', border: '1px solid var(--border)', fontSize: 12 }} labelFormatter={(v) => `${AXIS_LABEL[axis]} ${fmt(axis, Number(v))} — click to apply`} />
        <Legend wrapperStyle={{ fontSize: 11 }} />
        {limits.map(([mode, v]) => (
          <ReferenceLine key={mode} x={v} stroke={MODE_COLOR[mode]} strokeDasharray="4 3" />
        ))}
        {IOV_MODES.map((m) => (
          <Line key={m} type="monotone" dataKey={m} name={MODE_SHORT[m]} stroke={MODE_COLOR[m]} dot={false} activeDot={{ r: 4 }} strokeWidth={2} strokeDasharray={m === 'passthrough' ? '5 3' : undefined} isAnimationActive={false} />
        ))}
      </LineChart>
    </figure>
  );
}

/**
 * The charts, drawn once the sweep is done and one per task: four charts of 64 points drawn at
 * every chunk would keep the main thread busy while the workers still compute.
 */
function StagedCharts(props: { axis: SweepAxis; points: SweepPoint[]; limits: Array<[IovMode, number]>; onPick(v: number): void }) {
  const [shown, setShown] = useState(1);
  useEffect(() => {
    if (shown >= METRICS.length) return;
    const timer = setTimeout(() => setShown((n) => n + 1), 0);
    return () => clearTimeout(timer);
  }, [shown]);
  return METRICS.slice(0, shown).map((metric) => <SweepChart key={metric.key} metric={metric} {...props} />);
}

export function SweepSection() {
  const design = useApp((s) => s.design);
  const [axis, setAxis] = useState<SweepAxis>('vmsPerServer');
  const job = useJob<SweepPoint>();
  const { state } = job;
  const points = useMemo(() => [...state.results].sort((a, b) => a.value - b.value), [state.results]);
  const ranAxis = points[0]?.axis;
  const shownAxis = ranAxis ?? axis;
  const limits = useMemo(
    () => (state.status === 'done' ? IOV_MODES.map((m) => [m, demandLimit(points, m)] as const) : []),
    [points, state.status],
  );
  const [pick, setPick] = useState<number | null>(null);
  const run = (): void => {
    const values = [...SWEEP_VALUES[axis]];
    // The intact design: failures set for what-if are not part of a sizing sweep.
    const intact = { ...design, failures: [] };
    job.start(values.length, (signal, onChunk) => runSweep(intact, axis, values, { signal, onChunk: (r, d) => onChunk(r, d) }));
    setPick(null);
  };
  const apply = (v: number): void => {
    appStore().getState().applySweepValue(shownAxis, v);
    appStore().getState().notify('info', `Applied ${AXIS_LABEL[shownAxis]} ${fmt(shownAxis, v)} to the design (undo with Ctrl+Z).`);
    job.reset();
  };
  return (
    <section aria-label="Sweeps">
      <h2>Sweep</h2>
      <p className="wi-muted">Every point simulated in every mode on the intact design. Click a point (or pick a value below) to apply it; Ctrl+Z undoes.</p>
      <div className="wi-row">
        <label>
          Vary{' '}
          <select value={axis} onChange={(e) => setAxis(e.target.value as SweepAxis)} aria-label="Sweep axis">
            <option value="vmsPerServer">VMs per server (1…64)</option>
            <option value="workloadScale">Workload demand (×0.25…×8)</option>
          </select>
        </label>
        <button type="button" className="primary" onClick={run} disabled={state.status === 'running'}>
          Run sweep
        </button>
        {state.status === 'running' && (
          <>
            <span className="wi-progress" role="progressbar" aria-label="Sweep progress" aria-valuemin={0} aria-valuemax={state.total} aria-valuenow={state.done}>
              {state.done} of {state.total} points…
            </span>
            <button type="button" onClick={job.cancel}>
              Cancel
            </button>
          </>
        )}
        {state.status === 'error' && <span className="wi-progress">Failed: {state.error}</span>}
      </div>
      {limits.length > 0 && (
        <div role="status" aria-label="Where demand stops being met">
          {limits.map(([m, l]) => (
            <p key={m} className="wi-limit">
              <span style={{ color: MODE_COLOR[m] }}>■</span> {MODE_SHORT[m]}:{' '}
              {l ? (
                <>
                  demand not met from {fmt(shownAxis, l.value)}{shownAxis === 'vmsPerServer' ? ' VMs per server' : ''} ({l.shortfall})
                </>
              ) : (
                'meets demand over the whole range'
              )}
            </p>
          ))}
        </div>
      )}
      {state.status === 'done' && <StagedCharts axis={shownAxis} points={points} limits={limits.flatMap(([m, l]) => (l ? [[m, l.value] as [IovMode, number]] : []))} onPick={apply} />}
      {state.status === 'done' && (
        <div className="wi-row">
          <label>
            Apply {AXIS_LABEL[shownAxis].toLowerCase()}{' '}
            <select aria-label="Value to apply" value={pick ?? ''} onChange={(e) => setPick(Number(e.target.value))}>
              <option value="" disabled>
                pick or click a point
              </option>
              {points.map((p) => (
                <option key={p.value} value={p.value}>
                  {fmt(shownAxis, p.value)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={pick === null} onClick={() => pick !== null && apply(pick)}>
            Apply to the design
          </button>
        </div>
      )}
    </section>
  );
}
