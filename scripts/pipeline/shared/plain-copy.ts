// A deep copy of plain data (objects, arrays, primitives), as syntax trees are: several
// times faster than structuredClone, which checks for every kind of object it can copy.

/** A deep copy of `value`, which holds only plain objects, arrays and primitives (no cycles). */
export function plainCopy<T>(value: T): T {
  if (Array.isArray(value))
    return value.map(plainCopy) as T
  if (value === null || typeof value !== 'object')
    return value
  const copy: Record<string, unknown> = {}
  for (const key of Object.keys(value))
    copy[key] = plainCopy((value as Record<string, unknown>)[key])
  return copy as T
}
