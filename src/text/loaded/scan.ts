import { type CompiledEntry, type CompiledLexicon, hashWord, type TrieNode } from './compile.ts';
import { splitWords, type Words } from './words.ts';

const WHITESPACE_ONLY = /^\s+$/;
const POSSESSIVE = "'s";
/** How much text the context rules look at: enough for "to the intensive care" after "admitted". */
const CONTEXT_CHARS = 48;

export interface Hit {
  start: number;
  end: number;
  entry: CompiledEntry;
}

interface Scan {
  text: string;
  /** text.toLowerCase(), or null when lower-casing changed the length (then each key is lower-cased alone). */
  lower: string | null;
  words: Words;
}

function keyOf(scan: Scan, j: number): string {
  const start = scan.words.starts[j]!;
  const end = scan.words.ends[j]!;
  return scan.lower ? scan.lower.slice(start, end) : scan.text.slice(start, end).toLowerCase();
}

interface Step {
  node: TrieNode;
  /** The word matched without its possessive "'s": the phrase must end here. */
  stem: boolean;
}

function stepInto(node: TrieNode, key: string): Step | null {
  const child = node.next.get(key);
  if (child) return { node: child, stem: false };
  if (!key.endsWith(POSSESSIVE)) return null;
  const stemChild = node.next.get(key.slice(0, -POSSESSIVE.length));
  return stemChild ? { node: stemChild, stem: true } : null;
}

function isRuledOut(text: string, start: number, end: number, entry: CompiledEntry): boolean {
  if (entry.unlessNext?.test(text.slice(end, end + CONTEXT_CHARS))) return true;
  return entry.unlessPrev?.test(text.slice(Math.max(0, start - CONTEXT_CHARS), start)) ?? false;
}

/** The longest phrase starting at word `i`, or null. Phrases continue only across whitespace. */
function matchAt(scan: Scan, i: number, root: TrieNode): Hit | null {
  const { text, words } = scan;
  let best: Hit | null = null;
  let node = root;
  for (let j = i; j < words.starts.length; j++) {
    if (j > i && !WHITESPACE_ONLY.test(text.slice(words.ends[j - 1]!, words.starts[j]!))) break;
    const step = stepInto(node, keyOf(scan, j));
    if (!step) break;
    node = step.node;
    const end = step.stem ? words.ends[j]! - POSSESSIVE.length : words.ends[j]!;
    const start = words.starts[i]!;
    if (node.entry && !isRuledOut(text, start, end, node.entry)) best = { start, end, entry: node.entry };
    if (step.stem) break;
  }
  return best;
}

/** Cheap pre-filter: can word `j` begin a phrase? Skips most words without building their strings. */
function mayStartPhrase(scan: Scan, lexicon: CompiledLexicon, j: number): boolean {
  const lower = scan.lower;
  if (!lower) return true;
  const start = scan.words.starts[j]!;
  const end = scan.words.ends[j]!;
  const slot = hashWord(lower.charCodeAt(start), lower.charCodeAt(start + 1), lower.charCodeAt(end - 1), end - start);
  return lexicon.firstWords[slot] === 1;
}

/** All lexicon hits in `text`, left to right, not overlapping (longest match wins). */
export function scanText(text: string, lexicon: CompiledLexicon): Hit[] {
  const lower = text.toLowerCase();
  const scan: Scan = { text, lower: lower.length === text.length ? lower : null, words: splitWords(text) };
  const { starts } = scan.words;
  const hits: Hit[] = [];
  for (let i = 0; i < starts.length; i++) {
    if (!mayStartPhrase(scan, lexicon, i)) continue;
    const hit = matchAt(scan, i, lexicon.root);
    if (!hit) continue;
    hits.push(hit);
    while (i + 1 < starts.length && starts[i + 1]! < hit.end) i++;
  }
  return hits;
}
