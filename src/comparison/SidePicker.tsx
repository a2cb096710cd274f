// Choose what goes on one side: this design, a template, a saved design, or a design file.
import { useId, useRef } from 'react';
import { int } from '../ui';
import { choiceKey, designFromFile, parseChoiceKey, type Choice, type ChoiceGroups } from './choices';
import type { SideRun } from './useSideRun';

export interface SidePickerProps {
  tag: 'A' | 'B';
  choice: Choice;
  groups: ChoiceGroups;
  currentName: string;
  run: SideRun;
  onChoose(choice: Choice): void;
  onFileError(message: string): void;
}

export function SidePicker({ tag, choice, groups, currentName, run, onChoose, onFileError }: SidePickerProps) {
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const file = choice.kind === 'file' ? choice : null;
  const onFile = async (f: File | undefined): Promise<void> => {
    if (!f) return;
    const read = designFromFile(await f.text(), f.name);
    if (read.ok) onChoose({ kind: 'file', name: f.name, design: read.design });
    else onFileError(read.message);
  };
  const summary = summaryOf(run);
  return (
    <div className={`cmp-picker cmp-picker-${tag.toLowerCase()}`}>
      <label htmlFor={id} className="cmp-tag">
        <span aria-hidden="true" className="cmp-badge">{tag}</span>
        Design {tag}
      </label>
      <div className="cmp-picker-row">
        <select id={id} value={choiceKey(choice)} onChange={(e) => {
          const next = parseChoiceKey(e.target.value, file);
          if (next) onChoose(next);
        }}>
          <option value="current">This design: {currentName}</option>
          <optgroup label="Templates">
            {groups.templates.map((t) => (
              <option key={t.key} value={t.key}>{t.name}</option>
            ))}
          </optgroup>
          {groups.library.length ? (
            <optgroup label="Saved designs">
              {groups.library.map((t) => (
                <option key={t.key} value={t.key}>{t.name}</option>
              ))}
            </optgroup>
          ) : null}
          {file ? (
            <optgroup label="File">
              <option value={choiceKey(file)}>{file.name}</option>
            </optgroup>
          ) : null}
        </select>
        <button type="button" className="cmp-btn" aria-label={`Open a design file as design ${tag}`} title="Open a design file (.json)" onClick={() => fileRef.current?.click()}>
          File…
        </button>
        <input ref={fileRef} type="file" accept=".json,application/json" hidden onChange={(e) => {
          void onFile(e.target.files?.[0]);
          e.target.value = '';
        }} />
      </div>
      <p className={`cmp-picker-sub${run.status === 'error' ? ' cmp-error' : ''}`} role={run.status === 'error' ? 'alert' : undefined}>{summary}</p>
    </div>
  );
}

function summaryOf(run: SideRun): string {
  if (run.status === 'error') return run.message;
  if (run.status === 'loading') return run.stage ? `Simulating… ${run.stage}` : 'Simulating…';
  const m = run.result.modes[0];
  if (!m) return run.result.findings[0]?.message ?? 'Nothing to simulate.';
  const servers = m.density.groups.reduce((t, g) => t + (g.servers ?? 1), 0);
  return `${int(servers)} servers · ${int(m.density.vmsPlanned ?? m.vm.count)} VMs planned`;
}
