// What the workload asks (demand), what each VM gets (delivered) and what it could get if that
// kind pushed as hard as it can (capability, computed right after these results from the same
// routes), with the tightest VM's headroom. The headline says first whether demand is met, and
// when it is not, how many VMs get how much.
import { demandLines, demandVerdict, FLOW_UNIT, metInText } from '../../analysis';
import { FLOW_KIND_LABEL, type ModeResult, type SimulationResult } from '../../domain';
import { num } from '../../ui';
import { Group } from '../bits';
import { DASH } from './resultsModel';

/** In the table the unit is in the row's name (the panel is narrow): the number alone. */
const bare = (v: number | null): string => (v === null ? DASH : num(v));
const PENDING = '…';

export function DemandHeadline({ mode, result }: { mode: ModeResult; result: SimulationResult }) {
  const v = demandVerdict(mode, result);
  return (
    <p className={`pn-demand ${v.met ? 'pn-demand-ok' : 'pn-demand-short'}`} aria-label="Demand">
      <b>{v.title}</b>: {v.detail}.{v.met ? null : ` ${metInText(v.metIn)}${v.metIn.length ? ' (IOV mode in the top bar)' : ''}.`}
      {v.headroom ? ` Headroom: ${v.headroom}.` : null}
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
            <th scope="col" className="pn-num" title="What the workload asks (median VM)">Demand</th>
            <th scope="col" className="pn-num" title="What the VM gets (median VM)">Delivered</th>
            <th scope="col" className="pn-num" title="What the VM could get if this kind pushed as hard as it can, the other kinds at their demand (median VM); never below delivered">Capability</th>
            <th scope="col" className="pn-num" title="The tightest VM's capability ÷ its demand">Head­room</th>
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
              <td className="pn-num" aria-busy={l.pending || undefined}>{l.pending ? PENDING : bare(l.capability)}</td>
              <td className="pn-num" aria-busy={l.pending || undefined}>{l.pending ? PENDING : l.headroom === null ? DASH : `${num(l.headroom)}×`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="pn-hint">
        Per VM that runs (planned, capped by what fits). Demand, delivered and capability are the median VM's own figures. Capability: each kind pushed as hard as it can while the others keep their demand — never below delivered. Headroom: the tightest VM's capability ÷ its demand.
      </p>
    </Group>
  );
}
