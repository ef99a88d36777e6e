/** See bundle-cache.mjs. */
export function cachedBundle(root: string, entry: string, prefix: string): string;
