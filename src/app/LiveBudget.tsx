import { scopeSentence } from '../analysis';
import { useAppShallow } from '../store';
import { gbps, int, mbytesps, money } from '../ui';

/** Cloudcraft-style live budget: the headline numbers stay in view while editing. */
export function LiveBudget() {
  const { mode, currency, sim, includesServers } = useAppShallow((s) => ({ mode: s.design.settings.mode, currency: s.design.settings.currency, sim: s.sim, includesServers: s.design.settings.includeServersAndStorage }));
  const r = sim.result?.modes.find((m) => m.mode === mode);
  const stale = sim.resultRevision !== sim.revision;
  const stat = (s: { n: number; median: number } | undefined, f: (v: number) => string): string => (s && s.n > 0 ? f(s.median) : '—');
  const groups: [string, [string, string][]][] = r
    ? [
        [
          'Per VM',
          [
            ['LAN', stat(r.vm.lanGbps, gbps)],
            ['SAN', stat(r.vm.sanMBps, mbytesps)],
            ['Server-to-server', stat(r.vm.ipcGbps, gbps)],
          ],
        ],
        ['', [['VMs per server', `${int(r.density.vmsPerServer)} fit`]]],
        ['', [['Capex', money(r.cost.capexUsd, currency)]]],
      ]
    : [];
  return (
    <section className={`live-budget${stale ? ' stale' : ''}`} aria-label="Live budget" title="Medians for the current IOV mode; details in Results">
      {groups.map(([title, items], i) => (
        <span key={i} className="lb-group">
          {title && <span className="lb-title">{title}</span>}
          {items.map(([k, v]) => (
            <span key={k} className="lb-item" title={k === 'Capex' ? scopeSentence(includesServers) : undefined}>
              <span className="lb-key">{k}</span> <span className="lb-value">{v}</span>
            </span>
          ))}
        </span>
      ))}
      {(stale || sim.status === 'error') && <span className="lb-state">{sim.status === 'error' ? 'Simulator error' : 'Computing…'}</span>}
    </section>
  );
}
