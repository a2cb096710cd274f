import { lazy, Suspense, useEffect, useState } from 'react';
import { DesignCanvas, Palette } from '../canvas';
import { LibraryView } from '../library';
import { appStore, useApp, type DesignSession, type SimulationLink } from '../store';
import { command, handleShortcut } from './commands';
import { ConflictBanner } from './ConflictBanner';
import { OpenFileButton } from './FileActions';
import { FileDropZone } from './FileDropZone';
import { looksLikeDesignJson, openDesignText } from './files';
import { LiveBudget } from './LiveBudget';
import { NewMenu } from './NewMenu';
import { Notices } from './Notices';
import { ProblemDialog } from './ProblemDialog';
import { RightPanel } from './RightPanel';
import { SharedBanner } from './SharedBanner';
import { SkipLinks } from './SkipLinks';
import { StorageFullBanner } from './StorageFullBanner';
import { TopBar } from './TopBar';
import { ViewBoundary } from './ViewBoundary';
import './app.css';

const CompareView = lazy(() => import('../comparison').then((m) => ({ default: m.CompareView })));
const AboutModel = lazy(() => import('../panels/AboutModel').then((m) => ({ default: m.AboutModel })));

/** Typing or pasting into a field keeps its own keys and clipboard. */
const inField = (target: EventTarget | null): boolean => target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function App({ session, simulation }: { session: DesignSession | null; simulation: SimulationLink }) {
  const theme = useApp((s) => s.theme);
  const designId = useApp((s) => s.persist.designId);
  const [about, setAbout] = useState(false);
  // The Designs view stays open only while the design it was opened over is the current one:
  // opening another design (from the list, New, a file) shows that design.
  const [designsOver, setDesignsOver] = useState<string | null | undefined>(undefined);
  const designs = designsOver !== undefined && designsOver === designId;
  const setDesigns = (open: boolean): void => setDesignsOver(open ? designId : undefined);
  const [newMenu, setNewMenu] = useState(false);
  const [compare, setCompare] = useState(false);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    localStorage.setItem('iov-theme', theme);
  }, [theme]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      handleShortcut(appStore(), e);
    };
    // Ctrl/⌘+V arrives as a paste event: design JSON opens as a new design, anything else pastes copied nodes.
    const onPaste = (e: ClipboardEvent): void => {
      if (inField(e.target) || document.querySelector('[aria-modal="true"]')) return;
      const text = e.clipboardData?.getData('text/plain') ?? '';
      e.preventDefault();
      if (looksLikeDesignJson(text)) void openDesignText(text, 'the pasted design');
      else command('paste').perform(appStore());
    };
    const onCopy = (e: ClipboardEvent): void => {
      if (inField(e.target) || document.querySelector('[aria-modal="true"]')) return;
      const store = appStore();
      const copy = command('copy');
      if (copy.enabled && !copy.enabled(store)) return; // nothing selected: the page's own copy
      e.preventDefault();
      copy.perform(store);
      const names = store.getState().clipboard?.nodes.map((n) => n.label) ?? [];
      e.clipboardData?.setData('text/plain', `IOV Planner: ${names.length} part${names.length === 1 ? '' : 's'} copied (${names.join(', ')})`);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('copy', onCopy);
    window.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('copy', onCopy);
      window.removeEventListener('paste', onPaste);
    };
  }, []);
  return (
    <div className="app">
      <SkipLinks />
      {/* Every view in a boundary of its own (ViewBoundary.tsx): one that throws leaves the others working. */}
      <ViewBoundary name="Top bar">
        <TopBar
          onAbout={() => setAbout(true)}
          designsOpen={designs}
          onDesigns={() => {
            setCompare(false);
            setDesigns(!designs);
          }}
          compareOpen={compare}
          onCompare={() => {
            setDesigns(false);
            setCompare(!compare);
          }}
        />
      </ViewBoundary>
      <div className="banners">
        <ViewBoundary name="Banners">
          <SharedBanner session={session} />
          <ConflictBanner session={session} />
          <StorageFullBanner />
        </ViewBoundary>
      </div>
      <main className="workspace">
        <ViewBoundary name="Parts palette">
          <Palette />
        </ViewBoundary>
        <FileDropZone>
          <ViewBoundary name="Canvas">
            <DesignCanvas />
          </ViewBoundary>
          <ViewBoundary name="Live budget">
            <LiveBudget />
          </ViewBoundary>
          <Notices />
        </FileDropZone>
        <RightPanel onRetry={simulation.rerun} />
        {designs && (
          <ViewBoundary name="Designs" className="view-failed-overlay" onClose={() => setDesigns(false)}>
            <LibraryView session={session} onClose={() => setDesigns(false)} newActions={
                  <>
                    <OpenFileButton label="Open a design file">Open file…</OpenFileButton>
                    <NewMenu open={newMenu} setOpen={setNewMenu} align="right" primary />
                  </>
                } />
          </ViewBoundary>
        )}
        {compare && (
          <ViewBoundary name="Compare" className="view-failed-overlay" onClose={() => setCompare(false)}>
            <Suspense fallback={null}>
              <CompareView session={session} onClose={() => setCompare(false)} />
            </Suspense>
          </ViewBoundary>
        )}
      </main>
      <ViewBoundary name="Problem dialog">
        <ProblemDialog />
      </ViewBoundary>
      {about && (
        <ViewBoundary name="About" className="view-failed-dialog" onClose={() => setAbout(false)}>
          <Suspense fallback={null}>
            <AboutModel onClose={() => setAbout(false)} />
          </Suspense>
        </ViewBoundary>
      )}
    </div>
  );
}
