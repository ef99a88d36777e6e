import { CLAUSE_PREPOSITION_BEFORE, clauseSubject, firstStartingAt, isInsideQuotes, lastMentionIn, namedSpeaker, participleSubject, pronounSubject, readSpeaker, SPEECH_VERBS, type Speaker } from './attribution.ts';
import { TITLE_ABBREVIATIONS } from './gazetteer.ts';
import { givenNameGender } from './given-names.ts';
import { sentenceIndexAt } from './sentences.ts';
import type { EntityMention, Quote, Sentence, Span } from './types.ts';

/** Shortest quotation we report: shorter quoted strings are scare quotes or titles ("fact-finding mission" is kept). */
const MIN_QUOTE_CHARS = 3;
/** How far (in characters) before a quote we look for "X said". */
const LOOKBACK_CHARS = 160;
/** How far after a quote we look for `, X said` or `, said X`. */
const LOOKAHEAD_CHARS = 80;
/**
 * How far after a quote a speech verb may stand after the name before it: VERB_AFTER's longest name (90) and the
 * verb ('" California Department of Alcohol and Drug Program deputy director Millicent Tidwell told').
 */
const NAME_THEN_VERB_CHARS = 110;

/** A lower-case participle opening a clause after a quote ("offering to ...", not "leading U.K. seismologist"). */
const LEADING_PARTICIPLE = /^\s*[a-z]+ing\s+(?:to|the|a|an|in|on|at|that|it|its|his|her|him|them|their|for|with|up|out|back)\b/;

/** "saying", "calling it": set off by a comma, a participle shares the subject of the clause before it. */
const PARTICIPLE = /^(?!according)\w+ing\b/i;
/** A verb right after "and" / "but" shares the subject of the clause before it. */
const ELIDED_SUBJECT = /\b(?:and|but|then)\s+(?:(?:also|later|then)\s+)?$/i;

/** Participles that introduce words after a comma, taking the subject of the clause before ("..., writing "...""). */
const SPEECH_PARTICIPLES = 'saying|writing|adding|telling|noting|explaining|arguing|insisting|warning|tweeting|declaring';

/**
 * Speech verbs before a quote, and the looser introducers ("believes", "called") tried after them. "read" only
 * right before the words ("The statement read: "...""): "she read the letter" introduces nothing.
 */
const SPEECH_BEFORE = new RegExp(`\\b(${SPEECH_VERBS}|${SPEECH_PARTICIPLES}|read(?=\\s*[,:]\\s*$))\\b`, 'gi');
/**
 * Verbs that name or judge something in the speaker's words ("calling him a "failed candidate"", "blasted the plan
 * as "a disgrace"", "deemed it "dead on arrival""), never "so-called", the writer's own distance from a word.
 */
const INTRODUCER_BEFORE =
  /(?<!\bso-)\b(believes|calling|described as|called|vowed|vowing|promised|promising|asserted|suggested|urged|predicted|deemed|deeming|labell?ed|labell?ing|branded|branding|blasted|blasting|denounced|denouncing|slammed|slamming|derided|deriding|dismissed|dismissing|hailed|hailing|praised|praising|attacked|attacking|accused|accusing|mocked|mocking|ridiculed|ridiculing|disputed|disputing|rejected|rejecting|questioned|questioning|wondered|wondering|describe|describing|argues|arguing|touted|touting)\b/gi;

/** A capitalised match inside a sentence is a name ("United States", "Reports Desk"), not a verb. */
function isNameWord(before: string, at: number): boolean {
  const c = before.charCodeAt(at);
  if (!(c >= 65 && c <= 90)) return false;
  const prev = before.slice(0, at).trimEnd();
  return prev.length > 0 && !/[.!?"\u201d]$/.test(prev);
}

/**
 * "Officers responded to 911 calls", "responded to the scene": a speech verb in its other sense; "a tweet shared by
 * 20,000 people": a participle with its agent after it introduces no words.
 */
const NOT_SPEAKING = /^\w+\s+by\b(?!\s+(?:e-?mail|phone|telephone|text|letter|video|satellite|fax|way)\b)|^responded\s+to\s+(?:(?:the|a|an|several|two|three|multiple)\s+)?(?:scene|calls?|reports?|\d+|emergency|alarm|fire|incident|crash|shooting|home|house|area|building)\b/i;

/** "what was described as", "what's called": a passive introducer names no speaker before it. */
const PASSIVE = /(?:\b(?:was|were|is|are|been|be|being)|['’]s)\s+$/i;

/** The matches of `re` in `before` with no quotation mark after them, nearest the quote first. */
function verbsNearestFirst(re: RegExp, before: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const lastQuote = before.lastIndexOf('"');
  re.lastIndex = 0;
  for (let m = re.exec(before); m; m = re.exec(before)) {
    if (m.index > lastQuote && !isNameWord(before, m.index) && !PASSIVE.test(before.slice(0, m.index)) && !NOT_SPEAKING.test(before.slice(m.index, m.index + 60))) out.push(m);
  }
  return out.reverse();
}

/**
 * The verbs that may introduce a quote, in the order they are tried: speech verbs nearest the quote first
 * ("Dmitriev traveled to the United States ..., which Russian sources characterized as "..." is introduced by
 * "characterized", not by "States"), then the looser introducers ("A White House official said Trump believes
 * "..."" keeps the official, who said the words). A verb whose clause names nobody ("..., and said he "...") gives
 * way to the next.
 */
function* introducingVerbs(before: string): Generator<RegExpExecArray> {
  yield* verbsNearestFirst(SPEECH_BEFORE, before);
  // Looked for only when no speech verb named the speaker.
  yield* verbsNearestFirst(INTRODUCER_BEFORE, before);
}

/**
 * A full stop inside a name: after a title ("Mr. Steele") or an initial ("James P. Kennedy"), before a capital; or in
 * a party-state tag ("Rep. Hank Johnson (D-Ga.)").
 */
const NAME_DOT = String.raw`(?:(?<=\b(?:${TITLE_ABBREVIATIONS.join('|')}|[A-Z]))\.(?=\s*[A-Z])|(?<=\([DRI]-[A-Za-z.]{1,8})\.(?=\)))`;
/**
 * A full stop inside a word, before lower-case letters ("MoveOn.org Political Action Executive Director Ilya
 * Sheyman said"): only in a name before its verb, since after one ("according to NPR.org Handy also ...", a
 * sentence break lost) it lets the name run on.
 */
const WORD_DOT = String.raw`(?<=[A-Za-z])\.(?=[a-z]{2})`;

/** '"...," Mr. Netanyahu is shown saying': a recording the article describes. */
const SHOWN_SAYING = String.raw`(?:(?:is|was|are|were|can be|could be)\s+)?(?:shown|heard|seen|filmed|recorded)\s+saying`;

/** Any word VERB_AFTER can end on, anywhere: a quick test before it. */
const VERB_NEAR = new RegExp(`\\b(?:${SPEECH_VERBS}|saying|read|shown|heard|seen|filmed|recorded)\\b`, 'i');

const VERB_AFTER = new RegExp(
  `^[,.]?\\s*(?:(?:${SPEECH_VERBS})\\s+((?:[^,.;]|${NAME_DOT}){2,60})|((?:[^,.;"]|${NAME_DOT}|${WORD_DOT}){2,90}?)\\s+(?:${SPEECH_VERBS}|as saying|read|${SHOWN_SAYING})\\b(?!\\s+by\\b(?!\\s+(?:e-?mail|phone|telephone|text|letter|video|satellite|fax|way)\\b)))`,
  'i',
);

/** A quoted stretch; `unclosed` when news style left it open at a paragraph end, the next paragraph re-opening it. */
export interface QuoteSpan extends Span {
  unclosed?: boolean;
  /** The span opens at a paragraph's first character, with no mark: a quotation going on from the paragraph before. */
  headless?: boolean;
}

/** Whether the paragraph after the break at `i` opens with a quotation mark. */
function reopensQuote(text: string, i: number): boolean {
  let k = i;
  while (k < text.length && (text[k] === '\n' || text[k] === ' ' || text[k] === '\t')) k++;
  return text[k] === '"';
}

/**
 * Quoted stretches of the (normalised) text: straight double quotes, paired within one paragraph. A quote left
 * open at a paragraph end counts up to that end when the next paragraph re-opens it (a quotation over paragraphs:
 * 'X said "... [end of paragraph] "..."'); another unpaired mark is dropped.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  // Where a paragraph starts that goes on with a quotation the one before left open without re-opening it: its
  // first mark closes that quotation ('"I believe he did not win. [break] In his own words, ...," said Greenway').
  let goesOn = -1;
  // Only line breaks and quotation marks matter: the scan jumps from one to the next.
  let nextBreak = text.indexOf('\n');
  let nextMark = text.indexOf('"');
  for (let i = Math.min(nextBreak >>> 0, nextMark >>> 0); i < text.length; i = Math.min(nextBreak >>> 0, nextMark >>> 0)) {
    if (i === nextBreak) nextBreak = text.indexOf('\n', i + 1);
    else nextMark = text.indexOf('"', i + 1);
    const c = text[i];
    if (c === '\n' && text[i + 1] === '\n') {
      goesOn = -1;
      if (open >= 0) {
        if (reopensQuote(text, i)) spans.push({ start: open, end: i + 1, unclosed: true });
        else {
          const next = paragraphStart(text, i);
          if (closesFirst(text, next)) {
            spans.push({ start: open, end: i + 1, unclosed: true });
            goesOn = next;
          }
        }
        open = -1;
      }
    }
    if (c !== '"') continue;
    if (open < 0 && goesOn >= 0) {
      spans.push({ start: goesOn, end: i + 1, headless: true });
      goesOn = -1;
    } else if (open < 0) open = i;
    else {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  return spans;
}

/** Where the paragraph after the break at `i` starts. */
function paragraphStart(text: string, i: number): number {
  let k = i;
  while (k < text.length && (text[k] === '\n' || text[k] === ' ' || text[k] === '\t')) k++;
  return k;
}

/** Whether the first quotation mark of the paragraph starting at `from` closes a quotation: '," said', '," he added'. */
function closesFirst(text: string, from: number): boolean {
  const end = text.indexOf('\n', from);
  const mark = text.indexOf('"', from);
  if (mark <= from || (end >= 0 && mark > end)) return false;
  return /[,.!?]$/.test(text.slice(mark - 1, mark)) && CLOSING_ATTRIBUTION.test(text.slice(mark + 1, mark + 40));
}

/** An attribution right after a closing mark. */
const CLOSING_ATTRIBUTION = new RegExp(`^\\s+(?:(?:he|she|they)\\s+)?(?:${SPEECH_VERBS})\\b`, 'i');


/**
 * Finds quotations and their speakers ("...," X said / X told / according to X / X said "...").
 * `text` is the normalised analysis text (straight quotes); offsets are shared with the text as read.
 */
export function findQuotes(
  text: string,
  sentences: Sentence[],
  mentions: EntityMention[],
  names: Map<string, string>,
  spans: QuoteSpan[] = findQuoteSpans(text),
): Quote[] {
  const quotes: Quote[] = [];
  let continues = false;
  // The quotes of one quotation over paragraphs so far: its attribution may come only in its last paragraph.
  let chain: Quote[] = [];
  let lastSpoken: Quote | undefined;
  // Quotes whose speaker was carried over from a quote before, not read at the quote.
  const guessed = new Set<Quote>();
  // Quotes of the current sentence left without a speaker, which an attribution after a later quote may name.
  let unattributed: Quote[] = [];
  for (const span of spans) {
    // The quote re-opened after an unclosed one goes on with its speaker.
    const continuing = continues;
    continues = span.unclosed === true;
    if (!continuing) chain = [];
    const opening = span.headless === true ? 0 : 1;
    const inner = text.slice(span.start + opening, span.end - 1);
    const sentence = sentenceIndexAt(sentences, span.start);
    if (sentence < 0 || inner.trim().length < MIN_QUOTE_CHARS) continue;
    const s = sentences[sentence]!;
    const innerStart = span.start + opening + (inner.length - inner.trimStart().length);
    const innerText = inner.trim().replace(/[,.]$/, '');
    // A quote may run over several sentences: its attribution follows the sentence where it closes.
    const closingIndex = sentenceIndexAt(sentences, span.end - 1);
    let closing = sentences[closingIndex] ?? s;
    // '"Can I give it to James?" Brooke asked': the question mark ended the sentence for the splitter, not the
    // attribution after it.
    const next = sentences[closingIndex + 1];
    // So did the full stop in '"... Israel." Durbin said.', when the next sentence is only that attribution.
    const closedBy = /([?!.])\s*"$/.exec(text.slice(span.start, span.end))?.[1];
    const attributionNext = next !== undefined && (closedBy === '?' || closedBy === '!' || (closedBy === '.' && (BARE_ATTRIBUTION.test(next.text) || LOWER_VERB_FIRST.test(next.text))));
    if (next && closing.end <= span.end + 1 && attributionNext && !next.heading && !text.slice(span.end, next.start).includes('\n')) {
      closing = { ...closing, end: next.end };
    }
    // The quote before, titles left out: words quoted after '"...," he said on the program "Fox and Friends."' are his.
    const previous = lastSpoken;
    // A pronoun after the quote stands for the subject of its own sentence, named before the quote ('President Donald
    // Trump is "very close" to ..., he told reporters'), else of the sentence before it.
    const before = sentences[sentence - 1];
    const ownSubject = namesPersonOutsideQuotes(text, mentions, s.start, span.start);
    const antecedent = { from: before && !before.heading && !ownSubject ? (speakerEnding(text, before, mentions) ?? before.start) : s.start, to: span.start };
    const afterQuote: AfterQuote = { text, span, sentence: closing, mentions, names, antecedent };
    // A title in quotation marks ('the PBS program "Charlie Rose"', 'NBC's "Meet the Press"') is nobody's words.
    const title = isTitle(innerText, text.slice(Math.max(0, span.start - 30), span.start)) || isNickname(text, span, innerText) || isTitleCased(innerText);
    const after = title ? null : (keptSpeaker(text, span, sentences, mentions, previous) ?? tweetAuthor(text, span, mentions, names) ?? speakerAfter(afterQuote));
    const attributed = title ? null : (after ?? speakerBefore(text, span, sentences, sentence, mentions, names) ?? speakerAccordingTo(afterQuote));
    const speaker = title
      ? null
      : (attributed ??
        (continuing
          ? (previous?.speaker ?? null)
          : (continuedSpeaker(text, previous, span, closing, sentences, mentions, names) ?? previousSentenceSpeaker(text, sentences, sentence, span, closing, mentions, names))));
    const quote: Quote = { start: innerStart, end: innerStart + innerText.length, text: innerText, speaker, sentence };
    quotes.push(quote);
    // '"The combination of the Pakistani design" allowed North Korea to "put the pieces together," Hecker said': the
    // attribution after the sentence's last quote names the speaker of the quotes before it in that sentence.
    if (unattributed.length > 0 && unattributed[0]!.sentence !== sentence) unattributed = [];
    if (after !== null) for (const earlier of unattributed) earlier.speaker = after;
    if (speaker === null && !title) unattributed.push(quote);
    else unattributed = [];
    if (!title) lastSpoken = quote;
    else {
      // 'Romney said Trump's remarks on CBS' "60 Minutes" on ISIS "..."': words after a title go on with whoever
      // introduced it.
      const introducer = speakerBefore(text, span, sentences, sentence, mentions, names);
      if (introducer) lastSpoken = { ...quote, speaker: introducer };
    }
    // A quote opening its paragraph whose speaker was carried over from the paragraph before.
    if (attributed === null && opensParagraph(text, span.start)) guessed.add(quote);
    chain.push(quote);
    // A quotation over paragraphs attributed only in its last one is that speaker's throughout, whoever spoke the
    // quote before it: the attribution beats a speaker carried over from the paragraph before.
    // Only a name written in the attribution does: a pronoun there may be resolved to someone else.
    const named = attributed !== null && namesSpeaker(text.slice(span.end, closing.end), attributed);
    if (speaker && chain.length > 1) for (const earlier of chain) earlier.speaker ??= speaker;
    // Back to the last quote of the chain attributed at the quote itself, which keeps its own speaker.
    for (let k = chain.length - 2; named && k >= 0 && guessed.has(chain[k]!); k--) chain[k]!.speaker = speaker;
  }
  return quotes;
}

/**
 * Where the speaker ending a sentence is named ('..., Naval Special Warfare Center spokesman Lt. Trevor Davids
 * said.'): the subject a pronoun after the next quotation goes on with, rather than the first person the sentence
 * names (the trainee Davids spoke of); undefined when the sentence does not end so.
 */
function speakerEnding(text: string, s: Sentence, mentions: EntityMention[]): number | undefined {
  const last = lastMentionIn(mentions, s.start, s.end, ['person']);
  return last && SAID_ENDING.test(text.slice(last.end, s.end)) ? last.start : undefined;
}

/** A speech verb ending a sentence right after the speaker: " said.", " told reporters." */
const SAID_ENDING = /^\s+(?:said|says|added|stated|told\s+(?:reporters|journalists))\s*[.!]?$/;

/** Whether a person is named in [from, to) outside any quotation. */
function namesPersonOutsideQuotes(text: string, mentions: EntityMention[], from: number, to: number): boolean {
  for (let k = firstStartingAt(mentions, from); k < mentions.length && mentions[k]!.start < to; k++) {
    if (mentions[k]!.type === 'person' && !isInsideQuotes(text, mentions[k]!.start)) return true;
  }
  return false;
}

/** A bare pronoun and a speech verb right after a quotation ('," he said'). */
const PRONOUN_ATTRIBUTION = new RegExp(`^[,.!?]?\\s*(he|she)\\s+(?:(?:also|later|then)\\s+)?(?:${SPEECH_VERBS})\\b`, 'i');

const HE = /\bhe\b/i;
const SHE = /\bshe\b/i;

/** How far back the quotation before may end for '"...," he said' to go on with its speaker. */
const KEPT_SPEAKER_GAP = 400;

/**
 * 'Mr. Trump told one reporter: "Mr. Kim and I get along ..." ... the president insisted he would be proved
 * correct. "...," he said': a bare "he" or "she" after a quotation, when no one it can stand for has been named since
 * the quotation just before, goes on with that quotation's speaker (named, of that sex or of either), rather than
 * with the last such person named anywhere before, inside a quotation or as an object (readSpeaker's reading
 * otherwise). Judged on the 31 distinct quotes it changes among 1,500 synthetic articles: 17 made right, 1 wrong.
 */
function keptSpeaker(text: string, span: Span, sentences: Sentence[], mentions: EntityMention[], previous: Quote | undefined): string | null {
  if (!previous?.speaker || span.start - previous.end > KEPT_SPEAKER_GAP) return null;
  const pronoun = PRONOUN_ATTRIBUTION.exec(text.slice(span.end, span.end + 40))?.[1]?.toLowerCase();
  if (pronoun === undefined) return null;
  const sex = pronoun === 'he' ? 'male' : 'female';
  // Anyone of that sex (or of either) named since that quotation is whom the pronoun stands for, as readSpeaker
  // reads it ("Theodus Times II, owner of the funeral home, ... He said ... "...," he said").
  // Not one the same pronoun comes before in the sentence naming them, as its subject: '"...," she explained to Gayle
  // King. "...," she shared' goes on with the first speaker.
  const samePronoun = pronoun === 'he' ? HE : SHE;
  for (let k = firstStartingAt(mentions, previous.end); k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.start >= span.start) break;
    if (m.type !== 'person' || givenNameGender(m.text.split(/\s+/)[0]!.toLowerCase()) === (sex === 'male' ? 'female' : 'male')) continue;
    const clause = text.slice(Math.max(previous.end, sentences[m.sentence]?.start ?? 0), m.start);
    if (!samePronoun.test(clause)) return null;
  }
  const speaker = mentions.find((m) => m.type === 'person' && m.start < previous.start && (m.text === previous.speaker || previous.speaker!.endsWith(m.text)));
  if (!speaker) return null;
  const gender = givenNameGender(previous.speaker.split(/\s+/)[0]!.toLowerCase());
  return gender === null || gender === sex ? previous.speaker : null;
}

/** Whether only white space stands between the start of the line and `at`. */
function opensParagraph(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** Whether `attribution` writes the speaker's last name ("said Mayor Ann Jones" for Ann Jones), not only a pronoun. */
function namesSpeaker(attribution: string, speaker: string): boolean {
  const last = speaker.split(/\s+/).pop()!;
  return last.length > 1 && attribution.includes(last);
}

/** A sentence that is only an attribution: a name of up to five words and a speech verb ("Durbin said."). */
const BARE_ATTRIBUTION = new RegExp(`^(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){1,5}(?:${SPEECH_VERBS})\\b[^.]{0,30}\\.?$`, 'u');

/** A "sentence" opening with a speech verb in lower case ('"... honour." added Immelman'): the attribution of the quote before. */
const LOWER_VERB_FIRST = new RegExp(`^(?:${SPEECH_VERBS})\\s`);

/**
 * A quoted stretch of up to eight capitalised words after a word that announces a title ("the program", "the film",
 * "NBC's", "titled"): a title, not a quotation.
 */
function isTitle(inner: string, before: string): boolean {
  // The cue first: most quotes have none, and splitting every quote into words was a tenth of findQuotes.
  if (!TITLE_CUE.test(before)) return false;
  const words = inner.split(/\s+/);
  if (words.length > MAX_TITLE_WORDS) return false;
  return words.every((w) => /^(?:\p{Lu}|\d)/u.test(w) || TITLE_SMALL_WORDS.has(w));
}

/** 'Vincent "Chin" Gigante', 'Jimmy "The Greek" Snyder': up to three capitalised words quoted inside a name. */
function isNickname(text: string, span: Span, inner: string): boolean {
  return NICKNAME_BEFORE.test(text.slice(Math.max(0, span.start - 20), span.start)) && NICKNAME_AFTER.test(text.slice(span.end, span.end + 2)) && NICKNAME.test(inner);
}
const NICKNAME_BEFORE = /(?:^|\s)\p{Lu}[\p{Ll}'’-]+ $/u;
const NICKNAME_AFTER = /^ \p{Lu}/u;
const NICKNAME = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}$/u;

/**
 * '"In God We Trust" is the U.S. motto', 'to direct "New Moon"': two to six words, each capitalised but for the small
 * words of titles, with no mark inside, are a title, a motto or a slogan, not what someone said.
 */
function isTitleCased(inner: string): boolean {
  if (/[.,;:!?"]/.test(inner)) return false;
  const words = inner.split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  // "I'm a New Yorker" is someone speaking.
  if (SPEAKING_PRONOUN.test(words[0]!)) return false;
  return /^\p{Lu}/u.test(words[0]!) && words.every((w) => /^(?:\p{Lu}|\d)/u.test(w) || TITLE_SMALL_WORDS.has(w));
}

/** A pronoun a speaker opens words with ("I'm", "We", "You"), never the first word of a title here. */
const SPEAKING_PRONOUN = /^(?:I|We|You|He|She|They)(?:['’]\p{L}+)?$/u;

/** Longest title in quotation marks: "On the Record with Greta Van Susteren". */
const MAX_TITLE_WORDS = 8;

const TITLE_CUE =
  /(?:\b(?:program|programme|show|series|film|movie|book|novel|memoir|song|single|album|ad|advert|column|documentary|episode|magazine|play|musical|titled|entitled|dubbed),?|['’]s|s['’])\s*$/i;

const TITLE_SMALL_WORDS = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'on', 'to', 'for', 'with', 'at']);

/** Whether the mention is the first words of its sentence ("Mr." or "Gov." before it are part of it). */
function opensSentence(sentences: Sentence[], m: EntityMention): boolean {
  const s = sentences[m.sentence];
  return s !== undefined && s.start <= m.start && m.start - s.start <= 5;
}

/** How close a quote must follow the last one, in the same paragraph, to continue its speaker's words. */
const CONTINUATION_GAP = 160;

/**
 * A second quote right after the first, with no attribution of its own, continues the same speaker: in the same
 * paragraph, or opening the next one (news style attributes a run of quoted paragraphs once: '"...," he said.' then
 * a paragraph that is only '"..."').
 */
function continuedSpeaker(
  text: string,
  previous: Quote | undefined,
  span: Span,
  closing: Sentence,
  sentences: Sentence[],
  mentions: EntityMention[],
  names: Map<string, string>,
): string | null {
  if (!previous?.speaker) return null;
  const gap = text.slice(previous.end, span.start);
  if (gap.length > CONTINUATION_GAP) return null;
  // 'Trump met the "Squad." Nancy Pelosi blasted the plan as "a disgrace"': a sentence between them opening with
  // someone else's name has moved on to that person.
  for (let k = firstStartingAt(mentions, previous.end); k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.start >= span.start) break;
    if (m.start > previous.end && (m.type === 'person' || m.type === 'organization') && (names.get(m.entityId) ?? m.text) !== previous.speaker && opensSentence(sentences, m)) {
      return null;
    }
  }
  const lineBreak = gap.indexOf('\n');
  if (lineBreak < 0) return previous.speaker;
  // One paragraph break, and the new paragraph opens with the quote; a speech verb after it means an attribution
  // this reader could not parse ('"...," Elliott Maynard, a Republican trying to ..., said'): no guess then.
  if (!/^[^\n]*\n\s*$/.test(gap) || SPEECH_VERB.test(text.slice(span.end, closing.end))) return null;
  return previous.speaker;
}

const SPEECH_VERB = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, 'i');

/**
 * 'Dr. Alsip also said Dr. Benjamin is tenacious. "If Regina's in a fight ..."': a quotation opening a sentence with
 * no attribution of its own goes on from the sentence before, in the same paragraph, when that one reports someone's
 * words: the subject of its speech verb speaks.
 */
function previousSentenceSpeaker(
  text: string,
  sentences: Sentence[],
  index: number,
  span: Span,
  closing: Sentence,
  mentions: EntityMention[],
  names: Map<string, string>,
): string | null {
  const s = sentences[index]!;
  const prev = sentences[index - 1];
  // 'Politics Daily recently reported:' then a paragraph that is the quotation: a colon hands it over a line break.
  const colon = prev?.text.endsWith(':') === true;
  if (!prev || prev.heading || text.slice(s.start, span.start).trim() !== '' || (!colon && text.slice(prev.end, span.start).includes('\n'))) return null;
  // The quotation is the whole sentence: words after it ('..., he urged.') are an attribution of its own.
  if (/[\p{L}\p{N}]/u.test(text.slice(span.end, closing.end))) return null;
  const verb = SPEECH_VERB.exec(prev.text);
  if (!verb || /^according/i.test(verb[0]) || /["\u201c\u201d]/.test(prev.text)) return null;
  // 'One big difference between Page and most neighbors, said Yeager:': the speaker after the verb.
  const inverted = colon ? invertedSubject(text, prev.start, prev.end, mentions, names) : null;
  if (inverted) return inverted.name;
  const speaker = readSpeaker(text, prev.start, prev.start + verb.index, mentions, names, { subjectAtEnd: true, sentenceStart: prev.start });
  // Named at the verb (described will do before a colon): a pronoun there is resolved further back still.
  if (!speaker || !(speaker.named || colon) || speaker.start < prev.start || /^(?:he|she|they|it)$/i.test(text.slice(speaker.start, speaker.end))) return null;
  return speaker.name;
}

function speakerBefore(text: string, span: Span, sentences: Sentence[], index: number, mentions: EntityMention[], names: Map<string, string>): string | null {
  const s = sentences[index]!;
  const from = Math.max(s.start, span.start - LOOKBACK_CHARS);
  const before = text.slice(from, span.start);
  let deferredAt = -1;
  for (const verb of introducingVerbs(before)) {
    const verbAt = from + verb.index;
    const lead = before.slice(0, verb.index);
    // "X declined to comment but said "..."", "X explained it, saying "..."": the verb takes the subject of the
    // clause before; an earlier speech verb names it, else the sentence's first named person or organisation.
    // "During the call, he asked about X, called Omar a "..."": a verb in a series after a comma shares the subject
    // of the clause that opened it, when that subject is a pronoun (X is no speaker).
    const according = /^according to/i.test(verb[1]!);
    // A clause opened by "he" before anyone is named stands for the person the sentences before were about.
    const viaPronoun = pronounSubject(text, sentences, index, verbAt, mentions, names);
    const series = viaPronoun !== null && /,\s*$/.test(lead);
    if (series || ELIDED_SUBJECT.test(lead) || (PARTICIPLE.test(verb[1]!) && /(?:,|\bby)\s*$/.test(lead))) {
      deferredAt = Math.max(deferredAt, verbAt);
      continue;
    }
    const speaker = according
      ? readSpeaker(text, verbAt, span.start, mentions, names)
      : (viaPronoun ??
        readSpeaker(text, Math.max(from, lastClauseBreak(text, from, verbAt)), verbAt, mentions, names, { subjectAtEnd: true, sentenceStart: s.start }));
    if (speaker) return speaker.name;
  }
  // 'Biden was quick to retort: "..."', 'Added Gibbs: "..."': a colon hands the quote to the subject of the clause
  // before it, a name opening the sentence (after capitalised words at most: a title, an inverted "Said").
  // A title of a few words after a colon ('Esther Williams: "Million Dollar Mermaid"') is no one's words.
  if (deferredAt < 0) {
    const words = text.slice(span.start + 1, span.end - 1).trim().split(/\s+/).length;
    if (!/:\s*$/.test(before) || words < 4) return null;
    return openingSubject(text, s.start, span.start, mentions, names) ?? invertedSubject(text, s.start, span.start, mentions, names)?.name ?? null;
  }
  // 'the senator took a swipe at Hillary Clinton, calling her tenure "..."': the person the participle's object pronoun
  // stands for, named last before it, is not its subject.
  const objectOf = OBJECT_PRONOUN_AFTER.test(text.slice(deferredAt, deferredAt + 24)) ? lastMentionIn(mentions, s.start, deferredAt, ['person']) : undefined;
  const to = objectOf?.start ?? deferredAt;
  const subject =
    pronounSubject(text, sentences, index, deferredAt, mentions, names) ??
    participleSubject(text, s.start, to, mentions, names, ['person', 'organization']) ??
    participleSubject(text, s.start, to, mentions, names, ['other']) ??
    subjectNotAfterPreposition(text, readSpeaker(text, s.start, to, mentions, names, { sentenceStart: s.start }));
  // "LePage hinted ..., telling a local radio station": a name opening the sentence, whatever it was typed.
  return subject?.name ?? openingSubject(text, s.start, to, mentions, names);
}

/** A participle that names or judges, and "him" or "her" after it ("calling her tenure", "praising him"). */
const OBJECT_PRONOUN_AFTER = /^(?:calling|labell?ing|branding|deriding|dismissing|praising|hailing|blasting|slamming|denouncing|deeming)\s+(?:him|her)\b/i;

/** A named subject, unless a preposition stands before it ("attributed his victory to God": not God's words). */
function subjectNotAfterPreposition(text: string, subject: Speaker | null): Speaker | null {
  if (subject === null || !subject.named) return subject;
  return CLAUSE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, subject.start - 16), subject.start)) ? null : subject;
}

/**
 * 'Says one family friend: "..."', '..., said Yeager: "..."': the speaker after a speech verb that opens the clause
 * (at the sentence start or after a comma) and before the colon ending `text[from, to)`.
 */
function invertedSubject(text: string, from: number, to: number, mentions: EntityMention[], names: Map<string, string>): Speaker | null {
  const window = text.slice(from, to);
  const m = INVERTED_BEFORE_COLON.exec(window);
  if (!m) return null;
  // The subject ends at the colon closing the window.
  const end = from + window.trimEnd().length - 1;
  return readSpeaker(text, end - m[1]!.length, end, mentions, names);
}

/** A speech verb opening a clause, then its subject, then a colon at the end ("Says one family friend:"). */
const INVERTED_BEFORE_COLON = new RegExp(`(?:^|,\\s*)(?:${SPEECH_VERBS})\\s+([^,:;"]{2,60}):\\s*$`, 'i');

function openingSubject(text: string, from: number, to: number, mentions: EntityMention[], names: Map<string, string>): string | null {
  const subject = clauseSubject(from, to, mentions, names, 'person', 'organization', 'other');
  return subject && /^(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(text.slice(from, subject.start)) ? subject.name : null;
}

function lastClauseBreak(text: string, from: number, to: number): number {
  const seg = text.slice(from, to);
  const m = /.*(?:[;:]|,\s(?:and|but|while)\s|"\s)/s.exec(seg);
  return m ? from + m[0].length : from;
}

/** `, X, the acting chief of staff, told`: a name, an appositive set off by commas, then the verb. */
const APPOSITIVE_AFTER = new RegExp(`^[,.]?\\s*([^,;"]{2,60}?),\\s[^;"]{2,120}?,\\s+(?:${SPEECH_VERBS})\\b`, 'i');

/** An embedded post's signature on the quote's line: '"..." — Donald J. Trump (@realDonaldTrump) February 15, 2017'. */
const POST_SIGNATURE = /^[^\n"]{0,200}?[\u2014\u2013]\s+([^()\n\u2014\u2013]{2,60}?)\s+\(@\w{1,15}\)/;

/** The author of an embedded post the quote is part of, as the article names them, else as the post signs. */
function tweetAuthor(text: string, span: Span, mentions: EntityMention[], names: Map<string, string>): string | null {
  const m = POST_SIGNATURE.exec(text.slice(span.end, span.end + 300));
  if (!m) return null;
  const start = span.end + m.index + m[0].indexOf(m[1]!);
  const named = mentions.find((x) => x.start >= start && x.end <= start + m[1]!.length && (x.type === 'person' || x.type === 'organization'));
  return named ? (names.get(named.entityId) ?? named.text) : m[1]!.trim();
}

/** What the words after a quotation are read with: the text, the quote, its sentence, the names and the antecedent. */
interface AfterQuote {
  text: string;
  span: Span;
  sentence: Sentence;
  mentions: EntityMention[];
  names: Map<string, string>;
  antecedent: { from: number; to: number };
}

/** The words after a quotation, to the end of its sentence (two lookaheads at most). */
function wordsAfter({ text, span, sentence }: AfterQuote): string {
  return text.slice(span.end, Math.min(sentence.end, span.end + LOOKAHEAD_CHARS * 2));
}

function speakerAfter(q: AfterQuote): string | null {
  const { text, span, sentence: s } = q;
  const after = wordsAfter(q);
  const head = after.slice(0, NAME_THEN_VERB_CHARS);
  // VERB_AFTER's lazy name is tried against every verb at every space: only where a verb stands at all.
  const verbAfter = VERB_NEAR.test(head) ? VERB_AFTER.exec(head) : null;
  // '"under the right conditions," offering to re-engage ... after President Donald Trump said': a clause opened
  // by a participle goes on with the sentence's subject; the verb further on is someone else's.
  const direct = verbAfter?.[2] !== undefined && LEADING_PARTICIPLE.test(verbAfter[2]) ? null : verbAfter;
  const m = direct ?? APPOSITIVE_AFTER.exec(after);
  // 'and said, "somebody ought to act," the prosecutor said': the words are relayed, the office is no speaker.
  const offices = !INTRODUCED.test(text.slice(Math.max(s.start, span.start - 24), span.start));
  // '"...," the White House press secretary, Sarah Huckabee Sanders, told reporters': the name set off after an
  // office names who holds it.
  const found = m ? (direct ? (readAfter(q, m, offices) ?? nameSetOffAfter(q, m)) : (nameSetOffAfter(q, m) ?? readAfter(q, m, offices))) : null;
  if (found) return found;
  // '"..." announced in October, said Derek Scissors': the attribution after a clause that names no one.
  const later = LATER_SAID.exec(after.slice(0, LOOKAHEAD_CHARS));
  return later ? readAfter(q, later, offices) : null;
}

/**
 * '... has been "secretly working" with Moscow ..., according to a report', '..., police said.': the source the
 * sentence ends on, when no one is named at the quote or before it (the words are the source's, or reached the
 * article through it).
 */
function speakerAccordingTo(q: AfterQuote): string | null {
  const after = wordsAfter(q);
  const m = LATER_ACCORDING.exec(after);
  if (m) return readAfter(q, m, true);
  // '"as a kind of regional leader" outside the ... EU power structure with which it has clashed, says Prof
  // Szczerbiak': the attribution ending the sentence, further than speakerAfter reads, or after its subject.
  // Both patterns try every comma: only where one of their verbs stands at all.
  if (!LATER_VERB.test(after)) return null;
  const said = LATER_SAID_ENDING.exec(after) ?? LATER_SUBJECT_SAID.exec(after);
  return said ? readAfter(q, said, true) : null;
}

/** ", according to X" further on in the sentence after a quote, before any other quotation mark. */
const LATER_ACCORDING = /^[^"“”]*?,\s+according to\s+([^,.;"“”]{2,60})/i;

/** Words after "said" that start no subject: '..., said on Tuesday', '..., said last week', '..., said that'. */
const NOT_A_SUBJECT = String.raw`(?!(?:on|in|at|to|from|by|for|with|during|after|before|that|this|last|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\b)`;

/** The verbs of LATER_SAID_ENDING and LATER_SUBJECT_SAID ("told" for '..., he told White House reporters'). */
const LATER_VERB = /\b(?:said|says|added|told)\b/i;

/** ", X says." ending the sentence of a quote, before any other quotation mark: '"..." outside the EU, Prof Szczerbiak says.' */
const LATER_SUBJECT_SAID = /^[^"]*?,\s+([^,.;"]{2,60}?)\s+(?:said|says|added|told\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:reporters|journalists|the\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}))(?:\s+(?:on|this|last)\s+\w+)?\s*\.?$/u;

/** ", said X" further on in the words after a quote, before any other quotation mark. */
const LATER_SAID = new RegExp(String.raw`^[^"]*?,\s+(?:said|says|added)\s+${NOT_A_SUBJECT}([^,.;"]{2,60})`, 'i');

/** LATER_SAID where the name ends its clause: read further from the quote, where "said Tuesday it was closing" is no name. */
const LATER_SAID_ENDING = new RegExp(String.raw`^[^"]*?,\s+(?:said|says|added)\s+${NOT_A_SUBJECT}([^,.;"]{2,60}?)\s*[,.;]`, 'i');

/**
 * '"...," said his grandmother, Jan Pugh, in an interview': the person named in an appositive after the words the
 * verb introduces, when those words name no speaker themselves. The appositive is a name of up to four
 * capitalised words holding a mention; a person mention that is all of it speaks as the article names them, any
 * other (a surname alone, a given name the rules took for something else) as written.
 */
function nameSetOffAfter({ text, span, mentions, names }: AfterQuote, m: RegExpExecArray): string | null {
  if (m[1] === undefined) return null;
  const at = span.end + m.index + m[0].indexOf(m[1]) + m[1].length;
  const apposition = APPOSITIVE_NAME.exec(text.slice(at, at + 80));
  if (!apposition) return null;
  const start = at + apposition[0].indexOf(apposition[1]!);
  const end = start + apposition[1]!.length;
  const inside = mentions.filter((x) => x.start >= start && x.end <= end);
  const whole = inside.find((x) => x.type === 'person' && x.start === start && x.end === end);
  if (whole) return namedSpeaker(whole, names).name;
  return inside.some((x) => x.type === 'person' || x.type === 'other') ? apposition[1]! : null;
}

/** ", Jan Pugh," right after the words a verb introduced: a name of up to four capitalised words, set off; not a party-state tag (", D-Conn.,"). */
const APPOSITIVE_NAME = /^,\s*(?![DRI]-)((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)\s*(?:[,.;]|$)/u;

function readAfter({ text, span, mentions, names, antecedent }: AfterQuote, m: RegExpExecArray, offices: boolean): string | null {
  const group = m[1] ?? m[2]!;
  const at = span.end + m.index + m[0].indexOf(group);
  // 'added Immelman who follows in the footsteps of Gary Player': the speaker is named before a relative clause
  // after the verb, not inside it.
  const relative = m[1] !== undefined ? RELATIVE_AFTER_NAME.exec(group) : null;
  const end = at + (relative ? relative.index : group.length);
  return jointSpeakers(text, at, end, mentions, names) ?? readSpeaker(text, at, end, mentions, names, { antecedent, offices })?.name ?? null;
}

/**
 * '"...," said Zadan and Meron', '"...," Speaker Nancy Pelosi of California and Senator Chuck Schumer of New York
 * said': two people joined by "and" (titles, a state or a party between at most) speak together.
 */
function jointSpeakers(text: string, from: number, to: number, mentions: EntityMention[], names: Map<string, string>): string | null {
  const people: EntityMention[] = [];
  for (let k = firstStartingAt(mentions, from); k < mentions.length && mentions[k]!.start < to; k++) if (mentions[k]!.type === 'person') people.push(mentions[k]!);
  if (people.length !== 2) return null;
  const [a, b] = people as [EntityMention, EntityMention];
  if (!JOINED.test(text.slice(a.end, b.start)) || !/^[\s,]*$/.test(text.slice(from, a.start).replace(TITLE_WORDS, ''))) return null;
  return `${names.get(a.entityId) ?? a.text} and ${names.get(b.entityId) ?? b.text}`;
}

/** What may join two speakers: "and", a state or party after the first, a title before the second. */
const JOINED = /^(?:\s+of\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?|\s*\([^)]{1,12}\)|,\s*[^,]{1,30},)?\s+and\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u;

/** Capitalised words before a name: titles ("Speaker", "Sen.", "State House Majority Leader"). */
const TITLE_WORDS = /(?:\p{Lu}[\p{L}.'’-]*\s+)+/gu;

/** A relative clause opening after the name the verb introduces. */
const RELATIVE_AFTER_NAME = /\s+(?:who|whose|whom|which)\b/;

/** A speech verb and a comma or colon right before a quote: the words are introduced there. */
const INTRODUCED = new RegExp(`\\b(?:${SPEECH_VERBS}|${SPEECH_PARTICIPLES})\\s*[,:]?\\s*$`, 'i');
