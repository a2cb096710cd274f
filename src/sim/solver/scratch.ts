import { EventHeap } from './heap';

/**
 * Working buffers a solve borrows and gives back, so the many small solves of one analysis (an
 * n−1 target, a sweep point, a capability kind) do not each allocate ~20 typed arrays: at 1k
 * flows allocating and zeroing them was a large part of a solve. Only the solver's own working
 * state lives here; what a solve returns is always freshly allocated (callers keep it).
 *
 * Buffers longer than KEEP_LIMIT elements are not kept: a 100k-flow solve allocates as before
 * (its allocations are small beside its work), and an idle worker does not hold tens of MB.
 */
const KEEP_LIMIT = 1 << 16;

type Typed = Float64Array | Uint32Array | Int32Array | Uint8Array;
type TypedCtor<T extends Typed> = new (length: number) => T;

export class SolverScratch {
  private readonly kept = new Map<string, Typed>();
  private keptHeap = new EventHeap(16);

  /** An empty event heap for up to `size` entries (kept between solves when small). */
  heap(size: number): EventHeap {
    if (size > KEEP_LIMIT) return new EventHeap(size);
    this.keptHeap.clear();
    return this.keptHeap;
  }

  /**
   * A buffer of `length` elements for `name` (a view on a kept buffer when one is long enough),
   * zero-filled when `zero`; otherwise its contents are whatever the last solve left.
   */
  take<T extends Typed>(name: string, ctor: TypedCtor<T>, length: number, zero: boolean): T {
    let buf = this.kept.get(name) as T | undefined;
    if (buf === undefined || buf.length < length || !(buf instanceof ctor)) {
      buf = new ctor(Math.max(length, 16));
      if (length <= KEEP_LIMIT) this.kept.set(name, buf);
      return (buf.length === length ? buf : buf.subarray(0, length)) as T;
    }
    const view = (buf.length === length ? buf : buf.subarray(0, length)) as T;
    if (zero) view.fill(0);
    return view;
  }
}

let shared: SolverScratch | null = new SolverScratch();

/**
 * Lends the module's scratch to `fn`; a solve started while it is lent (none today: solves are
 * synchronous and call nothing that solves) gets a fresh one, so two solves never share buffers.
 */
export function withScratch<R>(fn: (scratch: SolverScratch) => R): R {
  const mine = shared;
  if (mine === null) return fn(new SolverScratch());
  shared = null;
  try {
    return fn(mine);
  } finally {
    shared = mine;
  }
}
