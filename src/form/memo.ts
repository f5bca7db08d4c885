/**
 * Remembers a pure function of one string. Labels repeat on every form (产出指标, 数量指标,
 * 年度金额), so the reader and rules normalise each distinct text once. The cache is bounded so a
 * long batch of odd texts cannot grow it without end.
 */
export function memoize<T>(fn: (text: string) => T, limit = 5000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    if (cache.size >= limit) cache.clear();
    const value = fn(text);
    cache.set(text, value);
    return value;
  };
}
