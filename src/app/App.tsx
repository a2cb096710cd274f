import { lazy, Suspense, useEffect, useState } from 'react';
import { DesignCanvas, Palette } from '../canvas';
import { appStore, useApp, type PersistenceLink, type SimulationLink } from '../store';
import { handleShortcut } from './commands';
import { ConflictBanner } from './ConflictBanner';
import { LiveBudget } from './LiveBudget';
import { Notices } from './Notices';
import { RightPanel } from './RightPanel';
import { TopBar } from './TopBar';
import './app.css';

const AboutModel = lazy(() => import('../panels/AboutModel').then((m) => ({ default: m.AboutModel })));

export function App({ persistence, simulation }: { persistence: PersistenceLink; simulation: SimulationLink }) {
  const theme = useApp((s) => s.theme);
  const [about, setAbout] = useState(false);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    localStorage.setItem('iov-theme', theme);
  }, [theme]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      handleShortcut(appStore(), e);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="app">
      <TopBar onAbout={() => setAbout(true)} />
      <ConflictBanner onKeepMine={() => void persistence.keepMine()} onLoadTheirs={() => void persistence.loadTheirs()} />
      <main className="workspace">
        <Palette />
        <div className="canvas-column">
          <DesignCanvas />
          <LiveBudget />
          <Notices />
        </div>
        <RightPanel onRetry={simulation.rerun} />
      </main>
      {about && (
        <Suspense fallback={null}>
          <AboutModel onClose={() => setAbout(false)} />
        </Suspense>
      )}
    </div>
  );
}
