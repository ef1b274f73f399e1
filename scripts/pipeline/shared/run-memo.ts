// The watch loop regenerates the whole deck on every save, and most of it did not change:
// work whose result is a function of a key (a section's content, a slide's model) is kept
// from one run to the next. Only what the last run used is kept, so memory stays one
// deck's worth however long the session. Values are shared between runs: read-only.

/** Results by key, kept from the last run; `turn()` starts a run. */
export class RunMemo<T> {
  private last = new Map<string, T>()
  private now = new Map<string, T>()

  /** Start a run: what the run before did not use is forgotten (unless it used nothing). */
  turn(): void {
    this.last = this.now.size ? this.now : this.last
    this.now = new Map()
  }

  /** The value kept for `key` in this run or the last (then kept for the next). */
  find(key: string): T | undefined {
    const value = this.now.get(key) ?? this.last.get(key)
    if (value !== undefined)
      this.now.set(key, value)
    return value
  }

  /** Keep `value` for `key`; returns it. */
  keep(key: string, value: T): T {
    this.now.set(key, value)
    return value
  }
}
