import { type CompiledEntry, type CompiledLexicon, hashWord, type TrieNode } from './compile.ts';
import { nextWordStart, wordEnd } from './words.ts';

const POSSESSIVE = "'s";
/** How much text the context rules look at: enough for "to the intensive care" after "admitted". */
const CONTEXT_CHARS = 48;
const WHITESPACE = /\s/;

export interface Hit {
  start: number;
  end: number;
  entry: CompiledEntry;
}

interface Scan {
  text: string;
  /** text.toLowerCase(), or null when lower-casing changed the length (then each key is lower-cased alone). */
  lower: string | null;
}

function keyOf(scan: Scan, start: number, end: number): string {
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

/** The start of the word after the one ending at `end` when only white space comes between them, else -1. */
function nextWordAcrossSpace(text: string, end: number): number {
  let i = end;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 128 || !WHITESPACE.test(text[i]!)) break;
  }
  return i > end && nextWordStart(text, i) === i && i < text.length ? i : -1;
}

interface Match {
  hit: Hit;
  /** The end of the last word the hit reaches into: the scan goes on after it. */
  wordEnd: number;
}

/** The longest phrase starting with the word text[start, end), or null. Phrases continue only across whitespace. */
function matchAt(scan: Scan, start: number, end: number, root: TrieNode): Match | null {
  const { text } = scan;
  let best: Match | null = null;
  let node = root;
  for (let from = start, to = end; ; ) {
    const step = stepInto(node, keyOf(scan, from, to));
    if (!step) break;
    node = step.node;
    const hitEnd = step.stem ? to - POSSESSIVE.length : to;
    if (node.entry && !isRuledOut(text, start, hitEnd, node.entry)) best = { hit: { start, end: hitEnd, entry: node.entry }, wordEnd: to };
    if (step.stem) break;
    from = nextWordAcrossSpace(text, to);
    if (from < 0) break;
    to = wordEnd(text, from);
  }
  return best;
}

/** Cheap pre-filter: can the word text[start, end) begin a phrase? Skips most words without building their strings. */
function mayStartPhrase(scan: Scan, lexicon: CompiledLexicon, start: number, end: number): boolean {
  const lower = scan.lower;
  if (!lower) return true;
  const slot = hashWord(lower.charCodeAt(start), lower.charCodeAt(start + 1), lower.charCodeAt(end - 1), end - start);
  return lexicon.firstWords[slot] === 1;
}

/** All lexicon hits in `text`, left to right, not overlapping (longest match wins). */
export function scanText(text: string, lexicon: CompiledLexicon): Hit[] {
  const lower = text.toLowerCase();
  const scan: Scan = { text, lower: lower.length === text.length ? lower : null };
  const hits: Hit[] = [];
  for (let start = nextWordStart(text, 0); start < text.length; ) {
    let end = wordEnd(text, start);
    if (mayStartPhrase(scan, lexicon, start, end)) {
      const match = matchAt(scan, start, end, lexicon.root);
      if (match) {
        hits.push(match.hit);
        end = match.wordEnd;
      }
    }
    start = nextWordStart(text, end);
  }
  return hits;
}
