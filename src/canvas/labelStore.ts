// The cable labels' shared placement: each mounted cable reports what it wants (labelPlacement.ts),
// one pass per frame places them all, and each cable reads back its own spot. Kept outside React
// and the app store: it is view state, redone from scratch every time.
import { useSyncExternalStore } from 'react';
import { placeLabels, type LabelRequest, type Point } from './labelPlacement';

const requests = new Map<string, LabelRequest>();
let placement = new Map<string, Point | null>();
const listeners = new Map<string, Set<() => void>>();
let scheduled = 0;

function resolve(): void {
  scheduled = 0;
  const next = placeLabels([...requests.values()]);
  const before = placement;
  placement = next;
  for (const [id, set] of listeners) {
    const a = before.get(id);
    const b = next.get(id);
    if (a === b || (a && b && a.x === b.x && a.y === b.y)) continue;
    for (const l of set) l();
  }
}

const schedule = (): void => {
  if (!scheduled) scheduled = requestAnimationFrame(resolve);
};

/** A cable's request; `null` withdraws it (unmount, or no label at this zoom). */
export function requestLabel(id: string, request: LabelRequest | null): void {
  const old = requests.get(id);
  if (!request) {
    if (old) {
      requests.delete(id);
      schedule();
    }
    return;
  }
  if (old && same(old, request)) return;
  requests.set(id, request);
  schedule();
}

function same(a: LabelRequest, b: LabelRequest): boolean {
  return (
    a.priority === b.priority &&
    a.width === b.width &&
    a.height === b.height &&
    a.forced === b.forced &&
    a.spots.length === b.spots.length &&
    a.spots.every((p, i) => p.x === b.spots[i]!.x && p.y === b.spots[i]!.y) &&
    a.obstacles.length === b.obstacles.length &&
    a.obstacles.every((o, i) => o.x === b.obstacles[i]!.x && o.y === b.obstacles[i]!.y && o.width === b.obstacles[i]!.width && o.height === b.obstacles[i]!.height)
  );
}

function subscribe(id: string, l: () => void): () => void {
  let set = listeners.get(id);
  if (!set) listeners.set(id, (set = new Set()));
  set.add(l);
  return () => {
    set.delete(l);
    if (set.size === 0) listeners.delete(id);
  };
}

/** Where this cable's label goes: a point, null (no room: hidden), or undefined (not placed yet). */
export function useLabelSpot(id: string): Point | null | undefined {
  return useSyncExternalStore(
    (l) => subscribe(id, l),
    () => placement.get(id),
  );
}
