import { useState } from 'react';
import { IOV_MODES, MODE_SHORT, type IovMode } from '../domain';
import { useApp, useHistory, appStore } from '../store';
import { command, shortcutText } from './commands';
import { DesignName } from './DesignName';
import { ExportMenu } from '../exportMenu';
import { FileActions } from './FileActions';
import { NewMenu } from './NewMenu';
import { SaveStatus } from './SaveStatus';

const MODE_HINT: Record<IovMode, string> = {
  software: 'VM I/O goes through the hypervisor’s virtual switch (emulated devices).',
  native: 'Paravirtual drivers: the hypervisor forwards I/O without a software switch hop.',
  passthrough: 'Each VM drives the adapter directly (virtual functions); the hypervisor is bypassed.',
  offload: 'Each VM keeps the standard virtio driver; the adapter or a DPU runs the datapath (vDPA): near line rate, live migration kept.',
};

function ModeSwitch() {
  const mode = useApp((s) => s.design.settings.mode);
  const updateSettings = useApp((s) => s.updateSettings);
  return (
    <div className="mode-switch" role="radiogroup" aria-label="IOV mode">
      {IOV_MODES.map((m) => (
        <button key={m} type="button" role="radio" aria-checked={mode === m} aria-label={MODE_SHORT[m]} title={MODE_HINT[m]} onClick={() => updateSettings({ mode: m })}>
          {/* Below 1600 px the bracket goes ("Offload"), so that every control keeps its place in the bar. */}
          {MODE_SHORT[m].replace(/ \(.*\)$/, '')}
          {/\(.*\)$/.test(MODE_SHORT[m]) && <span className="wide-only">{MODE_SHORT[m].replace(/^[^(]*/, ' ')}</span>}
        </button>
      ))}
    </div>
  );
}

function HistoryButtons() {
  const canUndo = useHistory((h) => h.pastStates.length > 0);
  const canRedo = useHistory((h) => h.futureStates.length > 0);
  const run = (id: string) => () => command(id).perform(appStore());
  return (
    <div className="button-group">
      <button type="button" aria-label="Undo" title={`Undo (${shortcutText('Mod+Z')})`} disabled={!canUndo} onClick={run('undo')}>
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path d="M9 14 4 9l5-5M4 9h11a5 5 0 0 1 0 10h-3" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" /></svg>
      </button>
      <button type="button" aria-label="Redo" title={`Redo (${shortcutText('Shift+Mod+Z')})`} disabled={!canRedo} onClick={run('redo')}>
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path d="m15 14 5-5-5-5M20 9H9a5 5 0 0 0 0 10h3" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" /></svg>
      </button>
    </div>
  );
}

function ThemeToggle() {
  const theme = useApp((s) => s.theme);
  const setTheme = useApp((s) => s.setTheme);
  return (
    <button type="button" aria-label="Dark theme" aria-pressed={theme === 'dark'} title="Dark theme" onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}>
      <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" /></svg>
    </button>
  );
}

export function TopBar({ onAbout, designsOpen, onDesigns, compareOpen = false, onCompare }: { onAbout(): void; designsOpen: boolean; onDesigns(): void; compareOpen?: boolean; onCompare?(): void }) {
  const [menuOpen, setMenuOpen] = useState(false);
  return (
    <header className="top-bar">
      <div className="brand">
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="M4 6h6v5H4zM14 13h6v5h-6zM10 8.5h2.5a1.5 1.5 0 0 1 1.5 1.5v5.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" /></svg>
        <span>IOV Planner</span>
      </div>
      <button type="button" aria-pressed={designsOpen} title="All designs in this browser: open, rename, duplicate, delete, search" onClick={onDesigns}>
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path d="M4 5h6v6H4zM14 5h6v6h-6zM4 15h6v4H4zM14 15h6v4h-6z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" /></svg>
        Designs
      </button>
      <DesignName />
      <NewMenu open={menuOpen} setOpen={setMenuOpen} />
      <span className="spacer" />
      <ModeSwitch />
      <span className="spacer" />
      {onCompare ? (
        <button type="button" className="tb-compare" aria-label="Compare" aria-pressed={compareOpen} title="Compare two designs side by side: this one, a template, a saved design or a file" onClick={onCompare}>
          <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path d="M4 20V10M10 20V4M14 20v-7M20 20V8" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" /></svg>
          <span className="tb-label">Compare</span>
        </button>
      ) : null}
      <ExportMenu />
      <FileActions />
      <HistoryButtons />
      <SaveStatus />
      <ThemeToggle />
      <button type="button" aria-label="About the model" title="About the model: what the numbers mean, every parameter with its source" onClick={onAbout}>
        <span className="wide-only">About the model</span>
        <span className="narrow-only" aria-hidden="true">About</span>
      </button>
    </header>
  );
}
