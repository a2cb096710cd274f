import { useAppShallow } from '../store';
import { gbps, mbytesps, money, num, watts } from '../ui';

/** Cloudcraft-style live budget: the headline numbers stay in view while editing. */
export function LiveBudget() {
  const { mode, currency, sim } = useAppShallow((s) => ({ mode: s.design.settings.mode, currency: s.design.settings.currency, sim: s.sim }));
  const r = sim.result?.modes.find((m) => m.mode === mode);
  const stale = sim.resultRevision !== sim.revision;
  const stat = (s: { n: number; median: number } | undefined, f: (v: number) => string): string => (s && s.n > 0 ? f(s.median) : '—');
  const items: [string, string][] = r
    ? [
        ['LAN / VM', stat(r.vm.lanGbps, gbps)],
        ['SAN / VM', stat(r.vm.sanMBps, mbytesps)],
        ['IPC / VM', stat(r.vm.ipcGbps, gbps)],
        ['VMs / server', num(r.density.vmsPerServer)],
        ['Capex', money(r.cost.capexUsd, currency)],
        ['I/O power', watts(r.power.ioW)],
      ]
    : [];
  return (
    <section className={`live-budget${stale ? ' stale' : ''}`} aria-label="Live budget">
      <span className="lb-mode">{num(r?.vm.count ?? 0)} VMs</span>
      {items.map(([k, v]) => (
        <span key={k} className="lb-item">
          <span className="lb-key">{k}</span> <span className="lb-value">{v}</span>
        </span>
      ))}
      <span className="lb-state">{sim.status === 'error' ? 'Simulator error' : stale ? 'Computing…' : sim.lastMs !== null ? `${Math.round(sim.lastMs)} ms` : ''}</span>
    </section>
  );
}
