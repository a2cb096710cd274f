// n−1: every switch, gateway and storage member, one server's adapters and one cable of each link
// failed in turn on the worker pool; ranked by VMs cut off, then bandwidth lost; the HA verdict.
// Twin members of a stack (sim/failureClasses.ts) are simulated once and listed once, with their count.
import { useMemo } from 'react';
import { JobProgress } from './JobProgress';
import { catalogFor } from '../catalog';
import { failureKey, MODE_SHORT, type FailureImpact } from '../domain';
import { asClass, failureClasses, haVerdict, rankImpacts } from '../sim';
import { appStore, useApp } from '../store';
import { runImpacts } from './jobs';
import { useJob } from './useJob';

const pct = (x: number): string => (Math.abs(x) < 0.0005 ? '0' : `${x > 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(Math.abs(x) < 0.1 ? 1 : 0)}%`);
const worst = (i: FailureImpact): number => Math.min(i.bandwidthChange.lan, i.bandwidthChange.san, i.bandwidthChange.ipc, 0);

export function NMinus1Section() {
  const design = useApp((s) => s.design);
  const mode = design.settings.mode;
  const catalog = useMemo(() => catalogFor(design), [design]);
  const classes = useMemo(() => failureClasses(design, catalog), [design, catalog]);
  const targets = classes.reduce((n, c) => n + c.members.length, 0);
  const job = useJob<FailureImpact>();
  const { state } = job;
  // The workers fail each class's representative; its row stands for the class's members.
  const results = useMemo(() => {
    const members = new Map(classes.map((c) => [failureKey(c.representative), c.members]));
    return state.results.map((i) => asClass({ design, catalog }, i, members.get(i.target) ?? i.failures));
  }, [state.results, classes, design, catalog]);
  const ranked = useMemo(() => rankImpacts(results), [results]);
  const verdict = state.status === 'done' ? haVerdict(results) : null;
  const run = (): void => {
    // The analysis is of the intact design: failures set on the canvas are not part of it.
    const intact = { ...design, failures: [] };
    job.start(classes.length, (signal, onChunk, onStarted) => runImpacts(intact, mode, classes.map((c) => [c.representative]), { signal, onStarted, onChunk: (r, d) => onChunk(r, d) }));
  };
  return (
    <section aria-label="n−1 analysis">
      <h2>n−1: any single failure</h2>
      <p className="wi-muted">
        Fails each of {targets} parts in turn ({MODE_SHORT[mode]} IOV): every switch, gateway and storage member, each adapter of one server, one cable of each link
        {classes.length < targets ? ` — twin members of a stack fail alike, so ${classes.length} simulations cover them.` : '.'}
      </p>
      <div className="wi-row">
        <button type="button" className="primary" onClick={run} disabled={state.status === 'running' || classes.length === 0}>
          {state.status === 'done' ? 'Run n−1 again' : 'Run n−1'}
        </button>
        <JobProgress state={state} onCancel={job.cancel} onRetry={run} label="n−1 progress" unit="failures" />
        {state.status === 'cancelled' && <span className="wi-progress">Cancelled after {state.done} of {state.total}.</span>}
      </div>
      {verdict && (
        <p className={`wi-verdict ${verdict.survives ? 'is-yes' : 'is-no'}`} role="status" aria-label="HA verdict">
          {verdict.text}
        </p>
      )}
      {ranked.length > 0 && (
        <div className="wi-table-wrap">
          <table className="wi-table" aria-label="n−1 table">
            <thead>
              <tr>
                <th scope="col">Failed part</th>
                <th scope="col" title="VMs cut off from the LAN, from storage (SAN), from their peer server (S2S)">Cut off L/S/S2S</th>
                <th scope="col" title="Largest drop of delivered bandwidth, any flow kind">Worst Δ</th>
                <th scope="col">
                  <span className="wi-sr">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {ranked.slice(0, 200).map((i) => (
                <tr key={i.target} title={i.newBottlenecks.length ? `New bottleneck: ${i.newBottlenecks.join('; ')}` : undefined}>
                  <th scope="row">{i.label}</th>
                  <td className={i.vmsAffected > 0 ? 'is-bad' : undefined}>
                    {i.vmsCutOff.lan}/{i.vmsCutOff.san}/{i.vmsCutOff.ipc}
                  </td>
                  <td>{pct(worst(i))}</td>
                  <td>
                    <button type="button" className="wi-link" onClick={() => i.failures.forEach((f) => appStore().getState().setFailed(f, true))} aria-label={`Fail ${i.label} on the canvas`}>
                      fail it
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
