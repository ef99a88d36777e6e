/**
 * Synthetic news records for store tests and benches: `count` short English articles spread over many stories.
 * Each story has its own made-up place, person and subject words, so stories differ in vocabulary (shared template
 * words are mostly stop words) and the online clusterer keeps them apart; several outlets report each story. The
 * template holds enough English stop words for the language guess to say "en", so stories are analysed for claims.
 */
const SYLLABLES = ['ka', 'lo', 'mi', 'ru', 'te', 'zan', 'vor', 'pel', 'dri', 'sko', 'nat', 'bel', 'gim', 'hu', 'fra', 'dol'];
const OUTLETS = ['Daily Ledger', 'Morning Wire', 'Harbour Post', 'City Herald', 'Evening Courier', 'Radio North'];
/** Articles per story: enough for claims to corroborate, few enough that re-analysing a story stays cheap. */
const ARTICLES_PER_STORY = 8;

export interface SyntheticRecord {
  id: string;
  outlet: string;
  title: string;
  published: string;
  text: string;
}

/** A pronounceable word unique to (story, slot): base-16 digits of the number spelled as syllables. */
function makeWord(story: number, slot: number): string {
  let n = story * 8 + slot + 4096;
  let word = '';
  while (n > 0) {
    word += SYLLABLES[n % SYLLABLES.length]!;
    n = Math.floor(n / SYLLABLES.length);
  }
  return word;
}

const capital = (w: string) => `${w[0]!.toUpperCase()}${w.slice(1)}`;

/** Deterministic: record k always reads the same, so runs and reruns can be compared. */
export function makeSyntheticRecords(count: number): SyntheticRecord[] {
  return Array.from({ length: count }, (_, k) => {
    const s = Math.floor(k / ARTICLES_PER_STORY);
    const [place, person, thing, act, group] = [0, 1, 2, 3, 4].map((slot) => makeWord(s, slot)) as [string, string, string, string, string];
    const outlet = OUTLETS[k % OUTLETS.length]!;
    return {
      id: `syn-${k}`,
      outlet,
      title: `${capital(thing)} ${act} in ${capital(place)}`,
      published: `2024-05-${String(1 + (s % 27)).padStart(2, '0')}`,
      text: `The ${thing} in ${capital(place)} was ${act} on Monday, ${capital(person)} told the ${outlet}, and that the ${group} of ${capital(place)} are with the ${thing}. About ${(s % 90) + 10} ${group} were there when it happened, report ${k} says.`,
    };
  });
}

export function toJsonl(records: SyntheticRecord[]): string {
  return `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
}
