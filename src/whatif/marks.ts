// What is failed, per design element, for drawing (canvas) and for the fail/restore controls.
import type { Design, Failure } from '../domain';

export interface FailedMembers {
  /** Every member (the failure names no member). */
  all: boolean;
  /** 0-based members (or cable pairs) failed one by one. */
  members: number[];
}

const collect = (failures: readonly Failure[], match: (f: Failure) => number | 'all' | null): FailedMembers | null => {
  let all = false;
  const members: number[] = [];
  for (const f of failures) {
    const m = match(f);
    if (m === 'all') all = true;
    else if (m !== null) members.push(m);
  }
  return all || members.length ? { all, members: members.sort((a, b) => a - b) } : null;
};

/** A node failed as a whole or member by member (not its adapters). */
export function nodeFailure(design: Design, nodeId: string): FailedMembers | null {
  return collect(design.failures ?? [], (f) => (f.kind === 'node' && f.node === nodeId ? (f.member ?? 'all') : null));
}

export function adapterFailure(design: Design, nodeId: string, adapterId: string): FailedMembers | null {
  return collect(design.failures ?? [], (f) => (f.kind === 'adapter' && f.node === nodeId && f.adapter === adapterId ? (f.member ?? 'all') : null));
}

export function linkFailure(design: Design, linkId: string): FailedMembers | null {
  return collect(design.failures ?? [], (f) => (f.kind === 'cable' && f.link === linkId ? (f.pair ?? 'all') : null));
}

/** Member pairs of a design link (cables between members; each of `lanes` cables). */
export function pairCount(design: Design, linkId: string): number {
  const link = design.links.find((l) => l.id === linkId);
  if (!link) return 0;
  const count = (id: string): number => design.nodes.find((n) => n.id === id)?.count ?? 1;
  const [a, b] = [count(link.a.node), count(link.b.node)];
  return link.mesh ? a * b : Math.max(a, b);
}

/** "failed", "3 of 8 failed", or '' — what the canvas writes on a node or cable. */
export function failedText(f: FailedMembers | null, of: number): string {
  if (!f) return '';
  if (f.all || of <= 1) return 'failed';
  return `${f.members.length} of ${of} failed`;
}

/** First member not failed yet (the default a fail control offers). */
export function firstIntact(f: FailedMembers | null, of: number): number {
  if (!f) return 0;
  for (let m = 0; m < of; m++) if (!f.members.includes(m)) return m;
  return 0;
}
