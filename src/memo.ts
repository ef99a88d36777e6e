/**
 * `compute` remembered by string key, for pure functions called again and again with the same input (stems,
 * slugs, gazetteer lookups, prepared sentences). The memory is bounded: once it holds `maxEntries` it starts over,
 * which keeps results the same (the function is pure) and costs one refill.
 *
 * const stem = memoize(stemmer, 10_000); stem('earthquakes') // 'earthquak'
 */
export function memoize<V>(compute: (key: string) => V, maxEntries: number): (key: string) => V {
  const memo = new Map<string, V>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      // Kept as a flat copy: a key sliced from a long text (a word of an article) would keep the whole text alive.
      const own = (' ' + key).slice(1);
      value = compute(own);
      if (memo.size >= maxEntries) memo.clear();
      memo.set(own, value);
    }
    return value;
  };
}
