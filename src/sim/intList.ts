// The growable int list the router and the route builder share.
/** Append-only int list over a typed array (doubling), reset in O(1). */
export class IntList {
  data: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }
  /** Room for `n` more entries without growing (the caller then writes `data` and `length`). */
  reserve(n: number): void {
    if (this.length + n > this.data.length) {
      const bigger = new Int32Array(Math.max(this.length + n, this.data.length * 2));
      bigger.set(this.data);
      this.data = bigger;
    }
  }
  /** Makes the list `n` long (new entries unset), growing the array if needed. */
  resize(n: number): void {
    if (n > this.data.length) {
      const bigger = new Int32Array(Math.max(n, this.data.length * 2));
      bigger.set(this.data);
      this.data = bigger;
    }
    this.length = n;
  }
}
