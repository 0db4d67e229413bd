/**
 * A small least-recently-used cache for a scenario part that only some parameters change (the
 * RNN in the RNN-against-LSTM scenario does not depend on the forget-gate bias). Values are
 * shared between runs, so callers only read them.
 */
export class BoundedMemo<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.entries.size;
  }

  /** The value for key, computed once while it stays among the `capacity` most recent keys. */
  get(key: string, compute: () => V): V {
    const cached = this.entries.get(key);
    if (cached !== undefined) {
      // Re-inserted, so it is the most recent again.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const value = compute();
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
