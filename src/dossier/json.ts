import type { Dossier } from './build.ts';

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
export function* serializeDossier(dossier: Dossier): Generator<string> {
  const keys = (Object.keys(dossier) as Array<keyof Dossier>).filter((key) => dossier[key] !== undefined);
  yield '{';
  for (const [k, key] of keys.entries()) {
    const value = dossier[key];
    yield `${k === 0 ? '' : ','}\n${INDENT}${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      yield '[';
      for (const [i, item] of value.entries()) yield `${i === 0 ? '' : ','}\n${INDENT.repeat(2)}${nested(item, 2)}`;
      yield `\n${INDENT}]`;
    } else yield nested(value, 1);
  }
  yield '\n}\n';
}
