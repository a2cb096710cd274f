// What the design delivers in the current IOV mode, live. A result for an older revision of the
// design is shown dimmed and marked as computing — never as current.
import { MODE_LABEL } from '../domain';
import { useApp } from '../store';
import { SeverityIcon } from './bits';
import { useCurrentResult } from './hooks';
import { BandwidthSection } from './results/BandwidthSection';
import { CostSection, DensitySection, HostPathSection, LatencySection, PortsSection, PowerSection, QualitativeSection } from './results/DetailSections';
import { Headline } from './results/Headline';
import { BottleneckList, FallbackList, UnreachableList } from './results/LimitsSections';
import { ModeCompare } from './results/ModeCompare';
import { SanTransportSection } from './results/SanTransportSection';
import { refusalOf, statusText } from './results/resultsModel';
import { BuildErrors } from './results/BuildErrors';
import { DemandHeadline, DemandSection } from './results/DemandSection';
import './panels.css';

export interface ResultsPanelProps {
  /** Run the simulation again after a failure (the app restarts the worker itself). */
  onRetry?: () => void;
}

export function ResultsPanel({ onRetry }: ResultsPanelProps = {}) {
  const { sim, mode, stale, dimmed } = useCurrentResult();
  const modeName = useApp((s) => s.design.settings.mode);
  const currency = useApp((s) => s.design.settings.currency);
  const includesServers = useApp((s) => s.design.settings.includeServersAndStorage);
  // A run waiting for its worker to start (after a failure, or a large design's first run) says so.
  const status = sim.status === 'computing' && sim.starting ? { text: 'Starting…', tone: 'busy' as const } : statusText(sim);
  const result = sim.result;
  // A refusal is about the current design only when the result is current.
  const refusal = stale ? null : refusalOf(result);

  return (
    <section className="pn-panel pn-results" aria-label="Results" aria-busy={sim.status === 'computing'}>
      <header className="pn-panel-head pn-head-stack">
        <div className="pn-head-row">
          <p className="pn-overline">IOV mode</p>
          <p role="status" className={`pn-status pn-status-${status.tone}`}>
            <span className="pn-dot" aria-hidden="true" />
            {status.text}
          </p>
        </div>
        <h2>{MODE_LABEL[modeName]}</h2>
      </header>

      {sim.status === 'error' ? (
        <div role="alert" className="pn-alert">
          <SeverityIcon severity="error" size={16} />
          <div>
            <p className="pn-alert-title">The simulation failed</p>
            <p>{sim.error ?? 'The simulator stopped without saying why.'}</p>
            <p className="pn-muted">
              Your design is safe. {result ? 'The numbers below are from before your last edit. ' : ''}
              Retry starts a new simulator; an edit runs it again too.
            </p>
            {onRetry ? (
              <button type="button" className="pn-btn" onClick={onRetry}>
                Retry
              </button>
            ) : null}
          </div>
        </div>
      ) : null}

      {refusal ? (
        <div role="alert" className="pn-alert">
          <SeverityIcon severity="error" size={16} />
          <div>
            <p className="pn-alert-title">This design is too large to simulate</p>
            {/* The title already says it is too large: show the why, not the same words twice. */}
            <p>{refusal.replace(/^The design is too large to simulate: it/, 'It')}</p>
            <p className="pn-muted">Nothing was lost: the design is saved as it is. Make it smaller and the results come back.</p>
          </div>
        </div>
      ) : null}

      {!stale && result && mode ? <BuildErrors result={result} mode={mode} /> : null}

      {!result || !mode ? (
        sim.status === 'error' || refusal ? null : <ResultsSkeleton />
      ) : (
        <>
          {dimmed && sim.status !== 'error' ? <p className="pn-banner pn-banner-busy">Updating — the numbers below are from before your last edit.</p> : null}
          <div className={`pn-results-body${dimmed ? ' pn-stale' : ''}`}>
          <DemandHeadline mode={mode} result={result} />
          <Headline mode={mode} currency={currency} includesServers={includesServers} />
          <FallbackList mode={mode} />
          <UnreachableList mode={mode} />
          <DemandSection mode={mode} result={result} />
          <BandwidthSection mode={mode} result={result} />
          <BottleneckList mode={mode} />
          <ModeCompare result={result} current={modeName} />
          <LatencySection mode={mode} />
          <DensitySection mode={mode} />
          <CostSection mode={mode} currency={currency} includesServers={includesServers} />
          <PowerSection mode={mode} includesServers={includesServers} />
          <PortsSection mode={mode} />
          <HostPathSection mode={mode} />
          <SanTransportSection mode={mode} />
          <QualitativeSection mode={mode} />
          </div>
        </>
      )}
    </section>
  );
}

function ResultsSkeleton() {
  return (
    <div className="pn-skeleton" aria-hidden="true">
      <div className="pn-sk pn-sk-tiles" />
      <div className="pn-sk" />
      <div className="pn-sk" />
      <div className="pn-sk pn-sk-short" />
    </div>
  );
}
