/**
 * The value most forms agree on (the unit and year of a summary), with every value counted so a
 * shell can say when forms disagree instead of hiding it. Ties go to the first seen.
 */
export function mostCommon<T extends string | number>(
  values: readonly (T | null | undefined)[]
): { value: T | null; counts: [T, number][] } {
  const counts = new Map<T, number>();
  for (const v of values)
    if (v !== null && v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  return { value: sorted[0]?.[0] ?? null, counts: sorted };
}
