// What is wrong or worth knowing about the design in the current mode, worst first. Each finding
// that is about a place on the canvas takes you there.
import { plural, useDimmed } from '../ui';
import { useMemo } from 'react';
import { MODE_LABEL, type Finding } from '../domain';
import { useApp } from '../store';
import { SeverityIcon } from './bits';
import { collectFindings, countBySeverity, groupFindings, isAllClear, SEVERITIES, SEVERITY_LABEL } from './findings/findingsModel';
import { canGoTo, isStale, useGoTo } from './hooks';
import './panels.css';

const SHOWN_PER_GROUP = 100;

export function FindingsPanel() {
  const result = useApp((s) => s.sim.result);
  const failed = useApp((s) => s.sim.status === 'error');
  const dimmed = useDimmed(
    useApp((s) => isStale(s.sim)),
    failed,
  );
  const mode = useApp((s) => s.design.settings.mode);
  const findings = useMemo(() => collectFindings(result, mode), [result, mode]);
  const groups = useMemo(() => groupFindings(findings), [findings]);
  const counts = countBySeverity(findings);
  const goTo = useGoTo();

  return (
    <section className="pn-panel pn-findings" aria-label="Findings">
      <header className="pn-panel-head pn-head-stack">
        <div>
          <p className="pn-overline">In {MODE_LABEL[mode]}</p>
          <h2>Findings</h2>
        </div>
        <p className="pn-counts">
          {SEVERITIES.map((s) => (
            <span key={s} className={`pn-count pn-count-${s}${counts[s] ? '' : ' pn-zero'}`}>
              <SeverityIcon severity={s} size={13} />
              {plural(counts[s], SEVERITY_LABEL[s].one.toLowerCase(), SEVERITY_LABEL[s].many.toLowerCase())}
            </span>
          ))}
        </p>
      </header>
      {dimmed ? <p className="pn-banner pn-banner-busy">{failed ? 'The last run failed: these findings are from before your last edit.' : 'Checking the latest edit…'}</p> : null}
      {!result ? (
        <p className="pn-empty">Checking the design…</p>
      ) : isAllClear(result, mode) ? (
        <p className={`pn-allclear${dimmed ? ' pn-stale' : ''}`}>
          <SeverityIcon severity="ok" size={16} />
          No findings — every port is cabled and every VM reaches LAN and SAN.
        </p>
      ) : findings.length === 0 ? (
        <p className={`pn-empty${dimmed ? ' pn-stale' : ''}`}>No findings. Some VMs have flows without a path: see Unreachable flows in Results.</p>
      ) : (
        <div className={dimmed ? 'pn-stale' : undefined}>
          {groups.map((g) => (
            <div key={g.severity} className={`pn-group pn-fgroup pn-fgroup-${g.severity}`} role="group" aria-label={`${g.title}: ${g.items.length}`}>
              <h3 className="pn-fgroup-head">
                <SeverityIcon severity={g.severity} />
                {g.title}
                <span className="pn-badge">{g.items.length}</span>
              </h3>
              <ul className="pn-list">
                {g.items.slice(0, SHOWN_PER_GROUP).map((f, i) => (
                  <li key={`${f.code}-${f.nodeId ?? ''}-${f.adapterId ?? ''}-${i}`}>
                    <FindingItem finding={f} onGo={goTo} />
                  </li>
                ))}
                {g.items.length > SHOWN_PER_GROUP ? <li className="pn-more">and {g.items.length - SHOWN_PER_GROUP} more</li> : null}
              </ul>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}

function FindingItem({ finding, onGo }: { finding: Finding; onGo(f: Finding): void }) {
  const body = (
    <>
      <SeverityIcon severity={finding.severity} />
      <span className="pn-finding-text">{finding.message}</span>
    </>
  );
  if (!canGoTo(finding)) return <p className="pn-finding">{body}</p>;
  return (
    <button type="button" className="pn-finding" onClick={() => onGo(finding)} title="Show on the canvas">
      {body}
      <svg className="pn-go" width="14" height="14" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" aria-hidden="true">
        <circle cx="8" cy="8" r="2.5" />
        <path d="M8 1.5v3M8 11.5v3M1.5 8h3M11.5 8h3" />
      </svg>
    </button>
  );
}
