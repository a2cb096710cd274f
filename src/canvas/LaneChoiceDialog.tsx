import { useEffect, useId, useRef } from 'react';
import type { LaneProposal } from '../sim';
import { useApp } from '../store';
import { rate } from './format';
import { Modal } from '../ui';
import './laneChoice.css';

interface Choice {
  lanes: number;
  why: string;
}

const lanesText = (n: number): string => `${n} lane${n === 1 ? '' : 's'}`;

/** "3:1", "1.5:1": a ratio as people write it, at most two decimals. */
const ratioText = (r: number): string => (r === 1 ? 'non-blocking' : `${Number(r.toFixed(2))}:1 oversubscribed`);

/** The counts worth one click: one lane, the design's oversubscription when it is between, every free port. */
export function laneChoices(p: LaneProposal): Choice[] {
  const choices: Choice[] = [{ lanes: 1, why: 'One cable; add lanes later under Lanes in the inspector' }];
  const nb = p.planned;
  const planWhy = (r: number, gbps: number): string => (r === 1 ? 'Non-blocking: carries the' : `${ratioText(r)}, as the design plans (Design › Simulation): carries ${rate(gbps / r)} of the`);
  if (nb && nb.lanes > 1 && nb.lanes < p.lanes) choices.push({ lanes: nb.lanes, why: `${planWhy(nb.ratio, nb.gbps)} ${rate(nb.gbps)} the cabled ports of "${nb.end}" bring in` });
  const short = nb && nb.lanes > p.lanes ? ` (${ratioText(nb.ratio)} would need ${nb.lanes})` : '';
  choices.push({ lanes: p.lanes, why: `Every free port: as many as ${p.limitedBy} allow${short}` });
  return choices;
}

/**
 * Asks how many lanes a new cable gets when more than a few fit: one drag used to make 42
 * parallel uplinks without a word. Each choice is one click; Escape or Cancel makes no cable.
 */
export function LaneChoiceDialog() {
  const choice = useApp((s) => s.laneChoice);
  const choose = useApp((s) => s.chooseLanes);
  const titleId = useId();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (choice) first.current?.focus();
  }, [choice]);
  if (!choice) return null;
  const choices = laneChoices(choice.proposal);
  // The middle choice (non-blocking) when there is one, else every free port: what most uplinks want.
  const suggested = choices.length === 3 ? 1 : choices.length - 1;
  return (
    <Modal labelledBy={titleId} onDismiss={() => choose(null)} className="lane-choice">
      <h2 id={titleId}>How many lanes for this cable?</h2>
      <p className="lane-choice__lead">
        Up to {lanesText(choice.proposal.lanes)} fit: each lane is one more cable and one port at both ends.
      </p>
      <ul className="lane-choice__list">
        {choices.map((c, i) => (
          <li key={c.lanes}>
            <button type="button" ref={i === suggested ? first : undefined} className={i === suggested ? 'primary' : undefined} onClick={() => choose(c.lanes)}>
              <strong>{lanesText(c.lanes)}</strong>
              <span>{c.why}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={() => choose(null)}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
