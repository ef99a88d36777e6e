import type { Dossier, Lazy, LazyDossier } from './build.ts';

const INDENT = '  ';

/** One value as JSON.stringify(value, null, 2) writes it `depth` levels deep (strings never hold a raw newline). */
function nested(value: unknown, depth: number): string {
  return (JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', `\n${INDENT.repeat(depth)}`);
}

/**
 * The dossier as JSON text in pieces, one article or story at a time: the same text as
 * `JSON.stringify(dossier, null, 2) + '\n'`, without ever holding it whole (10,000 articles make a ~350 MB
 * dossier, most of V8's largest string, and several times that while it is built).
 *
 * for (const piece of serializeDossier(dossier)) await write(piece);
 */
export function* serializeDossier(dossier: Dossier | LazyDossier): Generator<string> {
  const record = dossier as unknown as Record<string, unknown>;
  const keys = Object.keys(record).filter((key) => record[key] !== undefined);
  yield '{';
  for (const [k, key] of keys.entries()) {
    const value = record[key];
    yield `${k === 0 ? '' : ','}\n${INDENT}${JSON.stringify(key)}: `;
    const list = isLazy(value) ? value : Array.isArray(value) ? { length: value.length, items: () => value } : null;
    if (list && list.length > 0) {
      yield '[';
      let i = 0;
      for (const item of list.items()) yield `${i++ === 0 ? '' : ','}\n${INDENT.repeat(2)}${nested(item, 2)}`;
      yield `\n${INDENT}]`;
    } else yield nested(list ? [] : value, 1);
  }
  yield '\n}\n';
}

function isLazy(value: unknown): value is Lazy<unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as Lazy<unknown>).items === 'function';
}
