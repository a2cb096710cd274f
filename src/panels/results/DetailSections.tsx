// The rest of a mode's result: latency, density, cost, power, ports, host path and Table 3.
import { qualitativeVia, scopeSentence, scopeShort, viaText, type QualitativeKey } from '../../analysis';
import type { ModeResult } from '../../domain';
import { int, money, plural } from '../../ui';
import { Chip, Group, SourceTip } from '../bits';
import { HostPathHead, HostPathRows } from './HostPathRows';
import { KvTable } from './KvTable';
import { costRows, latencyRows, powerRows, queueingNotes, shares, type Share } from './resultsModel';
import { SOURCES } from './sources';

type Currency = { code: string; perUsd: number };

export function LatencySection({ mode }: { mode: ModeResult }) {
  const rows = latencyRows(mode);
  const notes = queueingNotes(mode);
  return (
    <Group title="Latency, one way (median)" aside={<SourceTip source={SOURCES.latency} />}>
      <table className="pn-table pn-stats" aria-label="Latency">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Load</span>
            </th>
            {rows.map((r) => (
              <th key={r.kind} scope="col" className="pn-num">
                {r.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Unloaded</th>
            {rows.map((r) => (
              <td key={r.kind} className="pn-num">
                {r.unloaded}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">Loaded</th>
            {rows.map((r) => (
              <td key={r.kind} className="pn-num pn-strong">
                {r.loaded}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      {notes.length > 0 ? (
        <ul className="pn-queueing" aria-label="Where loaded latency comes from">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
    </Group>
  );
}

const LIMIT = { cpu: 'CPU', memory: 'Memory', 'adapter-vms': 'Adapter VFs' } as const;
/** Groups listed; a design drawn server by server has thousands (the tightest come first). */
const SHOWN_GROUPS = 12;

export function DensitySection({ mode }: { mode: ModeResult }) {
  const { vmsPerServer, groups: all } = mode.density;
  const groups = all.length > SHOWN_GROUPS ? [...all].sort((a, b) => a.fit - a.planned - (b.fit - b.planned)).slice(0, SHOWN_GROUPS) : all;
  return (
    <Group title="VMs per server" aside={<SourceTip source={SOURCES.density} />}>
      <p className="pn-big">
        {int(vmsPerServer)} <span>VMs per server fit</span>
      </p>
      {groups.length > 0 ? (
        <table className="pn-table pn-stats" aria-label="VMs per server by group">
          <thead>
            <tr>
              <th scope="col">Server group</th>
              <th scope="col" className="pn-num">Planned</th>
              <th scope="col" className="pn-num">Fit</th>
              <th scope="col">Limited by</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.nodeId} className={g.fit < g.planned ? 'pn-tone-warning' : undefined}>
                <th scope="row" className="pn-ellipsis" title={g.label}>
                  {g.label}
                </th>
                <td className="pn-num">{int(g.planned)} VMs</td>
                <td className="pn-num pn-strong">{int(g.fit)} VMs</td>
                <td>{LIMIT[g.limitedBy]}</td>
              </tr>
            ))}
            {all.length > groups.length && (
              <tr>
                <td colSpan={4} className="pn-more">
                  and {int(all.length - groups.length)} more groups with room to spare
                </td>
              </tr>
            )}
          </tbody>
        </table>
      ) : null}
    </Group>
  );
}

const SHARE_COLOR: Record<Share['key'], string> = {
  adapters: 'var(--accent)',
  switches: 'var(--kind-switch)',
  gateways: 'var(--kind-gateway)',
  cables: 'var(--util-0)',
  servers: 'var(--kind-network)',
  storage: 'var(--kind-storage)',
};

function ShareBar({ items, format, label }: { items: Share[]; format(v: number): string; label: string }) {
  if (items.length === 0) return null;
  return (
    <div className="pn-share">
      <div className="pn-share-bar" aria-hidden="true">
        {items.map((s) => (
          <span key={s.key} style={{ width: `${s.share * 100}%`, background: SHARE_COLOR[s.key] }} title={`${s.label}: ${format(s.value)}`} />
        ))}
      </div>
      <ul className="pn-legend" aria-label={label}>
        {items.map((s) => (
          <li key={s.key}>
            <span className="pn-swatch" style={{ background: SHARE_COLOR[s.key] }} aria-hidden="true" />
            {s.label} <b>{format(s.value)}</b> <span className="pn-muted">{Math.round(s.share * 100)}%</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** "I/O + switches" or "All hardware", with the whole sentence as its tooltip. */
function ScopeChip({ includesServers }: { includesServers: boolean }) {
  const short = scopeShort(includesServers);
  return (
    <Chip title={scopeSentence(includesServers)}>
      {short[0]!.toUpperCase() + short.slice(1)}
    </Chip>
  );
}

export function CostSection({ mode, currency, includesServers }: { mode: ModeResult; currency: Currency; includesServers: boolean }) {
  const rows = costRows(mode.cost, mode.vm.count, currency);
  return (
    <Group
      title="Cost"
      aside={
        <span className="pn-aside">
          <ScopeChip includesServers={includesServers} />
          <SourceTip source={`${SOURCES.cost} ${SOURCES.prices}`} />
        </span>
      }
    >
      <KvTable label="Cost" rows={rows.map((r, i) => ({ ...r, tone: i === 3 ? 'strong' : undefined }))} />
      <ShareBar items={shares(mode.cost.capexByCategoryUsd)} format={(v) => money(v, currency)} label="Capex by category" />
    </Group>
  );
}

export function PowerSection({ mode, includesServers }: { mode: ModeResult; includesServers: boolean }) {
  const w = (v: number): string => `${int(Math.round(v))} W`;
  return (
    <Group title="Power" aside={<ScopeChip includesServers={includesServers} />}>
      <KvTable label="Power" rows={powerRows(mode.power, includesServers).map(({ total, ...r }) => ({ ...r, tone: total ? 'strong' : undefined }))} />
      <ShareBar items={shares(mode.power.byCategoryW)} format={w} label="Power by category" />
      {includesServers ? null : <p className="pn-hint">Servers and storage are not counted. To count them: Inspector, design settings, Include servers and storage.</p>}
    </Group>
  );
}

export function PortsSection({ mode }: { mode: ModeResult }) {
  const p = mode.ports;
  return (
    <Group title="Ports and cables">
      <KvTable
        label="Ports and cables"
        rows={[
          { label: 'Ports per server', value: plural(Math.round(p.perServer * 100) / 100, 'port', 'ports') },
          { label: 'Adapters', value: plural(p.adapters, 'adapter', 'adapters') },
          { label: 'Cables', value: plural(p.cables, 'cable', 'cables') },
          { label: 'Switch ports used', value: plural(p.switchPorts, 'port', 'ports') },
          { label: 'Server ports cabled', value: plural(p.serverPorts, 'port', 'ports') },
        ]}
      />
    </Group>
  );
}

export function HostPathSection({ mode }: { mode: ModeResult }) {
  if (mode.hostPath.length === 0) return null;
  const byAdapter = new Map<string, typeof mode.hostPath>();
  for (const h of mode.hostPath) byAdapter.set(h.adapterName, [...(byAdapter.get(h.adapterName) ?? []), h]);
  return (
    <Group title="Host path per adapter" aside={<SourceTip source={SOURCES.hostPath} />}>
      <table className="pn-table pn-stats" aria-label="Host path per adapter">
        <HostPathHead />
        {[...byAdapter].map(([name, entries]) => (
          <tbody key={name}>
            <tr className="pn-subhead">
              <th scope="colgroup" colSpan={3}>
                {name}
              </th>
            </tr>
            <HostPathRows entries={entries} strong />
          </tbody>
        ))}
      </table>
    </Group>
  );
}

const QUALITATIVE: ReadonlyArray<{ key: QualitativeKey; label: string }> = [
  { key: 'legacyIoInVms', label: 'Legacy I/O in VMs' },
  { key: 'managementTransparency', label: 'Management transparency' },
  { key: 'liveMigration', label: 'Live migration' },
];

export function QualitativeSection({ mode }: { mode: ModeResult }) {
  const q = mode.qualitative;
  // A value kept only because adapters fall back to another mode says so beside the chip.
  const value = (key: QualitativeKey) => {
    const v = q[key];
    const via = qualitativeVia(mode, key);
    return (
      <>
        <Chip tone={v ? 'ok' : 'neutral'}>{v ? 'Yes' : 'No'}</Chip>
        {via ? <span className="pn-via"> ({viaText(via)})</span> : null}
      </>
    );
  };
  return (
    <Group title="Table 3: what VMs keep" aside={<SourceTip source={SOURCES.qualitative} />}>
      <KvTable label="Qualitative" rows={QUALITATIVE.map((r) => ({ label: r.label, value: value(r.key) }))} />
    </Group>
  );
}
