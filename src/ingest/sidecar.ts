import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { RawMeta } from './types.ts';

/**
 * A folder of plain-text articles may carry a `meta.json` beside them: `{"file.txt": {outlet, published, url,
 * title, byline}}`. Text files have nowhere else to say when and where they were published.
 */
export const SIDECAR_NAME = 'meta.json';

const FIELDS = ['title', 'url', 'outlet', 'published', 'byline'] as const;

export type Sidecar = Map<string, RawMeta>;

function readEntry(value: unknown): RawMeta | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const meta: RawMeta = {};
  for (const f of FIELDS) {
    const v = (value as Record<string, unknown>)[f];
    if (typeof v === 'string' && v.trim()) meta[f] = v.trim();
  }
  return meta;
}

/** Reads `dir/meta.json` if it is a sidecar (an object of per-file objects); null when absent or not one. */
export async function loadSidecar(dir: string): Promise<Sidecar | null> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(join(dir, SIDECAR_NAME), 'utf8'));
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  const map: Sidecar = new Map();
  for (const [name, value] of Object.entries(parsed)) {
    const meta = readEntry(value);
    if (!meta) return null;
    map.set(name, meta);
  }
  return map;
}

export function isSidecar(path: string, sidecars: Map<string, Sidecar | null>): boolean {
  return basename(path) === SIDECAR_NAME && Boolean(sidecars.get(dirname(path)));
}

/** Fills metadata the record itself lacks from the sidecar entry for its file. */
export function applySidecar(meta: RawMeta, path: string, sidecars: Map<string, Sidecar | null>): RawMeta {
  const entry = sidecars.get(dirname(path))?.get(basename(path));
  if (!entry) return meta;
  const out: RawMeta = { ...meta };
  for (const f of FIELDS) if (!out[f] && entry[f]) out[f] = entry[f];
  return out;
}
