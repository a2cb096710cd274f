// The Compare view: design A against design B, each simulated in a worker of its own (planned
// demand and capability in one request), as one table (A, B, B − A, B ÷ A), charts, and the
// whitepaper's Table 3 regenerated. It covers the workspace; the design open stays as it was.
import { lazy, memo, Suspense, useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { buildErrors, compareSections, fallbackLines, serversOf, type CompareSide } from '../analysis';
import { IOV_MODES, MODE_LABEL, MODE_IN_TEXT, MODE_SHORT, type IovMode } from '../domain';
import { getTemplate } from '../scenarios';
import { appStore, useApp, type DesignSession } from '../store';
import { useLibraryEntriesOf } from './useLibraryEntries';
import { choiceGroups, type Choice } from './choices';
import { CompareTable } from './CompareTable';
import { SidePicker } from './SidePicker';
import { Summary } from './Summary';
import { Table3Section } from './Table3Section';
import { useSideRun, type SideRun } from './useSideRun';
import { useStages } from './useStages';
import './comparison.css';

const CompareCharts = lazy(() => import('./CompareCharts'));

/** Sections drawn in the first frame: cost and power, what a 1280×800 window shows first. */
const FIRST_SECTIONS = 2;

export const BASELINE_TEMPLATE = 'seed-baseline-gige-fc';

export interface CompareViewProps {
  session: DesignSession | null;
  onClose(): void;
  /** What starts on each side (default: the GigE + FC baseline against this design). */
  initial?: { a: Choice; b: Choice };
}

export function CompareView({ session, onClose, initial }: CompareViewProps) {
  const headingId = useId();
  // The design open when the view opened: the view covers the canvas, so it cannot change meanwhile.
  const [current] = useState(() => appStore().getState().design);
  const currentId = useApp((s) => s.persist.designId);
  const currency = useApp((s) => s.design.settings.currency);
  // A design opened from a template that names a partner (today's Ethernet and InfiniBand pair) is compared with it.
  const [a, setA] = useState<Choice>(initial?.a ?? { kind: 'template', id: (current.templateId && getTemplate(current.templateId)?.compareWith) || BASELINE_TEMPLATE });
  const [b, setB] = useState<Choice>(initial?.b ?? { kind: 'current' });
  const [mode, setMode] = useState<IovMode>(current.settings.mode);
  const [fileError, setFileError] = useState<string | null>(null);
  const entries = useLibraryEntriesOf(session);
  const groups = useMemo(() => choiceGroups(entries, currentId), [entries, currentId]);
  const runA = useSideRun(a, current, session);
  const runB = useSideRun(b, current, session);
  const modeRadio = useId();

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape' && !document.querySelector('[aria-modal="true"]')) onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const ready = runA.status === 'ready' && runB.status === 'ready' && runA.result.modes.length > 0 && runB.result.modes.length > 0;
  // One object per result, so what derives from them is computed once per pair, not per render.
  const sideA = useMemo(() => (ready ? side(runA) : null), [ready, runA]);
  const sideB = useMemo(() => (ready ? side(runB) : null), [ready, runB]);
  // Drawn in steps, one commit per frame, so that no frame lays out the whole view at once: the
  // first sections of figures (what shows above the fold), the rest, the charts, then Table 3.
  const stage = useStages(sideA?.result, sideB?.result, 3);
  // The radio answers at once; the tables for the new mode render in an interruptible pass.
  const shownMode = useDeferredValue(mode);
  const allSections = useMemo(() => (sideA && sideB ? compareSections(sideA, sideB, shownMode) : []), [sideA, sideB, shownMode]);
  const sections = useMemo(() => (stage >= 1 ? allSections : allSections.slice(0, FIRST_SECTIONS)), [allSections, stage]);

  return (
    <section className="cmp" aria-labelledby={headingId}>
      <header className="cmp-header">
        <h1 id={headingId}>Compare designs</h1>
        <span className="cmp-spacer" />
        <button type="button" className="cmp-btn" onClick={() => { setA(b); setB(a); }} aria-label="Swap A and B">
          ⇄ Swap
        </button>
        <button type="button" className="cmp-btn cmp-close" onClick={onClose} aria-label="Close the comparison" title="Close (Esc)">
          Close
        </button>
      </header>
      <div className="cmp-body">
        <div className="cmp-pickers">
          <SidePicker tag="A" choice={a} groups={groups} currentName={current.name} run={runA} onChoose={(c) => { setFileError(null); setA(c); }} onFileError={setFileError} />
          <SidePicker tag="B" choice={b} groups={groups} currentName={current.name} run={runB} onChoose={(c) => { setFileError(null); setB(c); }} onFileError={setFileError} />
          <div className="cmp-mode">
            <span className="cmp-tag" id={`${modeRadio}-l`}>IOV mode</span>
            <div className="cmp-seg" role="radiogroup" aria-labelledby={`${modeRadio}-l`}>
              {IOV_MODES.map((m) => (
                <label key={m} className={m === mode ? 'cmp-on' : undefined} title={MODE_LABEL[m]}>
                  <input type="radio" name={modeRadio} value={m} checked={m === mode} onChange={() => setMode(m)} />
                  {MODE_SHORT[m]}
                </label>
              ))}
            </div>
          </div>
        </div>
        {fileError ? <p role="alert" className="cmp-alert">That file cannot be compared: {fileError}</p> : null}
        {!ready ? (
          <p className="cmp-waiting" role="status">{waitingText(runA, runB)}</p>
        ) : (
          <>
            <Summary a={sideA!} b={sideB!} mode={shownMode} currency={currency} />
            <SideNotes a={sideA!} b={sideB!} mode={shownMode} />
            <div className="cmp-grid">
              <section className="cmp-card cmp-main" aria-label="Figures">
                <CompareTable sections={sections} nameA={sideA!.name} nameB={sideB!.name} currency={currency} caption={`${sideA!.name} (A) against ${sideB!.name} (B), ${MODE_LABEL[shownMode]}`} />
                <p className="cmp-hint">
                  Cost, power and cabling are the same in every mode. Per-VM figures are medians over VMs: <b>demand</b> is what the workload asks, <b>delivered</b> what the VM gets, <b>capability</b> what it could get if every VM pushed as hard as it can. Prices in {currency.code}; TCO per VM counts only the VMs that run (planned, capped by what fits).
                </p>
              </section>
              <Suspense fallback={<div className="cmp-charts" aria-hidden="true" />}>
                {stage >= 2 ? <CompareCharts a={sideA!.result} b={sideB!.result} currency={currency} /> : <div className="cmp-charts" aria-hidden="true" />}
              </Suspense>
            </div>
            {stage >= 3 ? <Table3 a={sideA!.result} b={sideB!.result} /> : null}
          </>
        )}
      </div>
    </section>
  );
}

function side(run: Extract<SideRun, { status: 'ready' }>): CompareSide {
  return { name: run.design.name, servers: serversOf(run.result), result: run.result, includesServers: run.design.settings.includeServersAndStorage };
}

function waitingText(a: SideRun, b: SideRun): string {
  const refused = (r: SideRun): string | null => (r.status === 'ready' && r.result.modes.length === 0 ? (r.result.findings[0]?.message ?? 'nothing to simulate') : null);
  const ra = refused(a);
  const rb = refused(b);
  if (ra || rb) return `Cannot compare: ${ra ? `A: ${ra} ` : ''}${rb ? `B: ${rb}` : ''}`;
  if (a.status === 'error' || b.status === 'error') return 'Choose another design for the side that failed.';
  return 'Simulating both designs…';
}

/** Per side: not buildable as drawn (error findings), and fallbacks said once per part. */
const SideNotes = memo(function SideNotes({ a, b, mode }: { a: CompareSide; b: CompareSide; mode: IovMode }) {
  const notes = ([['A', a], ['B', b]] as const).flatMap(([tag, s]) => {
    const m = s.result.modes.find((x) => x.mode === mode);
    const errors = buildErrors(s.result, m);
    const fallbacks = m ? fallbackLines(m) : [];
    return [
      ...(errors.length ? [{ key: `${tag}-e`, tone: 'error', text: `${tag} is not buildable as drawn: ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}`, list: errors.map((e) => e.message) }] : []),
      ...(fallbacks.length ? [{ key: `${tag}-f`, tone: 'warning', text: `${tag} in ${MODE_IN_TEXT[mode]} mode:`, list: fallbacks.map((f) => f.text) }] : []),
    ];
  });
  if (!notes.length) return null;
  return (
    <div className="cmp-notes">
      {notes.map((n) => (
        <div key={n.key} className={`cmp-note-box cmp-note-${n.tone}`} role={n.tone === 'error' ? 'alert' : undefined}>
          <p>{n.text}</p>
          <ul>
            {n.list.slice(0, 6).map((t) => (
              <li key={t}>{t}</li>
            ))}
            {n.list.length > 6 ? <li>and {n.list.length - 6} more</li> : null}
          </ul>
        </div>
      ))}
    </div>
  );
});

/** Table 3 does not depend on the mode: a mode click does not redraw it. */
const Table3 = memo(Table3Section);
