/** A run of article text with what covers it: a loaded word (with its kind and note) and/or removed boilerplate. */
export interface Segment {
  start: number;
  end: number;
  loaded: { kind: string; note?: string } | null;
  removed: string | null;
}

interface Span {
  start: number;
  end: number;
}

/**
 * Cuts `length` characters at every span boundary, so each piece is rendered as one text node, inside a <mark>
 * when loaded: markup is never built from the text (no innerHTML), whatever the text holds.
 * @example toSegments(10, [{start: 2, end: 4, kind: 'x'}], []) // [0-2 plain, 2-4 loaded, 4-10 plain]
 */
export function toSegments(length: number, loaded: Array<Span & { kind: string; note?: string }>, removed: Array<Span & { reason: string }>): Segment[] {
  const clamp = (n: number) => Math.max(0, Math.min(length, n));
  const cuts = new Set<number>([0, length]);
  for (const s of [...loaded, ...removed]) {
    cuts.add(clamp(s.start));
    cuts.add(clamp(s.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k]!;
    const end = points[k + 1]!;
    const l = loaded.find((s) => s.start <= start && s.end >= end);
    const r = removed.find((s) => s.start <= start && s.end >= end);
    segments.push({ start, end, loaded: l ? { kind: l.kind, ...(l.note ? { note: l.note } : {}) } : null, removed: r ? r.reason : null });
  }
  return segments;
}
