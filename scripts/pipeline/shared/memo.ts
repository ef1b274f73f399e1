// The watch loop regenerates the whole deck on every save, and most of its sentences did
// not change: the costly per-sentence text work (word segmentation) is remembered by its
// input text. Results are shared between callers, so they must treat them as read-only.

/** `compute` remembered for the last `limit` or so distinct keys (all forgotten at once past that). */
export function memo<T>(compute: (key: string) => T, limit = 20_000): (key: string) => T {
  let known = new Map<string, T>()
  return (key) => {
    const found = known.get(key)
    if (found !== undefined || known.has(key))
      return found as T
    if (known.size >= limit)
      known = new Map()
    const value = compute(key)
    known.set(key, value)
    return value
  }
}
