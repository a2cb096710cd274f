// What the workload asks (demand), what each VM gets (delivered) and what it could get pushing as
// hard as it can (capability: the saturation run from the same worker request), with headroom.
// The headline says first whether demand is met.
import { demandLines, demandMet, FLOW_UNIT, type DemandLine } from '../../analysis';
import { FLOW_KIND_LABEL, MODE_SHORT, type ModeResult, type SimulationResult } from '../../domain';
import { gbps, int, mbytesps, num } from '../../ui';
import { Group } from '../bits';
import { DASH } from './resultsModel';

const fmt = (l: DemandLine, v: number | null): string => (v === null ? DASH : l.kind === 'san' ? mbytesps(v) : gbps(v));
/** In the table the unit is in the row's name (the panel is narrow): the number alone. */
const bare = (v: number | null): string => (v === null ? DASH : num(v));

export function DemandHeadline({ mode, result }: { mode: ModeResult; result: SimulationResult }) {
  const lines = demandLines(mode, result.capability?.find((c) => c.mode === mode.mode));
  const met = demandMet(lines, mode);
  const where = `in ${MODE_SHORT[mode.mode].toLowerCase()} mode`;
  const short = lines.filter((l) => l.short > 0);
  const unreachable = mode.unreachable.reduce((t, u) => t + u.vms, 0);
  const tightest = lines.filter((l) => l.headroom !== null).sort((a, b) => a.headroom! - b.headroom!)[0];
  return (
    <p className={`pn-demand ${met ? 'pn-demand-ok' : 'pn-demand-short'}`} aria-label="Demand">
      {met ? (
        <>
          <b>Demand met {where}</b>: every VM gets what its workload asks.
        </>
      ) : (
        <>
          <b>Demand not met {where}</b>: {short.map((l) => `${FLOW_KIND_LABEL[l.kind]} short for ${int(l.short)} of ${int(l.vms)} VMs`).join('; ')}
          {unreachable ? `${short.length ? '; ' : ''}${int(unreachable)} VM flows have no path` : ''}.
        </>
      )}
      {tightest ? (
        <>
          {' '}
          Capability: {FLOW_KIND_LABEL[tightest.kind]} {fmt(tightest, tightest.capability)} per VM, {num(tightest.headroom!)}× its demand{lines.length > 1 ? ' (the tightest)' : ''}.
        </>
      ) : null}
    </p>
  );
}

export function DemandSection({ mode, result }: { mode: ModeResult; result: SimulationResult }) {
  const lines = demandLines(mode, result.capability?.find((c) => c.mode === mode.mode));
  return (
    <Group title="Demand, delivered, capability">
      <table className="pn-table pn-stats" aria-label="Demand, delivered and capability per VM">
        <thead>
          <tr>
            <th scope="col">Per VM</th>
            <th scope="col" className="pn-num" title="What the workload asks">Demand</th>
            <th scope="col" className="pn-num" title="What the VM gets (median)">Delivered</th>
            <th scope="col" className="pn-num" title="What the VM could get if every VM pushed as hard as it can (median)">Capability</th>
            <th scope="col" className="pn-num" title="Capability ÷ demand">Head­room</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.kind} className={l.vms === 0 ? 'pn-none' : undefined}>
              <th scope="row">
                {FLOW_KIND_LABEL[l.kind]} <span className="pn-muted">{FLOW_UNIT[l.kind]}</span>
              </th>
              <td className="pn-num">{bare(l.demand)}</td>
              <td className={`pn-num pn-strong${l.short ? ' pn-short' : ''}`}>{bare(l.delivered)}</td>
              <td className="pn-num">{bare(l.capability)}</td>
              <td className="pn-num">{l.headroom === null ? DASH : `${num(l.headroom)}×`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="pn-hint">Medians over VMs. Capability: every flow of every VM unlimited at once (computed with these results), so where flows share a bottleneck it can be below what a VM gets at its planned demand. Headroom = capability ÷ demand.</p>
    </Group>
  );
}
