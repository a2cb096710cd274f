// The comparison's charts (loaded with Recharts on demand): cost and power by category, stacked,
// A above B; per-VM bandwidth by IOV mode, A and B side by side, delivered and capability.
import { memo, useCallback, useId, useMemo, useState } from 'react';
import GroupedBars from '../charts/GroupedBars';
import StackedBars from '../charts/StackedBars';
import { IOV_MODES, FLOW_KIND_LABEL, MODE_SHORT, type FlowKind, type SimulationResult, type Stat } from '../domain';
import { money, watts } from '../ui';
import type { Currency } from './format';

const CATEGORIES = [
  { key: 'adapters', label: 'Adapters', colour: 'var(--kind-server)' },
  { key: 'switches', label: 'Switches', colour: 'var(--kind-switch)' },
  { key: 'gateways', label: 'Gateways', colour: 'var(--kind-gateway)' },
  { key: 'cables', label: 'Cables', colour: 'var(--util-0)' },
  { key: 'servers', label: 'Servers', colour: 'var(--muted)' },
  { key: 'storage', label: 'Storage', colour: 'var(--kind-storage)' },
] as const;

const KEY: Record<FlowKind, 'lanGbps' | 'sanMBps' | 'ipcGbps'> = { lan: 'lanGbps', san: 'sanMBps', ipc: 'ipcGbps' };
const UNIT: Record<FlowKind, string> = { lan: 'Gb/s', san: 'MB/s', ipc: 'Gb/s' };
const med = (s: Stat | undefined): number | null => (!s || s.n === 0 ? null : s.median);
const BANDWIDTH_SERIES = [
  { key: 'aDelivered', label: 'A delivered', colour: 'var(--util-0)' },
  { key: 'aCapability', label: 'A capability', colour: 'color-mix(in srgb, var(--util-0) 45%, transparent)' },
  { key: 'bDelivered', label: 'B delivered', colour: 'var(--accent)' },
  { key: 'bCapability', label: 'B capability', colour: 'color-mix(in srgb, var(--accent) 40%, transparent)' },
] as const;

/** Memoized: the view re-renders on every mode click, and none of these depends on the mode. */
export default memo(function CompareCharts({ a, b, currency }: { a: SimulationResult; b: SimulationResult; currency: Currency }) {
  const [kind, setKind] = useState<FlowKind>('ipc');
  const formatMoney = useCallback((v: number) => money(v, currency), [currency]);
  const radio = useId();
  const ma = a.modes[0]!;
  const mb = b.modes[0]!;
  const cost = useMemo(() => [{ label: 'A', ...ma.cost.capexByCategoryUsd }, { label: 'B', ...mb.cost.capexByCategoryUsd }], [ma, mb]);
  const power = useMemo(() => [{ label: 'A', ...ma.power.byCategoryW }, { label: 'B', ...mb.power.byCategoryW }], [ma, mb]);
  const bandwidth = useMemo(
    () =>
      IOV_MODES.map((mode) => {
        const pick = (r: SimulationResult) => ({
          delivered: med(r.modes.find((m) => m.mode === mode)?.vm[KEY[kind]]),
          capability: med(r.capability?.find((m) => m.mode === mode)?.vm[KEY[kind]]),
        });
        const pa = pick(a);
        const pb = pick(b);
        return { label: MODE_SHORT[mode], aDelivered: pa.delivered, aCapability: pa.capability, bDelivered: pb.delivered, bCapability: pb.capability };
      }),
    [a, b, kind],
  );
  return (
    <div className="cmp-charts">
      <section className="cmp-card" aria-labelledby={`${radio}-c`}>
        <h2 id={`${radio}-c`}>Capex by category</h2>
        <StackedBars rows={cost} series={CATEGORIES} format={formatMoney} caption="Purchase cost of each design, stacked by category." />
      </section>
      <section className="cmp-card" aria-labelledby={`${radio}-p`}>
        <h2 id={`${radio}-p`}>Power by category</h2>
        <StackedBars rows={power} series={CATEGORIES} format={watts} caption="Power drawn by each design, stacked by category (I/O = adapters + gateways)." />
      </section>
      <section className="cmp-card" aria-labelledby={`${radio}-b`}>
        <h2 id={`${radio}-b`}>Per-VM bandwidth by IOV mode</h2>
        <div className="cmp-seg" role="radiogroup" aria-label="Bandwidth chart flow">
          {(['lan', 'san', 'ipc'] as const).map((k) => (
            <label key={k} className={k === kind ? 'cmp-on' : undefined}>
              <input type="radio" name={radio} value={k} checked={k === kind} onChange={() => setKind(k)} />
              {FLOW_KIND_LABEL[k]}
            </label>
          ))}
        </div>
        <GroupedBars
          rows={bandwidth}
          unit={UNIT[kind]}
          series={BANDWIDTH_SERIES}
          caption={`Median ${FLOW_KIND_LABEL[kind]} per VM: delivered at the planned demand, and capability (every VM pushing as hard as it can).`}
        />
      </section>
    </div>
  );
});
