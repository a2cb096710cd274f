// Sweeps: VMs per server 1…64 or workload ×0.25…×8, every point simulated in every mode on the
// worker pool; per-VM server-to-server bandwidth, latency, VMs that fit and cost per VM charted per
// mode, with where each mode stops meeting demand. The charts fill in as points arrive (one commit
// per frame, useJob). A click on a point applies it (one undo step).
import { useCallback, useMemo, useState } from 'react';
import { JobProgress } from './JobProgress';
import { IOV_MODES, MODE_SHORT } from '../domain';
import { demandLimit, SWEEP_VALUES, type SweepAxis, type SweepPoint } from '../sim';
import { appStore, useApp } from '../store';
import { money, num } from '../ui';
import { runSweep } from './jobs';
import { AXIS_NOUN, fmtValue as fmt, MODE_COLOR, MODE_DASH, SweepChart, type Metric } from './SweepChart';
import { useJob } from './useJob';

const METRICS: Metric[] = [
  { key: 'ipcGbps', title: 'Server-to-server per VM, median (Gb/s)', format: (v) => `${num(v)} Gb/s` },
  { key: 'ipcLatencyUs', title: 'Server-to-server loaded latency, median (µs)', format: (v) => `${num(v)} µs` },
  { key: 'vmsFit', title: 'VMs that fit per server (CPU, memory)', format: (v) => num(v) },
  { key: 'costPerVmUsd', title: 'Cost per VM, TCO (USD)', format: (v) => (Number.isFinite(v) ? money(v) : '— (no VM runs)') },
];

/** One legend for the four charts: the line of each mode. */
function ModeLegend() {
  return (
    <p className="wi-legend" aria-hidden="true">
      {IOV_MODES.map((m) => (
        <span key={m}>
          <svg width="18" height="8" viewBox="0 0 18 8">
            <line x1="0" x2="18" y1="4" y2="4" strokeWidth="2" style={{ stroke: MODE_COLOR[m] }} strokeDasharray={MODE_DASH[m]} />
          </svg>{' '}
          {MODE_SHORT[m]}
        </span>
      ))}
    </p>
  );
}

export function SweepSection() {
  const design = useApp((s) => s.design);
  const [axis, setAxis] = useState<SweepAxis>('vmsPerServer');
  const job = useJob<SweepPoint>();
  const { state } = job;
  const points = useMemo(() => [...state.results].sort((a, b) => a.value - b.value), [state.results]);
  // The axis and values of the run on screen (the picker may already show another axis).
  const [ran, setRan] = useState<{ axis: SweepAxis; values: readonly number[] } | null>(null);
  const shownAxis = ran?.axis ?? axis;
  const limits = useMemo(
    () => (state.status === 'done' ? IOV_MODES.map((m) => [m, demandLimit(points, m)] as const) : []),
    [points, state.status],
  );
  const limitMarks = useMemo(() => limits.flatMap(([m, l]) => (l ? [[m, l.value] as const] : [])), [limits]);
  const [pick, setPick] = useState<number | null>(null);
  const run = (): void => {
    const values = [...SWEEP_VALUES[axis]];
    // The intact design: failures set for what-if are not part of a sizing sweep.
    const intact = { ...design, failures: [] };
    job.start(values.length, (signal, onChunk, onStarted) => runSweep(intact, axis, values, { signal, onStarted, onChunk: (r, d) => onChunk(r, d) }));
    setRan({ axis, values });
    setPick(null);
  };
  const { reset } = job;
  const apply = useCallback(
    (v: number): void => {
      appStore().getState().applySweepValue(shownAxis, v);
      appStore().getState().notify('info', `Applied ${shownAxis === 'workloadScale' ? `workload demand ${fmt(shownAxis, v)}` : `${fmt(shownAxis, v)} VMs per server`} to the design (undo with Ctrl+Z).`);
      reset();
      setRan(null);
    },
    [shownAxis, reset],
  );
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
        <JobProgress state={state} onCancel={job.cancel} onRetry={run} label="Sweep progress" unit="points" />
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
      {ran && points.length > 0 && (
        <>
          <ModeLegend />
          {METRICS.map((metric, i) => (
            <SweepChart key={metric.key} hint={i === 0} axis={ran.axis} values={ran.values} points={points} metric={metric} limits={limitMarks} onPick={apply} />
          ))}
        </>
      )}
      {state.status === 'done' && (
        <div className="wi-row">
          <label>
            Apply {AXIS_NOUN[shownAxis]}{' '}
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
