// Fail and restore one design element: the canvas's context menu and the inspector show these.
// Failures are what-if state saved with the design (undoable), never part of the bill of materials.
import { useState } from 'react';
import { catalogFor } from '../catalog';
import type { Failure } from '../domain';
import { appStore, useApp } from '../store';
import { adapterFailure, failedText, firstIntact, linkFailure, nodeFailure, pairCount, type FailedMembers } from './marks';
import './whatif.css';

export type FailureSubject = { nodeId: string } | { linkId: string };

const setFailed = (f: Failure, failed: boolean): void => appStore().getState().setFailed(f, failed);

/** Member picker (1-based for people) and the fail / restore buttons for one element. */
function MemberRow(props: { name: string; of: number; unit: string; state: FailedMembers | null; make(member: number | undefined): Failure; onDone?(): void }) {
  const { name, of, unit, state, make, onDone } = props;
  const [pick, setPick] = useState(() => firstIntact(state, of) + 1);
  const member = Math.min(Math.max(1, Math.round(pick) || 1), of) - 1;
  const memberFailed = state?.members.includes(member) ?? false;
  const done = (f: Failure, failed: boolean): void => {
    setFailed(f, failed);
    onDone?.();
  };
  if (of <= 1) {
    const failed = !!state;
    return (
      <div className="wi-actions__row">
        <span className="wi-actions__name">{name}</span>
        <button type="button" className={failed ? undefined : 'wi-danger'} onClick={() => done(make(undefined), !failed)}>
          {failed ? `Restore ${name}` : `Fail ${name}`}
        </button>
      </div>
    );
  }
  return (
    <div className="wi-actions__row">
      <span className="wi-actions__name">{name}</span>
      <label className="wi-actions__pick">
        {unit} #
        <input type="number" min={1} max={of} value={pick} aria-label={`${name}: ${unit} number (1–${of})`} onChange={(e) => setPick(Number(e.target.value))} />
        <span className="wi-muted">of {of}</span>
      </label>
      <button type="button" className={memberFailed ? undefined : 'wi-danger'} onClick={() => done(make(member), !memberFailed)}>
        {memberFailed ? `Restore ${unit} #${member + 1}` : `Fail ${unit} #${member + 1}`}
      </button>
      <button type="button" className={state?.all ? undefined : 'wi-danger'} onClick={() => done(make(undefined), !state?.all)}>
        {state?.all ? `Restore all ${of}` : `Fail all ${of}`}
      </button>
      {state && state.members.length > 0 && (
        <span className="wi-actions__failed">
          Failed:{' '}
          {state.members.map((m) => (
            <button key={m} type="button" className="wi-chip" title={`Restore ${unit} #${m + 1}`} onClick={() => done(make(m), false)}>
              Restore #{m + 1}
            </button>
          ))}
        </span>
      )}
    </div>
  );
}

export function FailureActions({ subject, onDone }: { subject: FailureSubject; onDone?(): void }) {
  const design = useApp((s) => s.design);
  if ('linkId' in subject) {
    const of = pairCount(design, subject.linkId);
    const link = design.links.find((l) => l.id === subject.linkId);
    if (!link) return null;
    return (
      <div className="wi-actions" role="group" aria-label="Fail or restore">
        <MemberRow name="cable" unit="cable" of={of} state={linkFailure(design, link.id)} make={(pair) => ({ kind: 'cable', link: link.id, ...(pair === undefined ? {} : { pair }) })} onDone={onDone} />
      </div>
    );
  }
  const node = design.nodes.find((n) => n.id === subject.nodeId);
  if (!node) return null;
  const catalog = catalogFor(design);
  const part = catalog.byId.get(node.partId);
  const server = part?.kind === 'server';
  const unit = server ? 'server' : 'member';
  return (
    <div className="wi-actions" role="group" aria-label="Fail or restore">
      <MemberRow name={node.label} unit={unit} of={node.count} state={nodeFailure(design, node.id)} make={(member) => ({ kind: 'node', node: node.id, ...(member === undefined ? {} : { member }) })} onDone={onDone} />
      {server &&
        (node.adapters ?? []).map((a) => (
          <MemberRow
            key={a.id}
            name={`${catalog.byId.get(a.partId)?.name ?? a.partId} (${a.id})`}
            unit="server"
            of={node.count}
            state={adapterFailure(design, node.id, a.id)}
            make={(member) => ({ kind: 'adapter', node: node.id, adapter: a.id, ...(member === undefined ? {} : { member }) })}
            onDone={onDone}
          />
        ))}
    </div>
  );
}

/** The inspector's section: what is failed here, and the controls. */
export function FailureSection({ subject }: { subject: FailureSubject }) {
  const design = useApp((s) => s.design);
  const state =
    'linkId' in subject ? failedText(linkFailure(design, subject.linkId), pairCount(design, subject.linkId)) : failedText(nodeFailure(design, subject.nodeId), design.nodes.find((n) => n.id === subject.nodeId)?.count ?? 1);
  return (
    <section className="wi-section" aria-label="What-if: fail and restore">
      <h3 className="wi-section__title">
        What-if failure {state && <span className="wi-badge">{state}</span>}
      </h3>
      <p className="wi-muted">Analysis only: failed parts stay in the bill of materials. Results show the design with them failed; the What-if tab compares it with the intact design.</p>
      <FailureActions subject={subject} />
    </section>
  );
}
