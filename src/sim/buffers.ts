import { IntList } from './intList';

type Typed = Float64Array | Uint32Array | Int32Array | Uint8Array;
type TypedCtor<T extends Typed> = new (length: number) => T;

/**
 * Where a simulation's per-flow and per-VM working arrays come from (routes, transports, the flow
 * problem, latencies, per-VM scratch). At 100k flows a simulation allocated ~20 MB of fresh typed
 * arrays: the kernel zeroes and maps each one on first touch, and the external memory they hold
 * made V8 collect every few runs. A simulation that borrows `SimBuffers` instead writes into the
 * previous run's arrays. Only working state is taken from here; what a result hands out (per-VM
 * series, stats) is always freshly allocated.
 */
export interface Buffers {
  /**
   * `length` elements for `name`; zero-filled when `zero`, otherwise holding whatever the last
   * run left (the caller overwrites every element it reads).
   */
  take<T extends Typed>(name: string, ctor: TypedCtor<T>, length: number, zero: boolean): T;
  /** An empty growable list for `name`. */
  list(name: string, capacity: number): IntList;
}

/** Fresh arrays every time: what one-off callers (sweeps, tests) use; an n−1 base has its own set. */
export const FRESH: Buffers = {
  take: (_name, ctor, length) => new ctor(length),
  list: (_name, capacity) => new IntList(capacity),
};

/** Arrays above this many elements are not kept: an idle worker should not hold hundreds of MB. */
const KEEP_LIMIT = 1 << 23;

/** Kept arrays, one per name, reused (as views of the exact length) by the next run that borrows them. */
export class SimBuffers implements Buffers {
  private readonly kept = new Map<string, Typed>();
  private readonly lists = new Map<string, IntList>();

  take<T extends Typed>(name: string, ctor: TypedCtor<T>, length: number, zero: boolean): T {
    let buf = this.kept.get(name) as T | undefined;
    if (buf === undefined || buf.length < length || !(buf instanceof ctor)) {
      // Some headroom, so a design that grows by a few flows between edits does not reallocate.
      buf = new ctor(length + (length >> 4));
      if (length <= KEEP_LIMIT) this.kept.set(name, buf);
      return buf.subarray(0, length) as T;
    }
    const view = (buf.length === length ? buf : buf.subarray(0, length)) as T;
    if (zero) view.fill(0);
    return view;
  }

  list(name: string, capacity: number): IntList {
    let list = this.lists.get(name);
    if (list === undefined) this.lists.set(name, (list = new IntList(capacity)));
    else if (list.data.length > KEEP_LIMIT) list.data = new Int32Array(capacity);
    list.length = 0;
    return list;
  }
}

let idle: SimBuffers | null = new SimBuffers();

/**
 * The module's buffers for one simulation, until it gives them back (`giveBack`). A run that
 * starts while they are lent (a session kept for its capability call) gets a new set, so two live
 * runs never share an array; whichever is given back last is the one kept.
 */
export function borrowBuffers(): SimBuffers {
  const mine = idle ?? new SimBuffers();
  idle = null;
  return mine;
}

export function giveBack(buffers: SimBuffers): void {
  idle = buffers;
}
