import { isTitleAbbreviationBefore } from './gazetteer.ts';
import { normalizeForAnalysis } from './normalize.ts';
import { type NlpResult, type NlpTokens, runNlp } from './nlp.ts';
import type { Sentence, Span, Token } from './types.ts';

export interface SplitOptions {
  /** Spans to leave out of every sentence (boilerplate found by cleaning). */
  removed?: Span[];
  /** Line spans that are headlines or section headings: each becomes one sentence marked `heading`. */
  headings?: Span[];
}

export interface SplitResult {
  sentences: Sentence[];
  tokens: Token[];
  /** The normalised text with removed spans blanked: same length as the input, for the recognisers. */
  analysisText: string;
}

/** Blanks the removed spans (keeping newlines) so no sentence or token can reach into them. */
export function maskSpans(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  // Spans may overlap or come in any order: blank their union, piece by piece rather than char by char.
  const clamped = spans
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of clamped) {
    if (s.end <= at) continue;
    const from = Math.max(at, s.start);
    out += text.slice(at, from) + text.slice(from, s.end).replace(/[^\n]/g, ' ');
    at = s.end;
  }
  return out + text.slice(at);
}

function insideAny(pos: number, spans: Span[]): Span | undefined {
  // Most articles have one or two heading lines: a scan beats any index.
  for (const s of spans) if (pos >= s.start && pos < s.end) return s;
  return undefined;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/**
 * Cuts a run of tokens into sentences at line breaks and heading boundaries: wink-nlp merges a headline
 * followed by a single newline into the next sentence, and news text puts one paragraph on a line.
 */
function cutAtLines(text: string, tokens: NlpTokens, first: number, last: number, headings: Span[]): Array<[number, number]> {
  const { starts, ends, space } = tokens;
  const out: Array<[number, number]> = [];
  while (first <= last && space[first] === 1) first++;
  while (last >= first && space[last] === 1) last--;
  if (first > last) return out;
  let from = first;
  let prevIndex = first;
  for (let i = first + 1; i <= last; i++) {
    if (space[i] === 1) continue;
    const prev = prevIndex;
    prevIndex = i;
    const crossesHeading = headings.length > 0 && insideAny(starts[prev]!, headings) !== insideAny(starts[i]!, headings);
    if (hasNewline(text, ends[prev]!, starts[i]!) || crossesHeading) {
      out.push([from, lastSolid(space, from, i - 1)]);
      from = i;
    }
  }
  out.push([from, last]);
  return out;
}

function lastSolid(space: Uint8Array, from: number, i: number): number {
  while (i > from && space[i] === 1) i--;
  return i;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * `text.slice(start, end)`, as wink's value when the text as read holds it there (the usual case: normalising
 * changed nothing in the token), so most tokens share wink's string instead of allocating a copy of their own.
 */
function tokenText(text: string, value: string, start: number, end: number): string {
  return value.length === end - start && text.startsWith(value, start) ? value : text.slice(start, end);
}

/**
 * A token as splitSentences makes it: made by a constructor, not an object literal, because V8 decides per literal
 * whether to allocate its objects straight in the old generation ("pretenuring"), from how many it finds alive at a
 * young collection. An article's ~1,000 tokens all live while it is annotated, so the literal was soon judged
 * long-lived and every article's tokens went to the old generation as garbage: ~70 KB an article, filling the heap
 * for the full collections that set peak memory. A constructor's objects are always allocated young.
 */
class SplitToken implements Token {
  start: number;
  end: number;
  text: string;
  norm: string;
  lemma: string;
  pos: string;
  sentence: number;

  constructor(start: number, end: number, text: string, norm: string, lemma: string, pos: string, sentence: number) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.norm = norm;
    this.lemma = lemma;
    this.pos = pos;
    this.sentence = sentence;
  }
}

/**
 * Splits an article into sentences and tokens, with offsets into `text` as given.
 *
 * splitSentences('Headline\nFirst sentence. Second one.').sentences.map((s) => s.text)
 *   // ['Headline', 'First sentence.', 'Second one.']
 */
export function splitSentences(text: string, options: SplitOptions = {}): SplitResult {
  const headings = options.headings ?? [];
  const analysisText = maskSpans(normalizeForAnalysis(text), options.removed ?? []);
  const nlp = runNlp(analysisText);
  const { values, norms, lemmas, pos, starts, ends, space, plain } = nlp.tokens;
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (const [first, last] of joinSplitNumbers(analysisText, nlp)) {
    for (const [a, b] of cutAtLines(analysisText, nlp.tokens, first, last, headings)) {
      const span = trimSpan(text, starts[a]!, ends[b]!);
      if (span.end <= span.start || !/[\p{L}\p{N}]/u.test(analysisText.slice(span.start, span.end))) continue;
      const index = sentences.length;
      sentences.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end), heading: insideAny(span.start, headings) !== undefined });
      for (let i = a; i <= b; i++) {
        if (space[i] === 1) continue;
        const start = starts[i]!;
        const end = ends[i]!;
        const value = values[i]!;
        const prev = tokens[tokens.length - 1];
        if (prev !== undefined && prev.end === start && prev.sentence === index && continuesWord(analysisText, prev, start, end)) {
          joinWord(text, prev, end);
          continue;
        }
        tokens.push(new SplitToken(start, end, plain[i] === 1 ? value : tokenText(text, value, start, end), norms[i]!, lemmas[i]!, pos[i]!, index));
      }
    }
  }
  return { sentences, tokens, analysisText };
}

/**
 * Whether the token at [start, end) goes on the word `prev` ends, with no space between: wink-nlp cuts words at
 * letters outside Latin-1 ("Ma" "ł" "gorzata", "Wa" "łę" "sa", "Dvo" "ř" "ák"), which are one name. Letters on
 * both sides, one of them past U+00FF.
 */
function continuesWord(text: string, prev: Token, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(start);
  if (before <= 0xff && after <= 0xff) return false;
  return LETTERS_ONLY.test(text.slice(prev.start, end));
}

const LETTERS_ONLY = /^\p{L}+$/u;

/** `prev` extended to `end`: one word, a name when it starts with a capital. */
function joinWord(text: string, prev: Token, end: number): void {
  prev.end = end;
  prev.text = text.slice(prev.start, end);
  prev.norm = prev.text.toLowerCase();
  prev.lemma = prev.norm;
  if (/^\p{Lu}/u.test(prev.text)) prev.pos = 'PROPN';
}

/**
 * wink-nlp's sentence ranges, with a boundary it puts inside a number written with a leading point taken out: "a
 * loaded .45-caliber handgun" is one sentence, not "a loaded ." and "45-caliber handgun".
 */
function joinSplitNumbers(text: string, nlp: NlpResult): Array<[number, number]> {
  const ranges = nlp.sentenceTokenRanges;
  const { starts, ends } = nlp.tokens;
  const out: Array<[number, number]> = [];
  for (const [first, last] of ranges) {
    const prev = out[out.length - 1];
    const c = text.charCodeAt(starts[first]!);
    if (prev && ends[prev[1]]! === starts[first]! && text.charCodeAt(ends[prev[1]]! - 1) === 46 && c >= 48 && c <= 57) prev[1] = last;
    else if (prev && continuesSentence(text, ends[prev[1]]!, starts[first]!)) prev[1] = last;
    else out.push([first, last]);
  }
  return out;
}

/** An open party-state tag up to a full stop: "(D-W.", "(R-N.". */
const PARTY_TAG_OPEN = /\([DRI]-(?:\p{Lu}\p{Ll}{0,3}\.)+$/u;

/** Names spelled with an exclamation mark, before the next word ("told E! News", "Yahoo! Finance", "OK! magazine"). */
const BANG_NAME = /(?:^|[^\p{L}])(?:E|Yahoo|OK)!\s+\p{L}$/u;

/**
 * Whether a boundary wink-nlp put between `end` and `start` falls inside a sentence: after the full stop of an
 * abbreviation, where the next words go on in lower case ('Rep. Hank Johnson (D-Ga.) told reporters.') or the
 * abbreviation itself goes on ('Sen. Jack Reed, D-R.I., said', 'Kevin McCarthy (R-Calif.), a'), or after a title abbreviation ('Det. Charles'); or
 * after the exclamation mark of a name spelled with one ("E! News").
 */
function continuesSentence(text: string, end: number, start: number): boolean {
  if (text.charCodeAt(end - 1) === 33) return !hasNewline(text, end, start) && BANG_NAME.test(text.slice(Math.max(0, end - 8), start + 1));
  if (text.charCodeAt(end - 1) !== 46 && !text.slice(Math.max(0, end - 2), end).endsWith('.)')) return false;
  if (hasNewline(text, end, start)) return false;
  // Inside a party-state tag: "(D-W.Va.)", "(R-N.H.)".
  if (PARTY_TAG_OPEN.test(text.slice(Math.max(0, end - 10), end))) return true;
  const c = text.charCodeAt(start);
  // No sentence opens with a comma or a semicolon: "Kevin McCarthy (R-Calif.), a longtime target".
  if ((c >= 97 && c <= 122) || c === 44 || c === 59) return true;
  // "Det. Charles Geiger", "Rev. Al Sharpton": a title abbreviation opens the name that follows it.
  if (c >= 65 && c <= 90 && isTitleAbbreviationBefore(text, end - 1)) return true;
  return /^\p{Lu}\.[,)]/u.test(text.slice(start, start + 3));
}

/** The sentence holding `pos`, by binary search (sentences are in text order and do not overlap); -1 if none. */
export function sentenceIndexAt(sentences: Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
