import type { SolverScratch } from './scratch';

/**
 * Binary min-heap of (key, id) events stored in parallel typed arrays, so the
 * solver's inner loop never allocates. Order is lexicographic on (key, id):
 * equal keys pop by ascending id, which makes the solver deterministic and
 * breaks ties by index as documented.
 *
 * Keys must not be NaN (NaN would break the ordering silently).
 */
export class EventHeap {
  private keys: Float64Array;
  private ids: Int32Array;
  private n = 0;

  constructor(initialCapacity = 16) {
    const cap = Math.max(1, initialCapacity | 0);
    this.keys = new Float64Array(cap);
    this.ids = new Int32Array(cap);
  }

  get size(): number {
    return this.n;
  }

  clear(): void {
    this.n = 0;
  }

  /** Key of the minimum; Infinity when empty. */
  topKey(): number {
    return this.n > 0 ? this.keys[0]! : Infinity;
  }

  /** Id of the minimum; -1 when empty. */
  topId(): number {
    return this.n > 0 ? this.ids[0]! : -1;
  }

  push(key: number, id: number): void {
    if (this.n === this.keys.length) this.grow();
    this.n++;
    this.siftUp(this.n - 1, key, id);
  }

  /**
   * Appends without restoring heap order; call heapify() before any pop.
   * Bulk loading this way is O(n) instead of O(n log n).
   */
  append(key: number, id: number): void {
    if (this.n === this.keys.length) this.grow();
    this.keys[this.n] = key;
    this.ids[this.n] = id;
    this.n++;
  }

  heapify(): void {
    for (let i = (this.n >> 1) - 1; i >= 0; i--) this.siftDown(i, this.keys[i]!, this.ids[i]!);
  }

  /** Removes the minimum and returns its id (-1 when empty). */
  pop(): number {
    if (this.n === 0) return -1;
    const id = this.ids[0]!;
    const last = --this.n;
    if (last > 0) this.siftDown(0, this.keys[last]!, this.ids[last]!);
    return id;
  }

  /** Replaces the minimum by (key, id): one sift instead of pop + push. */
  replaceTop(key: number, id: number): void {
    if (this.n === 0) {
      this.push(key, id);
      return;
    }
    this.siftDown(0, key, id);
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    const ids = new Int32Array(this.ids.length * 2);
    keys.set(this.keys);
    ids.set(this.ids);
    this.keys = keys;
    this.ids = ids;
  }

  // Both sifts move a "hole" instead of swapping, halving the array writes.
  private siftUp(i: number, key: number, id: number): void {
    const keys = this.keys;
    const ids = this.ids;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pk = keys[p]!;
      if (pk < key || (pk === key && ids[p]! < id)) break;
      keys[i] = pk;
      ids[i] = ids[p]!;
      i = p;
    }
    keys[i] = key;
    ids[i] = id;
  }

  private siftDown(i: number, key: number, id: number): void {
    const keys = this.keys;
    const ids = this.ids;
    const n = this.n;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      let ck = keys[c]!;
      let cid = ids[c]!;
      const r = c + 1;
      if (r < n) {
        const rk = keys[r]!;
        const rid = ids[r]!;
        if (rk < ck || (rk === ck && rid < cid)) {
          c = r;
          ck = rk;
          cid = rid;
        }
      }
      if (key < ck || (key === ck && id < cid)) break;
      keys[i] = ck;
      ids[i] = cid;
      i = c;
    }
    keys[i] = key;
    ids[i] = id;
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Stable sort of `ids` by `keys` (keys[i] belongs to ids[i]); returns a new
 * array, or with `scratch` a view on one of its buffers (valid until the
 * scratch is used again). Keys must be >= 0 and not NaN (Infinity is fine):
 * the IEEE-754 bit patterns of non-negative doubles order like the numbers, so
 * an LSD radix sort on the 8 bytes is exact. Used for the static per-flow
 * events, where it is several times faster than draining a heap and, being
 * stable, keeps equal keys in ids order (ties broken by index when ids ascend).
 * Keys already in order (flows built kind by kind often are) are not moved.
 */
export function radixSortByKey(keys: Float64Array, ids: Uint32Array, scratch?: SolverScratch): Uint32Array {
  const n = Math.min(keys.length, ids.length);
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = keys[i - 1]! <= keys[i]!;
  if (sorted) return scratch ? ids.subarray(0, n) : ids.slice(0, n);
  const take = <T extends Float64Array | Uint32Array>(name: string, ctor: new (length: number) => T): T => (scratch ? scratch.take(name, ctor, n, false) : new ctor(n));
  const few = fewKeysSort(keys, ids, n, take('sortIdsB', Uint32Array));
  if (few) return few;
  let srcKeys = take('sortKeysA', Float64Array);
  let dstKeys = take('sortKeysB', Float64Array);
  let srcIds = take('sortIdsA', Uint32Array);
  let dstIds = take('sortIdsB', Uint32Array);
  srcIds.set(ids.subarray(0, n));
  for (let i = 0; i < n; i++) srcKeys[i] = keys[i]! + 0; // + 0 turns -0 into +0 (sign bit would sort it last)

  // All 8 byte histograms in one read: the digits per pass do not change as
  // elements move, only their order does.
  const counts = scratch ? scratch.take('sortCounts', Uint32Array, 8 * 256, true) : new Uint32Array(8 * 256);
  let bytes = new Uint8Array(srcKeys.buffer, srcKeys.byteOffset, n * 8);
  for (let i = 0; i < n; i++) {
    const base = i * 8;
    for (let b = 0; b < 8; b++) counts[b * 256 + bytes[base + (LITTLE_ENDIAN ? b : 7 - b)]!]!++;
  }

  for (let b = 0; b < 8; b++) {
    const off = b * 256;
    const byteAt = LITTLE_ENDIAN ? b : 7 - b;
    bytes = new Uint8Array(srcKeys.buffer, srcKeys.byteOffset, n * 8);
    if (n === 0 || counts[off + bytes[byteAt]!] === n) continue; // every key has the same digit: nothing to move
    let sum = 0;
    for (let d = 0; d < 256; d++) {
      const c = counts[off + d]!;
      counts[off + d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const pos = counts[off + bytes[i * 8 + byteAt]!]!++;
      dstKeys[pos] = srcKeys[i]!;
      dstIds[pos] = srcIds[i]!;
    }
    [srcKeys, dstKeys] = [dstKeys, srcKeys];
    [srcIds, dstIds] = [dstIds, srcIds];
  }
  return srcIds;
}

/** At most this many distinct keys: a counting sort over them instead of the radix passes. */
const FEW_KEYS = 8;

/**
 * Stable counting sort when the keys take at most FEW_KEYS distinct values (VMs of one kind share
 * a demand, so a design's flows usually do): two passes instead of the radix sort's up to nine.
 * Returns `out` filled, or null when there are more distinct keys.
 */
function fewKeysSort(keys: Float64Array, ids: Uint32Array, n: number, out: Uint32Array): Uint32Array | null {
  const values: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < n; i++) {
    const k = keys[i]! + 0; // -0 and +0 are one key, as in the radix sort
    let j = 0;
    while (j < values.length && values[j] !== k) j++;
    if (j === values.length) {
      if (j === FEW_KEYS) return null;
      values.push(k);
      counts.push(0);
    }
    counts[j]!++;
  }
  // Start of each distinct key's run, in key order.
  const order = values.map((_, j) => j).sort((a, b) => values[a]! - values[b]!);
  const start = new Array<number>(values.length);
  let sum = 0;
  for (const j of order) {
    start[j] = sum;
    sum += counts[j]!;
  }
  for (let i = 0; i < n; i++) {
    const k = keys[i]! + 0;
    let j = 0;
    while (values[j] !== k) j++;
    out[start[j]!++] = ids[i]!;
  }
  return out;
}
