// What holds the VMs back: the busiest resources, flows with no path, and adapters that cannot
// run the chosen mode. Each entry takes you to the place on the canvas.
import { fallbackLines } from '../../analysis';
import { int, plural } from '../../ui';
import { FLOW_KIND_LABEL, MODE_LABEL, type ModeResult } from '../../domain';
import { useApp } from '../../store';
import { Chip, Group, SeverityIcon, UtilBar } from '../bits';
import { useGoTo } from '../hooks';
import { RESOURCE_LABEL, topBottlenecks, whereText } from './resultsModel';

const Locate = () => (
  <svg className="pn-go" width="14" height="14" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" aria-hidden="true">
    <circle cx="8" cy="8" r="2.5" />
    <path d="M8 1.5v3M8 11.5v3M1.5 8h3M11.5 8h3" />
  </svg>
);

export function BottleneckList({ mode }: { mode: ModeResult }) {
  const goTo = useGoTo();
  const top = topBottlenecks(mode.bottlenecks);
  return (
    <Group title="Top bottlenecks" aside={mode.bottlenecks.length > 5 ? <Chip>{`5 of ${int(mode.bottlenecks.length)}`}</Chip> : undefined}>
      {top.length === 0 ? (
        <p className="pn-empty">Nothing limits the VMs: every flow gets its full demand.</p>
      ) : (
        <ol className="pn-list">
          {top.map((b) => {
            const target = b.kind === 'link' && b.linkId ? { linkId: b.linkId } : { nodeId: b.nodeId, linkId: b.linkId };
            const clickable = Boolean(target.nodeId || target.linkId);
            return (
              <li key={b.resource}>
                <button type="button" className="pn-bneck" disabled={!clickable} onClick={() => goTo(target)}>
                  <span className="pn-bneck-top">
                    <span className="pn-bneck-label" title={b.label}>{b.label}</span>
                    {clickable ? <Locate /> : null}
                  </span>
                  {b.busiest ? <span className="pn-bneck-where">{whereText(b)}</span> : null}
                  <span className="pn-bneck-meta">
                    <Chip>{RESOURCE_LABEL[b.kind]}</Chip>
                    <UtilBar utilization={b.utilization} />
                    <span className="pn-muted">{plural(b.flows, 'flow', 'flows')}</span>
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </Group>
  );
}

export function UnreachableList({ mode }: { mode: ModeResult }) {
  const goTo = useGoTo();
  const ids = mode.unreachable.map((u) => u.nodeId).join('|');
  const labels = useApp((s) => ids.split('|').map((id) => s.design.nodes.find((n) => n.id === id)?.label ?? id).join('\u0000')).split('\u0000');
  if (mode.unreachable.length === 0) return null;
  const total = mode.unreachable.reduce((t, u) => t + u.vms, 0);
  return (
    <Group title="Unreachable flows" className="pn-group-danger" aside={<Chip tone="danger">{plural(total, 'VM flow', 'VM flows')}</Chip>}>
      <ul className="pn-list">
        {mode.unreachable.map((u, i) => (
          <li key={`${u.kind}-${u.nodeId}`}>
            <button type="button" className="pn-issue" onClick={() => goTo({ nodeId: u.nodeId })}>
              <SeverityIcon severity="error" />
              <span className="pn-issue-text">
                <span className="pn-row-title">
                  {FLOW_KIND_LABEL[u.kind]} · {labels[i]} · {plural(u.vms, 'VM', 'VMs')}
                </span>
                <span className="pn-row-sub">{u.reason}</span>
              </span>
              <Locate />
            </button>
          </li>
        ))}
      </ul>
    </Group>
  );
}

export function FallbackList({ mode }: { mode: ModeResult }) {
  const goTo = useGoTo();
  if (mode.fallbacks.length === 0) return null;
  const lines = fallbackLines(mode);
  return (
    <Group title="Mode fallbacks" className="pn-group-warning" aside={<Chip tone="warning">{plural(lines.length, 'part', 'parts')}</Chip>}>
      <p className="pn-note pn-note-warning">
        Not every adapter supports {MODE_LABEL[mode.mode]}. These run in {MODE_LABEL.software} instead, and the numbers above include that.
      </p>
      {/* Once per part, not once per adapter instance: 768 identical lines say nothing more than one. */}
      <ul className="pn-list">
        {lines.map((f) => (
          <li key={f.adapterPart}>
            <button type="button" className="pn-issue" onClick={() => goTo(f.first)}>
              <SeverityIcon severity="warning" />
              <span className="pn-issue-text">
                <span className="pn-row-title">{f.text}</span>
                <span className="pn-row-sub">{f.reason}</span>
              </span>
              <Locate />
            </button>
          </li>
        ))}
      </ul>
    </Group>
  );
}
