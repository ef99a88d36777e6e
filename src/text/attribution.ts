import { RELATIVE_BEFORE, SPEECH_VERBS } from './gazetteer.ts';
import { courtesySexBefore, givenNameGender } from './given-names.ts';
import type { EntityMention, Sentence, Span } from './types.ts';

export { SPEECH_VERBS } from './gazetteer.ts';

/**
 * An age standing for the person ("the 43-year-old said"), not before the noun it describes ("a 10-year-old girl"):
 * only a speech verb or an adverb may follow it in lower case. No white space in it: PEOPLE_NOUNS is split at spaces.
 */
const AGE_NOUN = String.raw`\d+-year-olds?(?!\s+(?!(?:${SPEECH_VERBS.replace(/ /g, String.raw`\s`)}|also|later|then|earlier)\b)[a-z])`;

/** Nouns for the people a speaker is described as ("a US official", "witnesses", "the woman"), as patterns. */
const PEOPLE_NOUNS = `officials? sources? spokesperson spokesman spokeswoman aides? people person diplomats? analysts?
  observers? insiders? negotiators? advisers? advisors? physicians doctors experts researchers scientists investigators?
  prosecutors announcer narrator witnesses? residents? authorities officers? agents? soldiers? neighbou?rs? relatives?
  friends? lawyers? attorneys? victims? survivors? parents mother father wife husband woman man women men biographer
  strategists? consultants? operatives? lobbyists? activists? protesters? publicist representative reps? historians? colleagues?
  jurors? workers? students? teachers? nurses? voters? owners? passengers? farmers? staffers? bloggers? journalists? mom dad
  ${AGE_NOUN}`;

/** Bodies that speak on the record, though unnamed ("police said", "the company said"). */
export const BODY_NOUNS = `company firm ministry agency department committee army navy military police government embassy council court
  church team club school university hospital airline union commission board organization organisation`;

/** Documents words are attributed to ("the statement said", "the suit states"). */
export const DOCUMENT_NOUNS = 'statement suit lawsuit complaint indictment letter report filing memo listing text slides advertisement advert message email note documents records bio biography transcript tweet';

/** Alternatives of a regular expression from a list of words separated by white space. */
export function alternatives(words: string): string {
  return words.trim().split(/\s+/).join('|');
}

/** A phrase that names a speaker or source without a proper name. */
export const DESCRIPTION = new RegExp(
  String.raw`\b((?:[Aa]n?|[Aa]nother|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|one|two|three|several|some|many|other|senior|top)\s+(?:(?:lead|unseen|local|chief|former|longtime|another|prominent|family|first|second|third|fourth|fifth|\d+(?:-\w+)+)\s+)?)?((?:(?!(?:But|And|Yet|So|Or|However|Still)\s)[A-Z][\w.'’-]*\s+){0,3})?(?:(?:police|military|army|navy|government|company|court|hospital|embassy|ministry|campaign|state|federal|county|city)\s+(?=spokes|officials?\b|officers?\b|sources?\b))?(${alternatives(`${PEOPLE_NOUNS} ${BODY_NOUNS} ${DOCUMENT_NOUNS} newspaper paper radio`)})\b(\s+(?:familiar with|close to|briefed on|with knowledge of)\s+(?:the\s+)?[\w\s]{1,40}?(?=[,.;]|$|\s(?:said|told|say)))?`,
);

export interface Speaker {
  name: string;
  start: number;
  end: number;
  entityId: string | null;
  /** Whether the speaker is named (an entity) or only described ("a US official"). */
  named: boolean;
}

const PRONOUN = /^(he|she|they|it)$/i;

/** Public offices, held on the record: "the judge said" speaks for the court. */
export const PUBLIC_OFFICES = `president prime\\s+minister chancellor governor mayor senator minister secretary premier king queen
  pope ambassador envoy chairman chairwoman commissioner prosecutor judge sheriff officer detective congressman
  congresswoman lawmaker coroner emir sultan monarch chief`;

/** Occupations a speaker is described by ("said the actor"). */
const OCCUPATION_TITLES = `coach manager actor actress singer rapper star comedian host anchor author writer novelist economist
  billionaire businessman pastor priest quarterback candidate nominee hopeful athlete player producer director filmmaker
  musician designer`;

/**
 * "the president", "the prime minister", "the actor": an office standing for the person the article gave it to; "the
 * manager of a bank" too, not "the president of the company" (the office of a body named, no one's description).
 */
const TITLE_SUBJECT = new RegExp(
  String.raw`\bthe\s+((?:[a-z]+\s+)?(?:${alternatives(`${PUBLIC_OFFICES} ${OCCUPATION_TITLES}`)}))\b(?!['’]s|\s+of\s+(?!an?\s))`,
  'i',
);

/** An office right before the verb ending a window, auxiliaries or an adverb between: "the president has ". */
const OFFICE_AT_END = new RegExp(`${TITLE_SUBJECT.source}\\s+(?:(?:has|had|have|also|later|then|repeatedly|previously|once)\\s+)*$`, 'i');

/** "by" before a name, a title or role word between: "Asked by host David Gregory". */
const AGENT_BEFORE = /\bby\s+(?:[a-z]+\s+)?$/;

/**
 * A name in an aside before a verb's subject: a relative inside parentheses that close before `to` ("(pictured with
 * her son Leo)"), or the agent of a clause set off by a comma ("Asked by host David Gregory ..., the senator").
 */
function isAsideName(text: string, m: EntityMention, to: number): boolean {
  // "Asked by host David Gregory why he'd back the deal, the Florida Republican rejected": the agent of a clause
  // before the subject's.
  if (AGENT_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)) && text.slice(m.end, to).includes(',')) return true;
  if (!RELATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start))) return false;
  const close = text.indexOf(')', m.end);
  return close >= 0 && close < to && text.lastIndexOf('(', m.start) > text.lastIndexOf(')', m.start);
}

/**
 * The person whose role ends in the office named in `window` ("The president said ..." after "US President Donald
 * Trump"), the last one named before it; undefined when no office is named or no one holds it.
 */
function titleHolder(window: string, from: number, mentions: EntityMention[]): EntityMention | undefined {
  const t = TITLE_SUBJECT.exec(window);
  if (!t) return undefined;
  const office = t[1]!.toLowerCase().split(/\s+/).pop()!;
  let holder: EntityMention | undefined;
  for (const m of mentions) {
    if (m.start >= from) continue;
    if (m.type === 'person' && m.role && m.role.toLowerCase().split(/;\s*/).some((r) => r.endsWith(office))) holder = m;
  }
  return holder;
}

/** "he" or "she" ending a window that stops at the verb, an adverb at most between ("whom he also called"). */
const SUBJECT_PRONOUN_AT_END = /\b(he|she)\s+(?:(?:also|later|then|once|first|previously|repeatedly)\s+)?$/i;

/** Whether mentions are in start order (as `findEntities` returns them), checked once per array. */
const sortedByStart = new WeakMap<EntityMention[], boolean>();

function isSortedByStart(mentions: EntityMention[]): boolean {
  let sorted = sortedByStart.get(mentions);
  if (sorted === undefined) {
    sorted = mentions.every((m, i) => i === 0 || mentions[i - 1]!.start <= m.start);
    sortedByStart.set(mentions, sorted);
  }
  return sorted;
}

/** The last mention (in list order) of one of `types` inside [from, to). */
export function lastMentionIn(mentions: EntityMention[], from: number, to: number, types: string[]): EntityMention | undefined {
  if (!isSortedByStart(mentions)) {
    let best: EntityMention | undefined;
    for (const m of mentions) if (m.start >= from && m.end <= to && types.includes(m.type)) best = m;
    return best;
  }
  // In start order, only mentions starting in [from, to) can fit: walk back from the last one starting before `to`.
  for (let i = firstStartingAt(mentions, to) - 1; i >= 0 && mentions[i]!.start >= from; i--) {
    const m = mentions[i]!;
    if (m.end <= to && types.includes(m.type)) return m;
  }
  return undefined;
}

/**
 * A mention typed other that is the whole subject of the verb: with `atEnd` (the window ends at the verb), the last
 * one, right before the verb and opening its clause ("the EIA wrote"); else the window after the verb, whole
 * ("said Angela").
 */
function otherAtVerb(text: string, from: number, to: number, mentions: EntityMention[], atEnd: boolean): EntityMention | undefined {
  const o = atEnd ? lastMentionIn(mentions, from, to, ['other']) : firstMentionIn(mentions, from, to, 'other');
  if (!o) return undefined;
  const whole = atEnd
    ? /^\s*$/.test(text.slice(o.end, to)) && /(?:^|[,;:]|\bthe)\s*$/i.test(text.slice(from, o.start))
    : /^\s*(?:the\s+)?$/i.test(text.slice(from, o.start)) && /^\s*$/.test(text.slice(o.end, to));
  return whole ? o : undefined;
}

const RELATIVE_CLAUSE = /,\s+(?:who|which|whose|whom|where)\b/i;


/** What stands between a person and the body they are of or with: " of the", " with", " at", " from". */
const PERSON_OF_BODY = /^\s+(?:of|with|at|from)\s+(?:the\s+)?$/i;

const PREPOSITION_BEFORE = /\b(?<!according )(?:(?:on|via|to|through|in)\s+(?:the\s+)?|from\s+)$/i;

/** Whether a DESCRIPTION match names a document ("the statement", "a New York Times report"), not people. */
function isDocument(match: RegExpExecArray): boolean {
  return DOCUMENT_SET.has(match[3]!.toLowerCase());
}

const DOCUMENT_SET = new Set(DOCUMENT_NOUNS.split(' '));

/** The first DESCRIPTION match in `window` from `at` on that names people, not a document; null if none. */
function nextDescription(window: string, at: number): RegExpExecArray | null {
  DESCRIPTIONS.lastIndex = at;
  for (let m = DESCRIPTIONS.exec(window); m; m = DESCRIPTIONS.exec(window)) {
    if (m[0].length === 0) {
      DESCRIPTIONS.lastIndex++;
      continue;
    }
    if (!isDocument(m)) return m;
  }
  return null;
}

/** DESCRIPTION, global, to find its last match in a window. */
const DESCRIPTIONS = new RegExp(DESCRIPTION.source, 'g');

/** The last match of DESCRIPTION in `window`, as DESCRIPTION.exec gives matches (each search past the last match). */
function lastDescription(window: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  DESCRIPTIONS.lastIndex = 0;
  for (let m = DESCRIPTIONS.exec(window); m; m = DESCRIPTIONS.exec(window)) {
    last = m;
    if (m[0].length === 0) DESCRIPTIONS.lastIndex++;
  }
  return last;
}

/** People nouns that are one sex: what "he" or "she" may stand for among descriptions ("the woman", "his father"). */
const NOUN_SEX = new Map<string, 'he' | 'she'>([
  ...'man father husband spokesman boy son brother grandfather congressman chairman dad actor'.split(' ').map((n) => [n, 'he'] as const),
  ...'woman mother wife spokeswoman girl daughter sister grandmother congresswoman chairwoman mom actress'.split(' ').map((n) => [n, 'she'] as const),
]);

/**
 * The singular PEOPLE_NOUNS a pronoun may stand for ("a witness", "the official", "a neighbor"): each pattern's
 * singular ("officials?" -> "official"), and the patterns that are no plural ("person", not "people" or "women").
 */
const SINGULAR_PEOPLE = new RegExp(
  `^(?:${PEOPLE_NOUNS.trim()
    .split(/\s+/)
    .flatMap((n) => (n.endsWith('s?') ? [n.slice(0, -2)] : /s$|^(?:people|men|women)$|\)$/.test(n) ? [] : [n]))
    .join('|')})$`,
);

/**
 * The one person described (not named) in the antecedent window whom `pronoun` can stand for: a description of a
 * single person of that sex or of either; null when there is none, or more than one.
 */
function describedAntecedent(text: string, antecedent: { from: number; to: number }, pronoun: string): Speaker | null {
  const window = text.slice(antecedent.from, antecedent.to);
  let found: RegExpExecArray | null = null;
  for (let m = nextDescription(window, 0); m; m = nextDescription(window, m.index + Math.max(1, m[0].length))) {
    const noun = m[3]!.toLowerCase();
    const sex = NOUN_SEX.get(noun);
    if (sex !== pronoun && !(sex === undefined && SINGULAR_PEOPLE.test(noun))) continue;
    if (found) return null;
    found = m;
  }
  if (!found) return null;
  const phrase = found[0].trim();
  const start = antecedent.from + found.index;
  return { name: lowerArticle(phrase), start, end: start + phrase.length, entityId: null, named: false };
}

export interface ReadSpeakerOptions {
  /**
   * The window ends at the speech verb ("..., which Russian sources characterized as"): its subject is what stands
   * nearest the verb, so a description after the last named entity is the speaker, not the entity before it.
   */
  subjectAtEnd?: boolean;
  /**
   * Where the sentence starts: a pronoun ("he said") then stands for the first person named in the sentence, its
   * usual subject ("Rubio said he hasn't read the Manchin-Toomey bill, but he said ..."), before anyone earlier.
   */
  sentenceStart?: number;
  /**
   * Where a pronoun after a quote ("...," he said) looks for whom it stands for: the first person named from `from`
   * to `to` (the sentence before the quote up to its opening mark), the subject there, not a name inside the quote
   * or the last one mentioned ("Netanyahu appeared on NBC, urging Obama to act. "...," he said").
   */
  antecedent?: { from: number; to: number };
  /**
   * Whether an office no one holds may stand as described ("the judge said"): not for words another speech verb
   * introduced before them ('he said, "...," the prosecutor said' relays his words).
   */
  offices?: boolean;
}

/** The first mention of one of `types` inside [from, to). */
function firstMentionIn(mentions: EntityMention[], from: number, to: number, ...types: string[]): EntityMention | undefined {
  // In start order (as findEntities gives them), the search starts at the first mention starting at `from`.
  const first = isSortedByStart(mentions) ? firstStartingAt(mentions, from) : 0;
  for (let i = first; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.start >= from && m.end <= to && types.includes(m.type)) return m;
  }
  return undefined;
}

/**
 * Whether a person mention can be "he" or "she": a person whose given name is on the other list cannot ("she"
 * after "John McCain" is not McCain). Unknown and shared names agree with both.
 */
function agreesWith(text: string, m: EntityMention, pronoun: string, names: Map<string, string>, mentions: EntityMention[]): boolean {
  // "her sister Venus", "daughter Lexi": a person named as someone's relative is rarely whom the next "she" means.
  const c = text.charCodeAt(m.start - 2);
  if (c >= 97 && c <= 122 && RELATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start))) return false;
  // "(Aizick Grimman/CBC)": a photographer's credit names no one the story is about.
  if (text.charCodeAt(m.end) === 47) return false;
  if (pronoun !== 'he' && pronoun !== 'she') return true;
  const gender = mentionGender(text, m, names, mentions);
  return gender === null || gender === (pronoun === 'he' ? 'male' : 'female');
}

type Sex = 'male' | 'female';

/**
 * The sex a person mention's words tell: its entity's given name ("Ruth Bader Ginsburg"), else a courtesy title:
 * the one before the mention ("Mr. Gingrich", "Ms. Lauten"), or, for an entity the article names by its surname
 * only, the one it gives at any of its mentions ("Mr. Obama" ... "Obama"). A surname the article also gives a full
 * name may stand for two people ("Mrs. Kennedy" and "Kennedy" for her husband, grouped as one), so its other
 * mentions' titles are not taken for it.
 */
export function mentionGender(text: string, m: EntityMention, names: Map<string, string>, mentions: EntityMention[]): Sex | null {
  const words = (names.get(m.entityId) ?? m.text).split(/\s+/);
  const given = givenNameGender(words[0]!.toLowerCase());
  if (given !== null) return given;
  return courtesySexBefore(text, m.start) ?? (words.length === 1 ? (titledSexes(text, mentions).get(m.entityId) ?? null) : null);
}

/** Per mention list (one article), the sex its courtesy titles give each person entity; null where they disagree. */
const TITLED = new WeakMap<EntityMention[], Map<string, Sex | null>>();

function titledSexes(text: string, mentions: EntityMention[]): Map<string, Sex | null> {
  let sexes = TITLED.get(mentions);
  if (sexes !== undefined) return sexes;
  sexes = new Map();
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const sex = courtesySexBefore(text, m.start);
    if (sex === null) continue;
    const known = sexes.get(m.entityId);
    sexes.set(m.entityId, known === undefined || known === sex ? sex : null);
  }
  TITLED.set(mentions, sexes);
  return sexes;
}

/**
 * The first person named inside [from, to) whom `pronoun` can stand for; with `outsideQuotes`, not one named inside
 * a quotation there ('"My friend Trey Gowdy stopped by," Buck tweeted. He said': Buck).
 */
function firstAgreeingIn(
  text: string,
  mentions: EntityMention[],
  from: number,
  to: number,
  pronoun: string,
  names: Map<string, string>,
  outsideQuotes = false,
): EntityMention | undefined {
  // "When Lexi was four years old, Angela said ...": the subject follows a clause put before it; someone named in
  // that clause is taken only when no one after it will do.
  const fronted = FRONTED_CLAUSE.exec(text.slice(from, Math.min(to, from + 200)));
  const mainFrom = fronted ? from + fronted[0].length : from;
  let inFronted: EntityMention | undefined;
  for (let m = firstMentionIn(mentions, from, to, 'person'); m; m = firstMentionIn(mentions, m.end, to, 'person')) {
    if (outsideQuotes && isInsideQuotes(text, m.start)) continue;
    if (!agreesWith(text, m, pronoun, names, mentions)) continue;
    if (m.start >= mainFrom) return m;
    inFronted ??= m;
  }
  return inFronted;
}

/** A subordinate clause opening a sentence, to its comma: "When Lexi was four years old, ". */
const FRONTED_CLAUSE = /^\s*(?:When|After|Before|While|If|As|Although|Though|Since|Because|Until|Once|Whereas)\s[^,;"]{3,120},\s/;

/**
 * Whether `at` lies inside a quotation: an odd number of quotation marks between the start of its paragraph and it
 * (a sentence may start inside a quotation; a paragraph starts outside one, or reopens it with a mark).
 */
export function isInsideQuotes(text: string, at: number): boolean {
  let marks = 0;
  for (let i = text.indexOf('"', text.lastIndexOf('\n', at) + 1); i >= 0 && i < at; i = text.indexOf('"', i + 1)) marks++;
  return marks % 2 === 1;
}

/** The last person named before `at` whom `pronoun` can stand for. */
function lastAgreeingIn(text: string, mentions: EntityMention[], at: number, pronoun: string, names: Map<string, string>): EntityMention | undefined {
  for (let m = lastMentionIn(mentions, 0, at, ['person']); m; m = lastMentionIn(mentions, 0, m.start, ['person'])) {
    if (agreesWith(text, m, pronoun, names, mentions)) return m;
  }
  return undefined;
}

/** The index of the first of `mentions` (in start order) that starts at or after `at`, by binary search. */
export function firstStartingAt(mentions: EntityMention[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A named speaker: the entity's name (as the article's entity index gives it) at the mention `m`. */
export function namedSpeaker(m: EntityMention, names: Map<string, string>, span: Span = m): Speaker {
  return { name: names.get(m.entityId) ?? m.text, start: span.start, end: span.end, entityId: m.entityId, named: true };
}

/**
 * The subject of a sentence's first clause, for a verb that takes it over ("X declined to comment but said",
 * "X explained ..., saying"): the first person or organisation (or mention of `types`) named from `from` to `to`.
 */
export function clauseSubject(from: number, to: number, mentions: EntityMention[], names: Map<string, string>, ...types: string[]): Speaker | null {
  const m = firstMentionIn(mentions, from, to, ...(types.length > 0 ? types : ['person', 'organization']));
  return m ? namedSpeaker(m, names) : null;
}

/**
 * Words before a name that make it no clause subject: the name is where or what the clause is about. Broader than
 * PREPOSITION_BEFORE, which only keeps a platform ("said on Twitter") from speaking.
 */
export const CLAUSE_PREPOSITION_BEFORE = /\b(?:in|on|at|to|from|for|with|by|of|into|over|under|during|about|against|across|near|toward|towards)\s+(?:the\s+)?$/i;

/**
 * The subject a participle or an elided verb takes over ("X explained ..., saying"): the first name of `types` in
 * the clause before it that is no possessive ("Rice's comments came as Netanyahu turned down ..., saying": not
 * Rice) and follows no preposition ("during his trip to Washington, saying": Washington is where he went).
 * Names the rules typed no further ('other') are asked for only when no person or body is named.
 */
export function participleSubject(text: string, from: number, to: number, mentions: EntityMention[], names: Map<string, string>, types: string[]): Speaker | null {
  for (const m of mentions) {
    if (m.start < from || m.end > to || !types.includes(m.type)) continue;
    if (/^['’]s\b/.test(text.slice(m.end, m.end + 3)) || CLAUSE_PREPOSITION_BEFORE.test(text.slice(Math.max(from, m.start - 16), m.start))) continue;
    return namedSpeaker(m, names);
  }
  return null;
}

/** A clause whose subject is "he" or "she", after at most an opening phrase ("During the call, he asked ..."). */
export const PRONOUN_SUBJECT = /^\s*(?:[^,;"]{0,40},\s*)?(he|she)\b/i;

/** How many sentences back a subject pronoun may look for the person it stands for. */
const MAX_PRONOUN_REACH = 6;

/**
 * The subject of a sentence whose clause opens with "he" or "she" before naming anyone: the first person named in
 * the nearest sentence before it whose subject is not again a pronoun ("Carlineo faces ten years. ... He was arrested
 * in April. During the call, he asked ... and said "..."": Carlineo), within a few sentences; null when the clause
 * names its subject, or no such sentence is found.
 */
export function pronounSubject(text: string, sentences: Sentence[], index: number, to: number, mentions: EntityMention[], names: Map<string, string>): Speaker | null {
  const s = sentences[index]!;
  const named = firstMentionIn(mentions, s.start, to, 'person', 'organization');
  const pronoun = PRONOUN_SUBJECT.exec(text.slice(s.start, named ? named.start : to))?.[1]?.toLowerCase();
  if (pronoun === undefined) return null;
  for (let k = index - 1; k >= 0 && k >= index - MAX_PRONOUN_REACH; k--) {
    const prev = sentences[k]!;
    if (prev.heading) break;
    const m = firstMentionIn(mentions, prev.start, prev.end, 'person');
    if (PRONOUN_SUBJECT.test(text.slice(prev.start, m ? m.start : prev.end))) continue;
    // The sentence's first person, or the first one the pronoun can stand for ("she" after "John ... and Mary ...").
    const agreeing = m ? firstAgreeingIn(text, mentions, prev.start, prev.end, pronoun, names, true) : undefined;
    if (agreeing) return namedSpeaker(agreeing, names);
  }
  return null;
}

/**
 * The speaker named in `text[from, to)`: an entity, a description, a pronoun resolved to a person named before (the
 * sentence's first, given `sentenceStart`, else the last), or a place at the head of the subject.
 */
export function readSpeaker(
  text: string,
  from: number,
  to: number,
  mentions: EntityMention[],
  names: Map<string, string>,
  options: ReadSpeakerOptions = {},
): Speaker | null {
  const window = text.slice(from, to);
  // "Bloomberg ... threw jabs at Trump, whom he called": a pronoun right before the verb is its subject, not the
  // name before it.
  const pronounSubject = options.subjectAtEnd ? SUBJECT_PRONOUN_AT_END.exec(window) : null;
  // "Jerrold Nadler, the top Democrat, who has been investigating ... Trump campaign associates, also stressed": the
  // subject stands before a relative clause set off by a comma, not among the names inside it.
  // The subject may stand before the window, when the relative clause is long: look back to the sentence start.
  const relative = options.subjectAtEnd ? RELATIVE_CLAUSE.exec(window) : null;
  const subjectFrom = relative && options.sentenceStart !== undefined ? Math.min(from, options.sentenceStart) : from;
  const beforeRelative = relative ? lastMentionIn(mentions, subjectFrom, from + relative.index, ['person', 'organization']) : undefined;
  // "The lawsuit, which was brought by ... Scott Pruitt, accused": a described subject before the relative clause.
  const describedBefore = relative && !beforeRelative && !pronounSubject ? DESCRIBED_SUBJECT.exec(text.slice(subjectFrom, from + relative.index)) : null;
  if (describedBefore) {
    const start = subjectFrom + describedBefore.index + describedBefore[0].indexOf(describedBefore[1]!);
    return { name: lowerArticle(describedBefore[1]!), start, end: start + describedBefore[1]!.length, entityId: null, named: false };
  }
  // '"...," it says', 'It said: "..."': the document or body named last before.
  if (IT_ALONE.test(window)) return itAntecedent(text, from, mentions, names);
  // "Donald Trump's lawyer said", '"...," Putin's envoy told': the person or body of a name speaks, described.
  const possessed = pronounSubject || !hasPossessive(window) ? null : POSSESSED_AT_END.exec(window);
  if (possessed) {
    const start = from + possessed.index + possessed[0].indexOf(possessed[1]!);
    const described = personSetOffBefore(text, mentions, from, start);
    if (described) return namedSpeaker(described, names);
    return { name: lowerArticle(possessed[1]!.replace(/\s+/g, ' ')), start, end: start + possessed[1]!.length, entityId: null, named: false };
  }
  let m = pronounSubject ? undefined : (beforeRelative ?? lastMentionIn(mentions, from, to, ['person', 'organization']));
  // "said on Twitter", "posted to Facebook": a body after a preposition is where the words went, not who said them.
  // "uncovering Felt's secret, says": a name in the possessive is whose the thing is, not the subject.
  // "Trump's campaign also released a statement saying": the people or body of a name in the possessive speak.
  // "Melinda Mostini (pictured with her son Leo above) has questioned", "Asked by host David Gregory ..., the senator
  // rejected": a name in an aside is no subject.
  for (
    let possessive = m !== undefined && isPossessive(text, m.end);
    m && (possessive || (m.type === 'organization' && PREPOSITION_BEFORE.test(text.slice(Math.max(from, m.start - 24), m.start))) || isAsideName(text, m, to));

  ) {
    const owned = possessive ? POSSESSED_AFTER.exec(text.slice(m.end, to)) : null;
    const described = owned ? personSetOffBefore(text, mentions, from, m.start) : undefined;
    if (described) return namedSpeaker(described, names);
    if (owned) return { name: text.slice(m.start, m.end + owned[0].length).replace(/\s+/g, ' '), start: m.start, end: m.end + owned[0].length, entityId: null, named: false };
    // "Mr. Braley's apology noted": words of a name's own statement, apology or post are the name's.
    if (possessive && OWN_WORDS_AFTER.test(text.slice(m.end, to))) break;
    m = lastMentionIn(mentions, from, m.start, ['person', 'organization']);
    possessive = m !== undefined && isPossessive(text, m.end);
  }
  // "an allegation the president has rejected as": an office right before the verb is its subject, not a name before.
  const officeAtEnd = options.subjectAtEnd && !pronounSubject ? OFFICE_AT_END.exec(window) : null;
  if (officeAtEnd && (m === undefined || m.end <= from + officeAtEnd.index)) {
    const holder = titleHolder(officeAtEnd[0], from + officeAtEnd.index, mentions);
    if (holder) return namedSpeaker(holder, names);
    const start = from + officeAtEnd.index;
    const end = start + officeAtEnd[0].indexOf(officeAtEnd[1]!) + officeAtEnd[1]!.length;
    return { name: lowerArticle(text.slice(start, end).replace(/\s+/g, ' ')), start, end, entityId: null, named: false };
  }
  // "Det. Charles Geiger of the LAPD's Robbery-Homicide Division told": the body is the one the person is of; the
  // person speaks.
  if (m?.type === 'organization') {
    const person = lastMentionIn(mentions, from, m.start, ['person']);
    if (person && PERSON_OF_BODY.test(text.slice(person.end, m.start))) m = person;
  }
  const nearest = options.subjectAtEnd ? lastDescription(window) : null;
  // The description must stand right before the verb: "Peter Carr, a spokesman for the counsel, told" is Carr's.
  // A document ("Steele issued a statement saying") is where a named speaker's words are, not a speaker before them.
  if (m && nearest && !isDocument(nearest) && from + nearest.index >= m.end && !window.includes(',', nearest.index + nearest[0].length)) {
    const start = from + nearest.index;
    const phrase = nearest[0].trim();
    return { name: lowerArticle(phrase), start, end: start + phrase.length, entityId: null, named: false };
  }
  // "Katrin Dessel, a spokeswoman for the Interior Ministry, said": the ministry is in the appositive; she speaks.
  // So does "Cheuk Hau-yip, the commander of Kowloon West district, said", whatever Kowloon West was taken for.
  if (m && options.subjectAtEnd) {
    const person = lastMentionIn(mentions, from, m.start, ['person']);
    if (person && /^(?:\s+of\s+[^,]+)?\s*,[^,]+,\s*$/.test(text.slice(person.end, to))) {
      return namedSpeaker(person, names);
    }
  }
  const holder = m || pronounSubject ? null : titleHolder(window, from, mentions);
  if (holder) return namedSpeaker(holder, names);
  // "the judge said" when the article names no judge: the office as described.
  const office = m || pronounSubject || options.offices === false ? null : TITLE_SUBJECT.exec(window);
  if (office && !/\b(?:and|or|of)\b/i.test(office[0])) {
    const start = from + office.index;
    return { name: lowerArticle(office[0]), start, end: start + office[0].length, entityId: null, named: false };
  }
  // "the EIA wrote", "said Angela": a name typed neither person nor body, standing right at the verb, speaks.
  const other = m || pronounSubject ? undefined : otherAtVerb(text, from, to, mentions, options.subjectAtEnd === true);
  if (other) return namedSpeaker(other, names);
  // The subject at the verb is the description nearest it ("the newspaper quoted one senior U.S. official who said").
  let desc = pronounSubject ? null : options.subjectAtEnd ? lastDescription(window) : DESCRIPTION.exec(window);
  // "a statement from the Democratic committee said", "A statement from Surrey police said": the body or place the
  // document comes from speaks.
  if (desc && isDocument(desc)) {
    const after = from + desc.index + desc[0].length;
    const source = lastMentionIn(mentions, after, to, ['place']);
    if (source) return namedSpeaker(source, names);
    const body = nextDescription(window, desc.index + desc[0].length);
    if (body) desc = body;
  }
  if (m && !(desc && !isDocument(desc) && from + desc.index < m.start && from + desc.index + desc[0].length >= m.end)) {
    return namedSpeaker(m, names);
  }
  if (desc) {
    const start = from + desc.index;
    const phrase = desc[0].trim();
    return { name: lowerArticle(phrase), start, end: start + phrase.length, entityId: null, named: false };
  }
  const pron = pronounSubject ?? /\b(he|she)\b/i.exec(window);
  if (pron && PRONOUN.test(pron[1]!)) {
    const at = from + pron.index;
    const word = pron[1]!.toLowerCase();
    const prev =
      (options.sentenceStart !== undefined ? firstAgreeingIn(text, mentions, options.sentenceStart, at, word, names) : undefined) ??
      (options.antecedent ? firstAgreeingIn(text, mentions, options.antecedent.from, options.antecedent.to, word, names) : undefined) ??
      // '"He didn't even carry his district for Hillary Clinton," she said': not anyone the quotation names.
      lastAgreeingIn(text, mentions, options.antecedent ? Math.min(at, options.antecedent.to) : at, word, names);
    if (prev) return namedSpeaker(prev, names, { start: from + pron.index, end: from + pron.index + pron[1]!.length });
    // 'A woman, who asked not to be identified, said she heard footsteps. "...," she said': no one named the
    // pronoun can stand for, the one person the sentence before describes.
    const described = options.antecedent ? describedAntecedent(text, options.antecedent, word) : null;
    if (described) return described;
  }
  if (pronounSubject) return null;
  const place = lastMentionIn(mentions, from, to, ['place']);
  // A place speaks ("Moscow said", "Surrey police said") only at the head of the verb's subject, not as any place
  // named in the clause before it ("... to drill in the Arctic by the oil company Shell, although the firm said").
  if (place && options.subjectAtEnd && !/^[^,;:\s]*(?:\s+[^,;:\s]+){0,2}\s*$/.test(text.slice(place.end, to))) return null;
  // "The US software giant said": a place qualifying the noun after it is part of a description, which speaks.
  const qualified = place ? PLACE_AS_MODIFIER.exec(text.slice(Math.max(from, place.start - 4), to)) : null;
  if (place && qualified) {
    const start = Math.max(from, place.start - 4) + qualified.index;
    const phrase = qualified[1]!.replace(/\s+/g, ' ');
    return { name: lowerArticle(phrase), start, end: start + qualified[1]!.length, entityId: null, named: false };
  }
  if (place) return namedSpeaker(place, names);
  // "Prosecutors said", "Federal investigators told": people or a body described by a noun that opens the sentence,
  // capitalised only there.
  const opening = m ? null : OPENING_NOUN.exec(window);
  if (opening) {
    const phrase = opening[1]!;
    const lower = phrase.charAt(0).toLowerCase() + phrase.slice(1);
    const d = DESCRIPTION.exec(lower);
    if (d && d.index + d[0].length === lower.length && !isDocument(d)) {
      const start = from + opening.index + opening[0].indexOf(phrase);
      return { name: lower, start, end: start + phrase.length, entityId: null, named: false };
    }
  }
  // "the medical legal service said", "The group said": a body no list names, described in lower-case words only.
  const body = m ? null : DESCRIBED_BODY.exec(window);
  if (body) {
    const start = from + body.index + body[0].indexOf(body[1]!);
    return { name: lowerArticle(body[1]!), start, end: start + body[1]!.length, entityId: null, named: false };
  }
  return null;
}

/**
 * "John Rother, AARP's policy chief, said": the person a description of someone's (starting at `at`) is set off
 * after, who is the one speaking; undefined when no person's name ends right before it, a comma between.
 */
function personSetOffBefore(text: string, mentions: EntityMention[], from: number, at: number): EntityMention | undefined {
  const person = lastMentionIn(mentions, from, at, ['person']);
  return person && /^\s*,\s*$/.test(text.slice(person.end, at)) ? person : undefined;
}

/** A whole subject of a capitalised word and up to two lower-case ones ("Prosecutors", "Federal investigators"). */
const OPENING_NOUN = /^\s*(\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,2})\s*$/u;

/** Nouns for bodies that speak on the record, read only as the whole subject and in lower-case words. */
export const GENERIC_BODY_NOUNS = `service office bureau group campaign party administration foundation institute association federation league
  charity coalition network station channel broadcaster library museum archive archives zoo`;

/** A description that is the whole subject before a relative clause: "The lawsuit", "the lawsuit from Nebraska and Oklahoma". */
const DESCRIBED_SUBJECT = new RegExp(`^\\s*(?:[^,;"]{0,40},\\s*)?(?:(?:But|And|Yet|So|Still|Meanwhile)\\s+)?((?:[Tt]he|[Aa]n?)\\s+(?:[a-z][a-z'’-]*\\s+){0,2}(?:${alternatives(`${DOCUMENT_NOUNS} ${BODY_NOUNS} ${GENERIC_BODY_NOUNS}`)}))(?:\\s+(?:from|of|by)\\s+[^,;"]{2,60})?\\s*$`);

/** A window that is only a body described in lower-case words after an article ("the medical legal service"). */
const DESCRIBED_BODY = new RegExp(String.raw`^\s*(?:[Aa]ccording\s+to\s+)?((?:[Tt]he|[Aa]n?)\s+(?:[a-z][a-z'’-]*\s+){0,3}(?:${alternatives(GENERIC_BODY_NOUNS)}))\s*,?\s*$`);

const IT_ALONE = /^\s*it\s*$/i;

/**
 * The verbs after which a body is what a later "it" stands for. Narrower than SPEECH_VERBS on purpose: with all of
 * them, "It concludes:" and "It described" went to police forces named in passing.
 */
const SPEECH_VERB_AFTER_NAME = /^\s+(?:said|says|announced|stated|added|wrote|told|reported)\b/;
/** How far back "it" looks for the document or body it stands for. */
const IT_REACH = 400;
/** A document described: "a letter", "the statement", "his latest report", "the advertisement". */
const DOCUMENT_PHRASES = new RegExp(
  String.raw`\b((?:the|a|an|this|that|his|her|its|their)\s+(?:[a-z-]+\s+){0,2}(?:${alternatives(`${DOCUMENT_NOUNS} ad`)}))\b`,
  'gi',
);

/**
 * What "it" before a speech verb stands for: the last document described ("Kennedy wrote a letter ... '...,' it
 * says") or body named ("In a statement Shell said ... It said: '...'") before it, whichever comes later.
 */
function itAntecedent(text: string, at: number, mentions: EntityMention[], names: Map<string, string>): Speaker | null {
  const from = Math.max(0, at - IT_REACH);
  // A body counts only as the subject of a speech verb ("Shell said"): "it" is as often a thing named in between.
  let body = lastMentionIn(mentions, from, at, ['organization', 'other']);
  while (body && !SPEECH_VERB_AFTER_NAME.test(text.slice(body.end, body.end + 16))) body = lastMentionIn(mentions, from, body.start, ['organization', 'other']);
  let doc: RegExpExecArray | null = null;
  DOCUMENT_PHRASES.lastIndex = 0;
  const window = text.slice(from, at);
  for (let m = DOCUMENT_PHRASES.exec(window); m; m = DOCUMENT_PHRASES.exec(window)) doc = m;
  const docStart = doc ? from + doc.index : -1;
  if (body && body.start > docStart) return namedSpeaker(body, names);
  if (!doc) return null;
  return { name: lowerArticle(doc[1]!.replace(/\s+/g, ' ')), start: docStart, end: docStart + doc[1]!.length, entityId: null, named: false };
}

/** Whether `s` holds an apostrophe at all: most windows do not, and POSSESSED_AT_END is tried at every position. */
function hasPossessive(s: string): boolean {
  return s.includes("'") || s.includes('’');
}

/** "'s" or "’s" right after `end`, or an apostrophe alone after a name ending in s ("Collins' colleagues"). */
function isPossessive(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c !== 39 && c !== 0x2019) return false;
  if ((text.charCodeAt(end + 1) | 32) === 115) return !/[\p{L}\p{N}]/u.test(text.charAt(end + 2));
  return text.charCodeAt(end - 1) === 115 && !/[\p{L}\p{N}]/u.test(text.charAt(end + 1));
}

/** People and bodies a name can own and speak through: "lawyer", "spokesman", "envoy", "campaign", "office". */
const OWNED_SPEAKERS = alternatives(`${PEOPLE_NOUNS} ${BODY_NOUNS} ${PUBLIC_OFFICES} ${GENERIC_BODY_NOUNS}`);

/** A name in the possessive and the people or body of it, ending the window: "Donald Trump's lawyer", "Putin's top envoy". */
const POSSESSED_AT_END = new RegExp(
  String.raw`(?:^|[\s,;:(])((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.-]*(?:['’]s|s['’])\s+(?:[a-z-]+\s+){0,4}(?:${OWNED_SPEAKERS}))\s*$`,
  'u',
);

/** The possessive ending of a name and something in its own words: "'s apology", "’s latest statement". */
const OWN_WORDS_AFTER = new RegExp(String.raw`^['’]s?\s+(?:[a-z-]+\s+){0,2}(?:${alternatives(`${DOCUMENT_NOUNS} apology ad advisory tweet post remarks comments speech book memoir account cable blog column op-ed`)})\b`);

/** The possessive ending of a name and the people or body it owns: "'s campaign", "’s top lawyer". */
const POSSESSED_AFTER = new RegExp(String.raw`^['’]s?\s+(?:[a-z-]+\s+){0,4}(?:${OWNED_SPEAKERS})\b`);

function lowerArticle(s: string): string {
  return s.replace(/^(A|An|Another|The|His|Her|Their|Its|One|Two|Some|Several)\b/, (w) => w.toLowerCase());
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Words for a company by what it does or is: "the US software giant", "the carmaker". */
export const COMPANY_NOUNS = 'giant maker carmaker automaker carrier retailer manufacturer producer broadcaster regulator';

/**
 * "the US software giant ", "the Russian foreign ministry ": an article, a place and lower-case words up to the verb,
 * ending in a word for people or a body.
 */
const PLACE_AS_MODIFIER = new RegExp(
  String.raw`\b((?:[Tt]he|[Aa]n?)\s+\S+(?:\s+[a-z][a-z-]*){0,2}\s+(?:${alternatives(`${PEOPLE_NOUNS} ${BODY_NOUNS} ${GENERIC_BODY_NOUNS} ${COMPANY_NOUNS}`)}))\s*$`,
);
