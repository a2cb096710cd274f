// The sizing wizard: requirements in (servers, VMs, workload, fabric, era, HA, oversubscription),
// a right-sized design out, with the counts and why, recomputed as the user types. The design is
// handed to the app (onCreate), which opens it as a new design.
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { DEFAULT_CATALOG } from '../catalog';
import { IOV_MODES, MODE_LABEL, type Design, type IovMode } from '../domain';
import { defaultSizingInput, FABRIC_HINT, FABRIC_LABEL, FABRICS, SizingInputSchema, sizeDesign, type Era, type Fabric, type SizingInput } from '../scenarios';
import { Modal } from '../ui';
import { WizardResult } from './WizardResult';
import './wizard.css';

type Draft = Record<'servers' | 'vmsPerServer' | 'lanMbps' | 'sanMBps' | 'ipcMbps' | 'cpuGhz' | 'memoryGb', string>;
/** LAN and server-to-server are sized in Mb/s but typed in Gb/s, as every result shows them: shown = stored × scale. */
const MBPS_AS_GBPS = 0.001;
const NUMBER_FIELDS: Array<{ key: keyof Draft; label: string; unit: string; step: string; scale?: number }> = [
  { key: 'servers', label: 'Servers', unit: '', step: '1' },
  { key: 'vmsPerServer', label: 'VMs per server', unit: '', step: '1' },
  { key: 'lanMbps', label: 'LAN per VM', unit: 'Gb/s', step: 'any', scale: MBPS_AS_GBPS },
  { key: 'sanMBps', label: 'SAN per VM', unit: 'MB/s', step: 'any' },
  { key: 'ipcMbps', label: 'Server-to-server per VM', unit: 'Gb/s', step: 'any', scale: MBPS_AS_GBPS },
  { key: 'cpuGhz', label: 'Application CPU per VM', unit: 'GHz', step: 'any' },
  { key: 'memoryGb', label: 'Memory per VM', unit: 'GB', step: 'any' },
];
const SCALE = new Map(NUMBER_FIELDS.map((f) => [f.key as string, f.scale ?? 1]));

/** Drops binary noise from scaling: 15 × 0.001 is 0.015, not 0.015000000000000001. */
const clean = (v: number): number => Number(v.toPrecision(12));

const toDraft = (i: SizingInput): Draft => Object.fromEntries(NUMBER_FIELDS.map((f) => [f.key, String(clean(i[f.key] * (f.scale ?? 1)))])) as Draft;

/** A field's text as the stored number (NaN when it is not one): typed Gb/s back to Mb/s. */
const fromDraft = (text: string, scale = 1): number => (text.trim() === '' ? NaN : clean(Number(text) / scale));

/** A field's error in the units typed: "… <=100" for LAN in Gb/s, not the stored 100,000 Mb/s. */
function fieldMessage(issue: { code: string; message: string; maximum?: unknown; minimum?: unknown }, scale: number): string {
  if (/received NaN$/.test(issue.message)) return 'a number';
  if (scale === 1) return issue.message;
  const bound = issue.code === 'too_big' ? issue.maximum : issue.code === 'too_small' ? issue.minimum : undefined;
  return typeof bound === 'number' ? issue.message.replace(String(bound), String(clean(bound * scale))) : issue.message;
}

interface Choices {
  fabric: Fabric;
  era: Era;
  ha: boolean;
  oversubscription: 1 | 2 | 3;
  mode: IovMode | 'auto';
  switchPartId: string;
}

const switchesFor = (fabric: Fabric, era: Era) => {
  if (fabric === 'gige-fc') return [];
  const protocol = fabric === 'modern' ? 'ethernet' : 'infiniband';
  return DEFAULT_CATALOG.parts.filter((p) => p.kind === 'switch' && p.protocol === protocol && p.era === (era === '2007' ? 'seed' : 'modern'));
};

function Segmented<T extends string | number>(props: { label: string; value: T; options: Array<{ value: T; label: string; title?: string }>; onChange(v: T): void }) {
  return (
    <div className="wz-field">
      <span className="wz-label" id={`wz-${props.label}`}>
        {props.label}
      </span>
      <div className="wz-seg" role="radiogroup" aria-labelledby={`wz-${props.label}`}>
        {props.options.map((o) => (
          <button key={String(o.value)} type="button" role="radio" aria-checked={props.value === o.value} title={o.title} onClick={() => props.onChange(o.value)}>
            {o.label}
          </button>
        ))}
      </div>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="wz-section">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}

export function SizingWizard({ onCreate, onCancel }: { onCreate(design: Design): void; onCancel(): void }) {
  const titleId = useId();
  const firstRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<Draft>(() => toDraft(defaultSizingInput('2007', 'infiniband')));
  const [choices, setChoices] = useState<Choices>({ fabric: 'infiniband', era: '2007', ha: false, oversubscription: 1, mode: 'auto', switchPartId: '' });
  useEffect(() => firstRef.current?.focus(), []);

  const setEra = (era: Era): void => {
    // A new era brings its typical VM and a fabric that exists in it.
    const fabric: Fabric = era === '2007' && choices.fabric === 'modern' ? 'infiniband' : era === 'modern' && choices.fabric === 'infiniband' ? 'modern' : choices.fabric;
    const base = defaultSizingInput(era, fabric);
    setDraft((d) => ({ ...toDraft(base), servers: d.servers }));
    setChoices((c) => ({ ...c, era, fabric, switchPartId: '' }));
  };

  const parsed = useMemo(() => {
    const raw = {
      ...Object.fromEntries(NUMBER_FIELDS.map((f) => [f.key, fromDraft(draft[f.key], f.scale)])),
      fabric: choices.fabric,
      era: choices.era,
      ha: choices.ha,
      oversubscription: choices.oversubscription,
      ...(choices.mode !== 'auto' ? { mode: choices.mode } : {}),
      ...(choices.switchPartId ? { switchPartId: choices.switchPartId } : {}),
    };
    return SizingInputSchema.safeParse(raw);
  }, [draft, choices]);
  const fieldErrors = new Map<string, string>();
  // Messages in the units typed: "Must be at most 100" for LAN in Gb/s, not 100,000.
  if (!parsed.success) for (const i of parsed.error.issues) fieldErrors.set(String(i.path[0]), fieldMessage(i, SCALE.get(String(i.path[0])) ?? 1));
  const input = useDeferredValue(parsed.success ? parsed.data : null);
  const outcome = useMemo(() => (input ? sizeDesign(input) : null), [input]);
  const switches = switchesFor(choices.fabric, choices.era);

  return (
    <Modal className="wz" labelledBy={titleId} onDismiss={onCancel}>
      <header className="wz-head">
        <h2 id={titleId}>Sizing wizard</h2>
        <p>Requirements in, a right-sized fabric out: the catalog&apos;s cheapest switches (price plus energy) in fat-tree arithmetic, gateways and storage for the LAN and SAN demand.</p>
      </header>
      <form
        className="wz-body"
        onSubmit={(e) => {
          e.preventDefault();
          if (outcome?.ok) onCreate(outcome.result.design);
        }}
      >
        <div className="wz-inputs">
          <Section title="Servers and workload">
            <div className="wz-grid">
              {NUMBER_FIELDS.map((f, i) => (
                <label key={f.key} className="wz-field">
                  <span className="wz-label">
                    {f.label}
                    {f.unit && <span className="wz-unit"> ({f.unit})</span>}
                  </span>
                  <input
                    ref={i === 0 ? firstRef : undefined}
                    type="number"
                    inputMode="decimal"
                    min={0}
                    step={f.step}
                    value={draft[f.key]}
                    aria-invalid={fieldErrors.has(f.key)}
                    onChange={(e) => setDraft((d) => ({ ...d, [f.key]: e.target.value }))}
                  />
                  {fieldErrors.has(f.key) && <span className="wz-error">{fieldErrors.get(f.key)}</span>}
                </label>
              ))}
            </div>
          </Section>
          <Section title="Fabric">
            <Segmented<Era>
              label="Parts"
              value={choices.era}
              options={[
                { value: '2007', label: '2007 (seed era)' },
                { value: 'modern', label: 'Current' },
              ]}
              onChange={setEra}
            />
            <div className="wz-fabrics" role="radiogroup" aria-label="Fabric">
              {FABRICS.map((f) => (
                <label key={f} className={choices.fabric === f ? 'wz-fabric is-on' : 'wz-fabric'}>
                  <input type="radio" name="fabric" value={f} checked={choices.fabric === f} onChange={() => setChoices((c) => ({ ...c, fabric: f, switchPartId: '' }))} />
                  <span>
                    <strong>{FABRIC_LABEL[f]}</strong>
                    <small>{FABRIC_HINT[f]}</small>
                  </span>
                </label>
              ))}
            </div>
            <div className="wz-row">
              <Segmented<1 | 2 | 3>
                label="Oversubscription"
                value={choices.oversubscription}
                options={[
                  { value: 1, label: '1:1', title: 'Non-blocking: as many uplinks as downlinks on every leaf' },
                  { value: 2, label: '2:1' },
                  { value: 3, label: '3:1' },
                ]}
                onChange={(v) => setChoices((c) => ({ ...c, oversubscription: v }))}
              />
              <label className="wz-check">
                <input type="checkbox" checked={choices.ha} onChange={(e) => setChoices((c) => ({ ...c, ha: e.target.checked }))} />
                High availability
                <small>two adapters per server on separate switches; paired gateways and storage</small>
              </label>
            </div>
            <div className="wz-row">
              <label className="wz-field">
                <span className="wz-label">Size the host side for</span>
                <select value={choices.mode} onChange={(e) => setChoices((c) => ({ ...c, mode: e.target.value as Choices['mode'] }))}>
                  <option value="auto">The best IOV mode the adapters support</option>
                  {IOV_MODES.map((m) => (
                    <option key={m} value={m}>
                      {MODE_LABEL[m]}
                    </option>
                  ))}
                </select>
              </label>
              {switches.length > 0 && (
                <label className="wz-field">
                  <span className="wz-label">Switch</span>
                  <select value={choices.switchPartId} onChange={(e) => setChoices((c) => ({ ...c, switchPartId: e.target.value }))}>
                    <option value="">Cheapest from the catalog</option>
                    {switches.map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.name}
                      </option>
                    ))}
                  </select>
                </label>
              )}
            </div>
          </Section>
        </div>
        <WizardResult outcome={outcome} stale={input !== (parsed.success ? parsed.data : null)} invalid={!parsed.success} />
        <div className="dialog-actions wz-actions">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!outcome?.ok}>
            Create design
          </button>
        </div>
      </form>
    </Modal>
  );
}
