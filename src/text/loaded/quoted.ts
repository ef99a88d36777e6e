import type { Span } from '../types.ts';

const ALWAYS_OPEN = new Set(['\u201c', '\u201e', '\u00ab']); // “ „ «
const ALWAYS_CLOSE = new Set(['\u201d', '\u00bb']); // ” »
const BEFORE_OPENER = /[\s([{\u2014\u2013/-]/;
const AFTER_CLOSER = /[\s.,;:!?)\]}\u2014\u2013-]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/**
 * A single-quoted stretch longer than this is not a quote but an apostrophe paired with a possessive
 * ("the '90s ... the players' union"); headline quotes ("calls deal 'a disaster'") are far shorter.
 */
const MAX_SINGLE_QUOTE_CHARS = 160;
/** An apostrophe eliding a century ("the '90s", "class of '08") is not an opening quote. */
const ELIDED_YEAR = /^\d\d(?:s|[^\p{L}\p{N}]|$)/u;

/** Jump straight to the characters that matter: one regex scan instead of a per-character loop. */
const DOUBLE_OR_BREAK = /["\u201c\u201d\u201e\u00ab\u00bb\n]/g;
const SINGLE_OPEN = /['\u2018]/g;

type Role = 'open' | 'close' | 'toggle';

/** Guesses whether a straight `"` opens or closes from its neighbours. */
function roleOfStraight(prev: string, next: string): Role {
  const opensHere = prev === '' || BEFORE_OPENER.test(prev);
  const closesHere = next === '' || AFTER_CLOSER.test(next);
  if (opensHere && !closesHere) return 'open';
  if (closesHere && !opensHere) return 'close';
  return 'toggle';
}

function roleAt(text: string, i: number): Role | null {
  const c = text[i]!;
  if (ALWAYS_OPEN.has(c)) return 'open';
  if (ALWAYS_CLOSE.has(c)) return 'close';
  return c === '"' ? roleOfStraight(text[i - 1] ?? '', text[i + 1] ?? '') : null;
}

/**
 * Double-quoted stretches, quote marks included. An unclosed quote ends at the line break: news style leaves a
 * quote open at a paragraph end when the next paragraph re-opens it, so the quote is covered either way.
 */
export function findDoubleQuoted(text: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  DOUBLE_OR_BREAK.lastIndex = 0;
  for (let m = DOUBLE_OR_BREAK.exec(text); m !== null; m = DOUBLE_OR_BREAK.exec(text)) {
    const i = m.index;
    if (text[i] === '\n' && open >= 0) {
      spans.push({ start: open, end: i });
      open = -1;
      continue;
    }
    const role = roleAt(text, i);
    if (role === null) continue;
    if (open >= 0 && role !== 'open') {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    } else if (role !== 'close') {
      if (open >= 0) spans.push({ start: open, end: i });
      open = i;
    }
  }
  if (open >= 0) spans.push({ start: open, end: text.length });
  return spans;
}

function isSingleOpener(text: string, i: number): boolean {
  const c = text[i];
  if (c !== "'" && c !== '\u2018') return false;
  const prev = text[i - 1] ?? '';
  const startsWord = (prev === '' || BEFORE_OPENER.test(prev) || prev === '"') && WORD_CHAR.test(text[i + 1] ?? '');
  return startsWord && !ELIDED_YEAR.test(text.slice(i + 1, i + 4));
}

function isSingleCloser(text: string, i: number): boolean {
  const c = text[i];
  if (c !== "'" && c !== '\u2019') return false;
  const next = text[i + 1] ?? '';
  return !WORD_CHAR.test(next) && !/\s/.test(text[i - 1] ?? ' ');
}

/** The closing single quote for the opener at `open`, within the line and the length cap, or -1. */
function findSingleCloser(text: string, open: number): number {
  const limit = Math.min(text.length, open + MAX_SINGLE_QUOTE_CHARS);
  for (let i = open + 2; i < limit; i++) {
    if (text[i] === '\n') return -1;
    if (isSingleCloser(text, i)) return i;
  }
  return -1;
}

/** Single-quoted stretches ('like this'), telling quotes from apostrophes ("Israel's", "the '90s"). */
export function findSingleQuoted(text: string): Span[] {
  const spans: Span[] = [];
  SINGLE_OPEN.lastIndex = 0;
  for (let m = SINGLE_OPEN.exec(text); m !== null; m = SINGLE_OPEN.exec(text)) {
    if (!isSingleOpener(text, m.index)) continue;
    const close = findSingleCloser(text, m.index);
    if (close < 0) continue;
    spans.push({ start: m.index, end: close + 1 });
    SINGLE_OPEN.lastIndex = close + 1;
  }
  return spans;
}

/** All quoted stretches of `text`, sorted by start. */
export function findQuotedStretches(text: string): Span[] {
  return [...findDoubleQuoted(text), ...findSingleQuoted(text)].sort((a, b) => a.start - b.start);
}
