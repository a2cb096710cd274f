import { lazy, startTransition, Suspense, useEffect, useRef, useState } from 'react';
import { FindingsPanel, Inspector, ResultsPanel } from '../panels';
import { appStore, useApp } from '../store';
import { ViewBoundary } from './ViewBoundary';

type Tab = 'results' | 'inspector' | 'findings' | 'whatif';

// What-if analysis (n−1, sweeps, charts, its worker pool) loads when its tab is first opened.
const WhatIfPanel = lazy(() => import('../whatif/WhatIfPanel'));

function useFindingCount(): number {
  return useApp((s) => {
    const r = s.sim.result;
    if (!r) return 0;
    const mode = r.modes.find((m) => m.mode === s.design.settings.mode);
    return r.findings.filter((f) => f.severity !== 'info').length + (mode?.findings.filter((f) => f.severity !== 'info').length ?? 0);
  });
}

/** Results, inspector and findings share the right column; a selection made on the canvas opens the inspector. */
export function RightPanel({ onRetry }: { onRetry(): void }) {
  const [tab, setTab] = useState<Tab>('results');
  const findings = useFindingCount();
  const failed = useApp((s) => s.design.failures?.length ?? 0);
  const lastFocus = useRef(appStore().getState().focus);
  useEffect(
    () =>
      appStore().subscribe((s, prev) => {
        const fromFocus = s.focus !== lastFocus.current;
        lastFocus.current = s.focus;
        const sel = s.selection;
        const picked = sel.nodes.length + sel.links.length > 0 || sel.adapter !== undefined;
        // Clicking a bottleneck or finding selects its node too; stay on the list the user is reading.
        // A transition: mounting the inspector is interruptible, so a drag that selects a node starts at once.
        if (s.selection !== prev.selection && picked && !fromFocus) startTransition(() => setTab('inspector'));
      }),
    [],
  );
  const tabs: [Tab, string][] = [
    ['results', 'Results'],
    ['inspector', 'Inspector'],
    ['findings', findings ? `Findings (${findings})` : 'Findings'],
    ['whatif', failed ? `What-if (${failed})` : 'What-if'],
  ];
  return (
    <div className="right-panel">
      <div role="tablist" aria-label="Panels" className="tabs">
        {tabs.map(([id, label]) => (
          <button key={id} type="button" role="tab" id={`tab-${id}`} aria-selected={tab === id} aria-controls={`tabpanel-${id}`} onClick={() => setTab(id)}>
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-body">
        {/* Each tab in a boundary of its own (keyed: another tab starts afresh). */}
        <ViewBoundary key={tab} name={tabs.find(([id]) => id === tab)![1].replace(/ \(\d+\)$/, '')}>
          {tab === 'results' && <ResultsPanel onRetry={onRetry} />}
          {tab === 'inspector' && <Inspector />}
          {tab === 'findings' && <FindingsPanel />}
          {tab === 'whatif' && (
            <Suspense fallback={<p className="pn-empty">Loading what-if analysis…</p>}>
              <WhatIfPanel />
            </Suspense>
          )}
        </ViewBoundary>
      </div>
    </div>
  );
}
