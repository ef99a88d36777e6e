import { readSpeaker, SPEECH_VERBS } from './attribution.ts';
import { sentenceIndexAt } from './sentences.ts';
import type { EntityMention, Quote, Sentence, Span } from './types.ts';

/** Shortest quotation we report: shorter quoted strings are scare quotes or titles ("fact-finding mission" is kept). */
const MIN_QUOTE_CHARS = 3;
/** How far (in characters) before a quote we look for "X said". */
const LOOKBACK_CHARS = 160;
/** How far after a quote we look for `, X said` or `, said X`. */
const LOOKAHEAD_CHARS = 80;

const VERB_BEFORE = new RegExp(`\\b(${SPEECH_VERBS}|saying|believes|calling it|described as|called)\\b[^"]*$`, 'i');
const VERB_AFTER = new RegExp(`^[,.]?\\s*(?:(?:${SPEECH_VERBS})\\s+([^,.;]{2,60})|([^,.;"]{2,60}?)\\s+(?:${SPEECH_VERBS}))`, 'i');

/** Quoted stretches of the (normalised) text: straight double quotes, paired within one paragraph. */
export function findQuoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' && open >= 0 && text[i + 1] === '\n') open = -1;
    if (c !== '"') continue;
    if (open < 0) open = i;
    else {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  return spans;
}


/**
 * Finds quotations and their speakers ("...," X said / X told / according to X / X said "...").
 * `text` is the normalised analysis text (straight quotes); offsets are shared with the text as read.
 */
export function findQuotes(
  text: string,
  sentences: Sentence[],
  mentions: EntityMention[],
  names: Map<string, string>,
  spans: Span[] = findQuoteSpans(text),
): Quote[] {
  const quotes: Quote[] = [];
  for (const span of spans) {
    const inner = text.slice(span.start + 1, span.end - 1);
    const sentence = sentenceIndexAt(sentences, span.start);
    if (sentence < 0 || inner.trim().length < MIN_QUOTE_CHARS) continue;
    const s = sentences[sentence]!;
    const innerStart = span.start + 1 + (inner.length - inner.trimStart().length);
    const innerText = inner.trim().replace(/[,.]$/, '');
    // A quote may run over several sentences: its attribution follows the sentence where it closes.
    const closing = sentences[sentenceIndexAt(sentences, span.end - 1)] ?? s;
    const previous = quotes[quotes.length - 1];
    const speaker =
      speakerAfter(text, span, closing, mentions, names) ??
      speakerBefore(text, span, s, mentions, names) ??
      continuedSpeaker(text, previous, span);
    quotes.push({ start: innerStart, end: innerStart + innerText.length, text: innerText, speaker, sentence });
  }
  return quotes;
}

/** How close a quote must follow the last one, in the same paragraph, to continue its speaker's words. */
const CONTINUATION_GAP = 160;

/** A second quote right after the first, with no attribution of its own, continues the same speaker. */
function continuedSpeaker(text: string, previous: Quote | undefined, span: Span): string | null {
  if (!previous?.speaker) return null;
  const gap = text.slice(previous.end, span.start);
  return gap.length <= CONTINUATION_GAP && !gap.includes('\n') ? previous.speaker : null;
}

function speakerBefore(text: string, span: Span, s: Sentence, mentions: EntityMention[], names: Map<string, string>): string | null {
  const from = Math.max(s.start, span.start - LOOKBACK_CHARS);
  const before = text.slice(from, span.start);
  const verb = VERB_BEFORE.exec(before);
  if (!verb) return null;
  const verbAt = from + verb.index;
  if (/^according to/i.test(verb[1]!)) {
    return readSpeaker(text, verbAt, span.start, mentions, names)?.name ?? null;
  }
  const clauseStart = Math.max(from, lastClauseBreak(text, from, verbAt));
  return readSpeaker(text, clauseStart, verbAt, mentions, names)?.name ?? null;
}

function lastClauseBreak(text: string, from: number, to: number): number {
  const seg = text.slice(from, to);
  const m = /.*(?:[;:]|,\s(?:and|but|while)\s|"\s)/s.exec(seg);
  return m ? from + m[0].length : from;
}

function speakerAfter(text: string, span: Span, s: Sentence, mentions: EntityMention[], names: Map<string, string>): string | null {
  const after = text.slice(span.end, Math.min(s.end, span.end + LOOKAHEAD_CHARS));
  const m = VERB_AFTER.exec(after);
  if (!m) return null;
  const group = m[1] ?? m[2]!;
  const at = span.end + m[0].indexOf(group);
  return readSpeaker(text, at, at + group.length, mentions, names)?.name ?? null;
}
