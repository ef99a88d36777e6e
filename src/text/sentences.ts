import { normalizeForAnalysis } from './normalize.ts';
import { type RawToken, runNlp } from './nlp.ts';
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
  const chars = text.split('');
  for (const s of spans) {
    for (let i = Math.max(0, s.start); i < Math.min(chars.length, s.end); i++) {
      if (chars[i] !== '\n') chars[i] = ' ';
    }
  }
  return chars.join('');
}

function insideAny(pos: number, spans: Span[]): Span | undefined {
  return spans.find((s) => pos >= s.start && pos < s.end);
}

/**
 * Cuts a run of tokens into sentences at line breaks and heading boundaries: wink-nlp merges a headline
 * followed by a single newline into the next sentence, and news text puts one paragraph on a line.
 */
function cutAtLines(text: string, tokens: RawToken[], first: number, last: number, headings: Span[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  while (first <= last && tokens[first]!.type === 'space') first++;
  while (last >= first && tokens[last]!.type === 'space') last--;
  if (first > last) return out;
  let from = first;
  let prevIndex = first;
  for (let i = first + 1; i <= last; i++) {
    const cur = tokens[i]!;
    if (cur.type === 'space') continue;
    const prev = tokens[prevIndex]!;
    prevIndex = i;
    const gap = text.slice(prev.end, cur.start);
    const crossesHeading = insideAny(prev.start, headings) !== insideAny(cur.start, headings);
    if (gap.includes('\n') || crossesHeading) {
      out.push([from, lastSolid(tokens, from, i - 1)]);
      from = i;
    }
  }
  out.push([from, last]);
  return out;
}

function lastSolid(tokens: RawToken[], from: number, i: number): number {
  while (i > from && tokens[i]!.type === 'space') i--;
  return i;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
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
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (const [first, last] of nlp.sentenceTokenRanges) {
    for (const [a, b] of cutAtLines(analysisText, nlp.tokens, first, last, headings)) {
      const span = trimSpan(text, nlp.tokens[a]!.start, nlp.tokens[b]!.end);
      if (span.end <= span.start || !/[\p{L}\p{N}]/u.test(analysisText.slice(span.start, span.end))) continue;
      const index = sentences.length;
      sentences.push({ ...span, text: text.slice(span.start, span.end), heading: insideAny(span.start, headings) !== undefined });
      for (let i = a; i <= b; i++) {
        const t = nlp.tokens[i]!;
        if (t.type === 'space') continue;
        tokens.push({ start: t.start, end: t.end, text: text.slice(t.start, t.end), norm: t.value.toLowerCase(), lemma: t.lemma, pos: t.pos, sentence: index });
      }
    }
  }
  return { sentences, tokens, analysisText };
}
