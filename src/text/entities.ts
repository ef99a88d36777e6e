import {
  DEMONYMS,
  MONTHS,
  NOT_NAMES,
  OCCUPATIONS,
  EVENT_SUFFIXES,
  GROUP_PLURALS,
  ORG_SUFFIXES,
  ORGANIZATIONS,
  ACRONYM_ORGANIZATIONS,
  OUTLETS,
  PLACE_SET,
  PLACE_PREFIXES,
  PLACE_SUFFIXES,
  PLACE_VARIANTS,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  SPEECH_VERBS,
  STATE_ABBREVIATIONS,
  TEAM_NICKNAMES,
  TITLE_ABBREVIATION_SET,
  WEEKDAYS,
  RELATIVE_BEFORE,
  SURNAME_PREFIXES,
  isTitleAbbreviationBefore,
  isWhiteSpace,
} from './gazetteer.ts';
import type { Entity, EntityMention, EntityType, Sentence, Token } from './types.ts';
import { FNV_OFFSET, FNV_PRIME } from '../hash.ts';
import { memoize } from '../memo.ts';
import { courtesySexBefore, givenNameGender, isFamiliarForm, isGivenName } from './given-names.ts';
import { lexiconPos } from './nlp.ts';

/** Ranks stand apart from the office before them ("Army Chief of Staff" + "Gen."). */
const RANKS = new Set('gen gen. general col col. colonel sgt sgt. lt lt. capt capt. maj maj. adm adm. admiral dr dr. mr mr. mrs mrs. ms ms. sir'.split(' '));
const CONNECTORS = new Set(['of', 'the', 'de', 'del', 'da', 'al', 'bin', 'von', 'van', 'der', 'la', 'le']);
/** Lower-case words that may begin a role before a name ("special envoy", "top commander"). */
const LOWER_ROLE_MODIFIERS = new Set(['special', 'senior', 'top', 'former', 'deputy', 'chief', 'acting', 'foreign', 'defence', 'defense', 'army', 'military', 'presidential', 'press', 'vice']);
/** Longest name we take for a person: "Rio de Janeiro"-like runs longer than this are not people. */
const MAX_PERSON_TOKENS = 4;
/** Surname spellings this close are one person (Zelensky/Zelenskyy); shorter names must match exactly. */
const MIN_FUZZY_LENGTH = 6;

interface Candidate {
  sentence: number;
  roleTokens: Token[];
  nameTokens: Token[];
  heading: boolean;
}

interface Typed {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  canonical: string;
  role: string | null;
  sentence: number;
  heading: boolean;
  /** A lone word no gazetteer knows, typed place or other by the words around it only ("in Trump's second term"). */
  weak: boolean;
}

/** Upper-case first letter outside ASCII (Élysée, Łukasz); ASCII is tested by char code, the hot path. */
const UPPER_START = /^\p{Lu}/u;

function isCap(t: Token): boolean {
  return isCapWith(t, t.text.charCodeAt(0));
}

/** isCap, given the token's first character. */
function isCapWith(t: Token, c: number): boolean {
  const upper = c >= 65 && c <= 90 ? true : c >= 128 && UPPER_START.test(t.text);
  if (!upper) return false;
  const norm = t.norm;
  return !MONTHS.has(withoutDot(norm)) && !WEEKDAYS.has(norm);
}

/** Whether a token starts with an ASCII lower-case letter (what /^[a-z]/ tests). */
function isLowerAscii(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 97 && c <= 122;
}

function isRoleHead(t: Token): boolean {
  if (roleSurnames.size > 0 && roleSurnames.has(t.norm) && !isLowerAscii(t.text)) return false;
  return ROLE_HEADS.has(t.norm) || (OCCUPATIONS.has(t.norm) && isLowerAscii(t.text));
}

/** Role words that are also common surnames ("Billy King", "John Major", "Mike Judge", "Erik Prince"). */
const SURNAME_ROLES = new Set(['king', 'major', 'judge', 'bishop', 'prince', 'pope']);

/**
 * The role words of SURNAME_ROLES an article writes as someone's surname: capitalised right after a capitalised given
 * name, ending the name ("Billy King spun", not "Jordan King Abdullah"). In that article the word names that person
 * wherever it is capitalised ("King said"), not a title.
 */
function readRoleSurnames(tokens: Token[], { cap, surnameRoles }: TokenFlags): Set<string> {
  const out = new Set<string>();
  for (const i of surnameRoles) {
    const t = tokens[i]!;
    if (i === 0 || cap[i] !== 1 || out.has(t.norm)) continue;
    const prev = tokens[i - 1]!;
    const next = tokens[i + 1];
    if (cap[i - 1] !== 1 || prev.sentence !== t.sentence || t.start - prev.end !== 1 || !/^\p{Lu}\p{Ll}+$/u.test(prev.text) || !isGivenName(prev.norm)) continue;
    // "Sergeant Major": the given-name lists hold some titles.
    if (ROLE_HEADS.has(prev.norm) || ROLE_MODIFIERS.has(prev.norm) || OCCUPATIONS.has(prev.norm)) continue;
    if (next !== undefined && next.sentence === t.sentence && cap[i + 1] === 1 && !GENERATIONAL_RE.test(next.text)) continue;
    out.add(t.norm);
  }
  return out;
}

/** A role or occupation in the plural ("Producers", "Senators"), a role before the names it lists. */
function isPluralRole(t: Token): boolean {
  if (t.norm.length < 4 || !t.norm.endsWith('s')) return false;
  const singular = t.norm.slice(0, -1);
  return ROLE_HEADS.has(singular) || OCCUPATIONS.has(singular);
}

/** Per-token flags, read once: `isCap` and the word-list lookups would otherwise run several times per token. */
interface TokenFlags {
  cap: Uint8Array;
  lowerRole: Uint8Array;
  connector: Uint8Array;
  /** Tokens of SURNAME_ROLES words, for readRoleSurnames. */
  surnameRoles: number[];
}

/** The word lists `readFlags` asks about, merged so that each token is looked up once: bit 1 role word, 2 connector. */
const ROLE_WORD = 1;
const CONNECTOR = 2;
/** A month written out or shortened ("May", "Jan"): a name in some places (isMonthAsName). */
const MONTH = 4;
/** "No.", the abbreviation of a number. */
const NUMBER_SIGN = 8;
const WORD_KINDS = new Map<string, number>();
for (const w of [...ROLE_HEADS, ...OCCUPATIONS, ...LOWER_ROLE_MODIFIERS]) WORD_KINDS.set(w, ROLE_WORD);
for (const w of CONNECTORS) WORD_KINDS.set(w, (WORD_KINDS.get(w) ?? 0) | CONNECTOR);
for (const w of MONTHS) WORD_KINDS.set(w, (WORD_KINDS.get(w) ?? 0) | MONTH);
WORD_KINDS.set('no.', NUMBER_SIGN);
/** A role word that is also a common surname (SURNAME_ROLES). */
const SURNAME_ROLE = 16;
for (const w of SURNAME_ROLES) WORD_KINDS.set(w, (WORD_KINDS.get(w) ?? 0) | SURNAME_ROLE);

/**
 * `text`: the text the tokens' offsets index (as read or normalised: the first characters that matter here, letters,
 * digits and brackets, are the same in both). A token's first character is read there, in one string read in order,
 * rather than in the token's own string, one more place in memory per token.
 */
function readFlags(text: string, tokens: Token[]): TokenFlags {
  const n = tokens.length;
  const flags: TokenFlags = { cap: new Uint8Array(n), lowerRole: new Uint8Array(n), connector: new Uint8Array(n), surnameRoles: [] };
  // Tokens read again once every token's capital is known: months, numbers, opening brackets.
  const again: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const c = text.charCodeAt(t.start);
    if (isCapWith(t, c)) flags.cap[i] = 1;
    // Every word of the lists starts with a letter.
    const kind = isLetterStart(c) ? (WORD_KINDS.get(t.norm) ?? 0) : 0;
    // A lower-case role word ("special envoy") and a connector ("of"), from the one lookup.
    if (kind & ROLE_WORD && c >= 97 && c <= 122) flags.lowerRole[i] = 1;
    if (kind & CONNECTOR) flags.connector[i] = 1;
    if (kind & SURNAME_ROLE) flags.surnameRoles.push(i);
    if (kind & (MONTH | NUMBER_SIGN) || (c >= 48 && c <= 57) || (c === 40 && t.end - t.start === 1)) again.push(i);
  }
  for (const i of again) {
    const t = tokens[i]!;
    if (flags.cap[i] === 0 && (isMonthAsName(tokens, i, flags.cap) || isStreetNumber(tokens, i))) flags.cap[i] = 1;
    // "the No. 5 seed", "No. 10 Downing Street": the abbreviation of a number is no name.
    if (flags.cap[i] === 1 && t.norm === 'no.' && isDigitAt(tokens[i + 1]?.text ?? '', 0)) flags.cap[i] = 0;
    if (isPartyTagOpening(tokens, i)) clearPartyTag(tokens, i, flags.cap);
  }
  return flags;
}

/** Whether a character code can start a word of the lists: an ASCII letter, or anything past ASCII. */
function isLetterStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c >= 128;
}

function isDigitAt(s: string, at: number): boolean {
  const c = s.charCodeAt(at);
  return c >= 48 && c <= 57;
}

/** Street kinds a number names ("97th Avenue", "West 52nd St."). */
const NUMBERED_STREETS = new Set(['street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'place', 'parkway', 'drive']);

/** An ordinal before a capitalised street kind, part of the street's name: "117th Street", "5th Ave.". */
function isStreetNumber(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && isDigitAt(tokens[i]!.text, 0) && /^\d+(?:st|nd|rd|th)$/i.test(tokens[i]!.text) && /^\p{Lu}/u.test(next.text) && NUMBERED_STREETS.has(withoutDot(next.norm));
}

/** "(R-S.D.)", "(D-N.Y.)": an opening bracket, a party letter and a hyphen, as wink splits the tag. */
function isPartyTagOpening(tokens: Token[], i: number): boolean {
  return tokens[i]!.text === '(' && /^[DRI]$/.test(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.text === '-';
}

/** How many tokens a party-state tag spans at most after its hyphen ("S", ".", "D.", ")"). */
const MAX_PARTY_TAG_TOKENS = 8;

/** The letters of the state in a party-state tag ("S" and "D." of "R-S.D.") are no names; a written state is. */
function clearPartyTag(tokens: Token[], i: number, cap: Uint8Array): void {
  for (let k = i + 3; k < tokens.length && k < i + 3 + MAX_PARTY_TAG_TOKENS && tokens[k]!.text !== ')'; k++) {
    if (/^\p{Lu}\.?$/u.test(tokens[k]!.text)) cap[k] = 0;
  }
}

/** Months that are given names as often ("Jan Brewer", "April Ryan", "June Carter"); "May" opens questions. */
const GIVEN_NAME_MONTHS = new Set(['jan', 'april', 'june', 'august']);
/** Words before a month that make it a date: "in April", "by June", "last May", "early August". */
const DATE_WORDS_BEFORE = new Set(
  'in on since until till by from last next early late mid of this that through during before after for each every since between and or to'.split(' '),
);
/** Courtesy titles, written without the full stop in British style ("Mrs May"). */
const COURTESY = new Set(['mr', 'mrs', 'ms', 'dr', 'mr.', 'mrs.', 'ms.', 'dr.']);

/**
 * A capitalised month written out or shortened without a full stop that is a name: a surname after a given name, a
 * title or a courtesy title ("Theresa May", "Prime Minister May", "Mrs May"); a surname before a speech verb ("May
 * said"); a given name before a capitalised word ("Jan Brewer"), or after a speech verb ("wrote May Kollaritsch"). Never before a number ("May 5"), nor after a
 * word that makes it a date ("in April Congress passed").
 */
function isMonthAsName(tokens: Token[], i: number, cap: Uint8Array): boolean {
  const t = tokens[i]!;
  if (!MONTHS.has(t.norm) || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  const prev = i > 0 && tokens[i - 1]!.sentence === t.sentence && t.start - tokens[i - 1]!.end <= 1 ? tokens[i - 1] : undefined;
  const next = i + 1 < tokens.length && tokens[i + 1]!.sentence === t.sentence && tokens[i + 1]!.start - t.end <= 1 ? tokens[i + 1] : undefined;
  if (next && isDigitAt(next.text, 0)) return false;
  if (prev && (DATE_WORDS_BEFORE.has(prev.norm) || isDigitAt(prev.text, 0) || WEEKDAYS.has(prev.norm) || MONTHS.has(withoutDot(prev.norm)))) return false;
  if (prev && cap[i - 1] === 1 && (isGivenName(prev.norm) || isRoleHead(prev) || COURTESY.has(prev.norm))) return true;
  if (next && SPEAKING_NEXT.has(next.norm)) return true;
  // "wrote May Kollaritsch": a month between a speech verb and a capitalised word is a given name.
  if (prev && SPEAKING_NEXT.has(prev.norm) && next !== undefined && cap[i + 1] === 1 && !/^\p{Lu}+$/u.test(next.text)) return true;
  return GIVEN_NAME_MONTHS.has(t.norm) && next !== undefined && cap[i + 1] === 1 && isCap(next) && !/^\p{Lu}+$/u.test(next.text);
}

/** Chambers of a legislature named alone. */
const CHAMBERS = new Set(['house', 'commons', 'parliament', 'legislature', 'knesset', 'duma', 'bundestag']);
const THE_BEFORE = /\bthe\s+$/i;
/** A local office or its people after a place's name. */
const LOCAL_OFFICE_AFTER = /^\s+(?:police|mayor|governor|sheriff|residents|city council|town council|fire department|school district)\b/;

/** A capitalised kind of body ("Department", "Departments", "School"), the head of "X of Y". */
function isBodyKind(t: Token): boolean {
  if (!/^\p{Lu}/u.test(t.text)) return false;
  const w = withoutDot(t.norm);
  return ORG_SUFFIXES.has(w) || (w.endsWith('s') && ORG_SUFFIXES.has(w.slice(0, -1)));
}

/** Whether a lower-case ASCII word follows `end` after one space: what the patterns read after a name open with. */
function isLowerWordAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end + 1);
  return text.charCodeAt(end) === 32 && c >= 97 && c <= 122;
}

/** Whether a lower-case ASCII word ends one space before `start`. */
function isLowerWordBefore(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 2);
  return text.charCodeAt(start - 1) === 32 && c >= 97 && c <= 122;
}

/** What a company has, after its name: "Waitrose supermarket", "Foxconn factory", "Costco shares". */
const COMPANY_THINGS_AFTER = /^\s+(?:supermarkets?|stores?|shops?|factory|factories|plant|shares|stock|shareholders|employees|executives|franchise|dealership|restaurants?)\b/;

/** Speech verbs right after a name: "May said". */
const SPEAKING_NEXT = new Set(SPEECH_VERBS.split('|').filter((v) => !v.includes(' ')));

/**
 * Runs of capitalised tokens (with lower-case role words before them) inside one sentence. A run is always a
 * range of consecutive tokens, [from, to).
 */
function collectRuns(tokens: Token[], sentences: Sentence[], flags: TokenFlags): Candidate[] {
  const { cap, lowerRole, connector } = flags;
  const out: Candidate[] = [];
  let from = 0;
  let to = 0;
  const flush = () => {
    while (to > from && (connector[to - 1] === 1 || lowerRole[to - 1] === 1)) to--;
    for (let k = from; k < to; k++) {
      if (cap[k] === 1) {
        const run = tokens.slice(from, to);
        const at = personOfPlaceAt(run);
        const placed = PLACE_BEFORE_NAME.has(tokens[from - 1]?.norm ?? '') || PLACE_BEFORE_NAME.has(run[0]!.norm);
        const after = at > 0 || !placed ? -1 : placeThenPersonAt(run);
        if (at > 0) pushCandidates(out, [splitRole(run.slice(0, at), sentences), splitRole(run.slice(at + 1), sentences)]);
        else if (after > 0) pushCandidates(out, [splitRole(run.slice(0, after), sentences), splitRole(run.slice(after), sentences)]);
        else pushCandidates(out, [splitRole(run, sentences)]);
        break;
      }
    }
    from = to;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = to > from ? tokens[to - 1] : undefined;
    if (prev && (prev.sentence !== t.sentence || isLineOrWideGap(prev, t))) flush();
    const hasNext = i + 1 < tokens.length;
    const adjacent = !prev || t.start - prev.end <= 1;
    if (!adjacent) flush();
    if (cap[i] === 1 && t.pos !== 'PUNCT') {
      if (to === from) from = i;
      to = i + 1;
    } else if (to > from && isJoiningHyphen(tokens, i) && (cap[i + 1] === 1 || (to - from >= 2 && isNameSyllable(tokens[i + 1]!)))) {
      // "Eva-Marie Persson", "Agence France-Presse": a hyphen between two capitalised words, no space either side;
      // "Cheuk Hau-yip", "Moon Jae-in", "Kim Jong-un": a lower-case syllable after a name of two words or more.
      to = i + 1;
      if (cap[i + 1] !== 1) {
        to = i + 2;
        i++;
      }
    } else if (to > from && connector[i] === 1 && hasNext && (cap[i + 1] === 1 || (connector[i + 1] === 1 && i + 2 < tokens.length && cap[i + 2] === 1))) {
      to = i + 1;
    } else if (lowerRole[i] === 1 && hasNext && (cap[i + 1] === 1 || lowerRole[i + 1] === 1)) {
      if (to === from) from = i;
      to = i + 1;
    } else if (to === i && adjacent && isBangInName(tokens, i, from, cap)) {
      // "E! News", "Yahoo! Finance": a name spelled with an exclamation mark goes on after it.
      to = i + 1;
    } else if (to === i && adjacent && isOfficeOfHolder(tokens, i, cap)) {
      // "the U.S. Attorney's Office", "the Sheriff's Office": the holder's office is a body, named whole.
      to = i + 1;
    } else if (to === i && adjacent && joinsBodyName(tokens, i, from, cap)) {
      // "Food and Drug Administration", "Centers for Disease Control": one body's name goes on across the word.
      to = i + 1;
    } else flush();
  }
  flush();
  return out;
}

/**
 * Whether tokens[i], "and" or "for" right after the capitalised run tokens[from, i), goes on with the name of one
 * body: "Food and Drug Administration", "Securities and Exchange Commission", "Department of Health and Human
 * Services" (what follows "and" is capitalised words ending in a body's last word; the words on both sides are
 * words of the language, not names, and what comes before is no body, person or place of its own: "the Obama and
 * Biden Administration" stays two names); "Centers for Disease Control", "Americans for Prosperity" (the word
 * before "for" names bodies or people who form them).
 */
function joinsBodyName(tokens: Token[], i: number, from: number, cap: Uint8Array): boolean {
  const t = tokens[i]!;
  // The words before it, without a capitalised "The" opening the sentence.
  const first = tokens[from]!.norm === 'the' ? from + 1 : from;
  if ((t.text !== 'and' && t.text !== 'for') || first >= i || cap[i + 1] !== 1 || tokens[i + 1]!.start !== t.end + 1 || i - first > MAX_JOINED_RUN) return false;
  const before = tokens[i - 1]!;
  if (t.text === 'for') return BODIES_FOR.has(before.norm);
  let j = i + 1;
  while (j < tokens.length && cap[j] === 1 && tokens[j]!.start === tokens[j - 1]!.end + 1 && j - i <= MAX_JOINED_RUN) j++;
  if (!ORG_SUFFIXES.has(withoutDot(tokens[j - 1]!.norm))) return false;
  // A body's whole name before "and" ("the Senate Committee and ...") is a name of its own, unless the gazetteers
  // know the whole ("Centers for Disease Control and Prevention").
  if (i - first > 1 && ORG_SUFFIXES.has(withoutDot(before.norm))) return lookupName(spanText(gapSource, tokens.slice(first, j)))?.type === 'organization';
  // Not where the name goes on with "of" ("Risk Factors and Prevention of Workplace Violence", a title), nor
  // before the plural of a body ("the Interior and Commerce departments": two bodies).
  const next = tokens[j];
  if (next !== undefined && (next.norm === 'of' || isBodyPlural(next.norm))) return false;
  // "Detectives and Internal Affairs Bureau investigators": a plural noun opening the sentence is no name's start.
  if (i - first === 1 && before.norm.endsWith('s') && isSentenceStart(before, gapSource) && (lexiconPos(before.norm) ?? 'PROPN') !== 'PROPN') return false;
  // The words on both sides are words of the language ("Food", "Drug", "Wildlife", "Human"), not names: "the Obama
  // and Biden Administration" is two presidents'.
  for (let k = first; k < j - 1; k++) if (k !== i && !isCommonWordOfName(tokens[k]!)) return false;
  const known = lookupName(spanText(gapSource, tokens.slice(first, i)))?.type;
  return known !== 'person' && known !== 'place';
}

/** A word of a body's name that is a word of the language, a connector, or an abbreviation ("U.S.", "EU"). */
function isCommonWordOfName(t: Token): boolean {
  if (CONNECTORS.has(t.norm) || t.norm === 'for' || /^(?:\p{Lu}\.?){2,}$|^\p{Lu}\.$/u.test(t.text)) return true;
  const pos = lexiconPos(t.norm);
  return pos !== null && pos !== 'PROPN';
}

/** "departments", "agencies", "secretaries": the plural of a body's last word or of a role. */
function isBodyPlural(word: string): boolean {
  if (!word.endsWith('s')) return false;
  const singular = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.slice(0, -1);
  return ORG_SUFFIXES.has(singular) || ROLE_HEADS.has(singular);
}

/** The most words on either side of the "and" or "for" joinsBodyName joins across. */
const MAX_JOINED_RUN = 4;

/** Words before "for" in the name of a body ("Center for American Progress", "Americans for Prosperity"). */
const BODIES_FOR = new Set(
  `center centers centre centres institute institutes council alliance coalition committee campaign foundation fund
  association society league network partnership office commission agency americans citizens students doctors
  lawyers scientists physicians parents mothers veterans families friends museum school academy initiative project`
    .split(/\s+/)
    .filter(Boolean),
);

/** Names spelled with an exclamation mark after their first word ("E! News"; see sentences.ts for the sentence they stay in). */
const BANG_NAMES = new Set(['e', 'yahoo']);

/** Whether tokens[i] is the "!" of "E! News": after the one word of the run so far, a capitalised word after it. */
function isBangInName(tokens: Token[], i: number, from: number, cap: Uint8Array): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return t.text === '!' && i - from === 1 && BANG_NAMES.has(tokens[from]!.norm) && next !== undefined && cap[i + 1] === 1 && next.start === t.end + 1;
}

/** Offices named after whoever holds them, in the possessive before "Office": "Attorney's Office", "Sheriff's Office". */
const OFFICE_HOLDERS = new Set(['attorney', 'sheriff', 'coroner', 'examiner', 'prosecutor', 'marshal', 'comptroller', 'controller', 'auditor', 'treasurer', 'clerk', 'assessor', 'recorder', 'governor', 'mayor', 'commissioner', 'general']);

/** Whether a token is the possessive "'s", with either apostrophe. */
function isPossessiveMark(t: Token): boolean {
  return t.norm === "'s" || t.norm === '’s';
}

/** Whether tokens[i] is the "'s" between an office holder and a capitalised "Office" ("Attorney's Office"). */
function isOfficeOfHolder(tokens: Token[], i: number, cap: Uint8Array): boolean {
  const t = tokens[i]!;
  if (!isPossessiveMark(t)) return false;
  const next = tokens[i + 1];
  return next !== undefined && next.norm === 'office' && cap[i + 1] === 1 && next.start === t.end + 1 && OFFICE_HOLDERS.has(tokens[i - 1]!.norm);
}

/**
 * Where "of" joins a person's name to the place they represent ("Gov. Gavin Newsom of California", "Senator Chuck
 * Schumer of New York") or the body they belong to (see isPersonOfBody): the index of "of" in `run`, or -1. Bodies ("Royal Bank of Canada", "University of
 * California") and known names ("United States of America") stay whole: the words before "of" must end a
 * person's name of two words or more, and the whole run be unknown to the gazetteers.
 */
function personOfPlaceAt(run: Token[]): number {
  const at = run.findIndex((t) => t.norm === 'of');
  if (at < 2 || at === run.length - 1) return -1;
  const place = lookupName(spanText(gapSource, run.slice(at + 1)));
  const before = run.slice(0, at).filter((t) => !isRoleHead(t));
  if ((place?.type !== 'place' && !isPersonOfBody(run, at, before)) || lookupName(spanText(gapSource, run)) !== null) return -1;
  const last = run[at - 1]!;
  // A title before the name makes one word a person's ("Sen. Schumer of New York", "Lt. Hastings of the Police").
  const titled = before.length < at && isTitledSurname(before);
  if (before.length < (titled ? 1 : 2) || ORG_SUFFIXES.has(last.norm) || PLACE_SUFFIXES.has(last.norm) || EVENT_SUFFIXES.has(last.norm) || GROUP_PLURALS.has(last.norm)) return -1;
  // A plural before "of" names a body ("Future Farmers of America") unless a title or an initial marks a person.
  const marked = before.length < at || before.some((t) => /^\p{Lu}\.$/u.test(t.text));
  if (/s$/.test(last.norm) && !marked) return -1;
  return before.every(isPersonWord) ? at : -1;
}

/**
 * The name left of "of" once the title is set aside, when it is a person's: one word no common word and no
 * nationality ("Lt. Hastings", not the "As" of "As Secretary of State" nor the "Egyptian" of "Egyptian Minister of
 * Communications"), or more.
 */
function isTitledSurname(before: Token[]): boolean {
  if (before.length === 0) return false;
  if (before.length > 1) return true;
  const word = before[0]!.norm;
  return lexiconPos(word) === null && !DEMONYMS.has(word);
}

/**
 * "Larry Kroon of the Wasilla Bible Church", "Henry E. Hudson of Federal District Court": a person named with the
 * body they belong to, when a given name opens the name and the body is known or ends in a word for one ("Bank
 * of America", "Trustees of the Social Security" open with no given name and stay whole).
 */
function isPersonOfBody(run: Token[], at: number, before: Token[]): boolean {
  // A given name opening the name, or a title before it ("Lieutenant Hastings of the Police").
  const titled = before.length < at && isTitledSurname(before);
  if (!titled && (before.length < 2 || !isGivenName(before[0]!.norm))) return false;
  const body = run.slice(run[at + 1]?.norm === 'the' ? at + 2 : at + 1);
  if (body.length === 0) return false;
  // One word after "of" ("Charles Geiger of the LAPD", "Julian Assange of WikiLeaks") is the body or place a
  // person is from, when the surname is no common word ("Florida Artist Hall of Fame", "Page Playmate of the Month"
  // are titles; "John Smith of Smithville" stays whole too).
  if (body.length === 1) return titled || lexiconPos(before[before.length - 1]!.norm) === null;
  return lookupName(spanText(gapSource, body))?.type === 'organization' || ORG_SUFFIXES.has(withoutDot(body[body.length - 1]!.norm));
}

/**
 * How many tokens at the end of `run` make a person's name of two words: a hyphenated word ("Eva-Marie") is one,
 * an initial ("R.") or a suffix ("Jr.") is carried along.
 */
function trailingNameLength(run: Token[]): number {
  let words = 0;
  let i = run.length - 1;
  while (i >= 0 && words < 2) {
    const t = run[i]!;
    if (/^\p{Lu}\.$/u.test(t.text) || GENERATIONAL_RE.test(t.text)) {
      i--;
      continue;
    }
    words++;
    i--;
    while (i >= 1 && run[i]!.text === '-' && run[i]!.start === run[i - 1]!.end) i -= 2;
  }
  return run.length - 1 - i;
}

/** Particles that open a surname when capitalised: "Van Der Beek said", "De Niro", "Al Jazeera", "La Guardia". */
const NAME_PARTICLES = new Set(['de', 'del', 'da', 'al', 'bin', 'von', 'van', 'der', 'la', 'le']);

/** Whether `run` opens with a capitalised particle followed by a capitalised word. */
function isCapitalisedParticle(run: Token[]): boolean {
  const [first, second] = run;
  return first !== undefined && second !== undefined && NAME_PARTICLES.has(first.norm) && /^\p{Lu}/u.test(first.text) && /^\p{Lu}/u.test(second.text);
}

/** Whether tokens[i] is a hyphen written with no space on either side ("Eva-Marie"). */
function isJoiningHyphen(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (t.text !== '-' || next === undefined || i === 0) return false;
  const prev = tokens[i - 1]!;
  // Words on both sides, not a party and state ("D-Calif.", "R-Fla.").
  return prev.end === t.start && next.start === t.end && /^\p{Lu}\p{Ll}/u.test(prev.text) && /^\p{L}\p{Ll}/u.test(next.text);
}

/** A short lower-case syllable ending a hyphenated given name ("yip", "in", "un"). */
function isNameSyllable(t: Token): boolean {
  return /^\p{Ll}{1,4}$/u.test(t.text) && !HYPHEN_SUFFIX_WORDS.has(t.text);
}

/** Short words that follow a hyphen to make an adjective of a name ("Cold War-era", "Valley-area"), not a name. */
const HYPHEN_SUFFIX_WORDS = new Set(['area', 'era', 'led', 'run', 'born', 'wide', 'long', 'held', 'type', 'like', 'free', 'only', 'ish', 'made', 'bred', 'old', 'year', 'day', 'week', 'size', 'base', 'bound', 'fed']);

/** Whether the gazetteers know `run`, or its first two words ("New York Knicks": "New York"). */
function opensKnownName(run: Token[]): boolean {
  return lookupName(spanText(gapSource, run)) !== null || (run.length > 2 && lookupName(spanText(gapSource, run.slice(0, 2))) !== null);
}

/**
 * "CBC Toronto", "Fox News Chicago": a known body followed by a known place is that body's branch, never a person.
 */
function opensWithKnownBody(run: Token[]): boolean {
  // The body in one word ("CBC Toronto") or two ("Fox News Chicago").
  for (let k = 1; k <= 2 && k < run.length; k++) {
    if (lookupName(spanText(gapSource, run.slice(0, k)))?.type !== 'organization') continue;
    if (lookupName(spanText(gapSource, run.slice(k)))?.type === 'place') return true;
  }
  return false;
}

/** "The Hill", "The Atlantic": a capitalised "The" that is part of an outlet's name (the run is just that name). */
function isOutletWithThe(run: Token[]): boolean {
  return run.length > 1 && run[0]!.text === 'The' && lookupName(spanText(gapSource, run))?.type === 'organization';
}

/** Whether a run of three words or more opens with a place the gazetteers know ("Boston Red Sox", "New York Knicks"). */
function opensWithPlace(run: Token[]): boolean {
  if (run.length < 3) return false;
  return lookupName(run[0]!.text)?.type === 'place' || lookupName(spanText(gapSource, run.slice(0, 2)))?.type === 'place';
}

/** Words before a place that a person's name may follow in one run ("ambassador to Britain Liu Xiaming"). */
const PLACE_BEFORE_NAME = new Set(['to', 'in', 'from', 'at']);

/**
 * Where a known place ends and a person's name begins in one run ("China's ambassador to Britain Liu Xiaming"): the
 * index of the name's first token, or -1. The place is one or two words the gazetteers know, the name two words or
 * more shaped like one, and the whole run unknown.
 */
function placeThenPersonAt(run: Token[]): number {
  if (run.length < 3 || lookupName(spanText(gapSource, run)) !== null) return -1;
  // Past a sentence opener ("In Texas John Smith said").
  let first = 0;
  while (first < run.length - 3 && (NOT_NAMES.has(run[first]!.norm) || CONNECTORS.has(run[first]!.norm))) first++;
  for (let p = first + 1; p <= first + 2 && run.length - p >= 2; p++) {
    if (lookupName(spanText(gapSource, run.slice(first, p)))?.type !== 'place') continue;
    const rest = run.slice(p);
    if (rest.some(isRoleHead) || rest.some((t) => t.norm === 'of')) return -1;
    return looksLikePersonName(rest, gapSource) ? p : -1;
  }
  return -1;
}

let gapSource = '';
let midSentenceCaps = new Set<string>();
/** The article's role words written as surnames (readRoleSurnames), which isRoleHead does not count as roles. */
let roleSurnames = new Set<string>();
/** Whether the text between two tokens holds a line break or two spaces in a row (/\s{2,}|\n/). */
function isLineOrWideGap(a: Token, b: Token): boolean {
  // Tokens are mostly one space apart: a gap of one character can only break on a newline.
  if (b.start - a.end <= 1) return b.start > a.end && gapSource.charCodeAt(a.end) === 10;
  return /\s{2,}|\n/.test(gapSource.slice(a.end, b.start));
}

/**
 * Adds each candidate, and before it the employers its role names: "Fox News host Sean Hannity" is Hannity with the
 * role "Fox News host", and Fox News as well; a capitalised stretch of the role before a lower-case role word
 * ("Associated Press writer", "senior Pentagon official", "Kremlin spokesperson"), holding no role word itself.
 */
function pushCandidates(out: Candidate[], candidates: Candidate[]): void {
  for (const c of candidates) {
    const role = c.roleTokens;
    let from = -1;
    for (let k = 0; k < role.length; k++) {
      const t = role[k]!;
      // A capitalised modifier goes on with an employer's name ("Associated Press writer"), never opens one ("Senior
      // White House official").
      if (!isLowerAscii(t.text) && !isRoleHead(t) && (from >= 0 || !LOWER_ROLE_MODIFIERS.has(t.norm))) {
        if (from < 0) from = k;
        continue;
      }
      // "Texas Department of Public Safety spokesman": a connector between capitals goes on with the employer.
      if (from >= 0 && CONNECTORS.has(t.norm) && k + 1 < role.length && !isLowerAscii(role[k + 1]!.text)) continue;
      const roleWord = from >= 0 && isLowerAscii(t.text) && ((WORD_KINDS.get(t.norm) ?? 0) & ROLE_WORD) !== 0;
      if (roleWord) out.push({ sentence: c.sentence, roleTokens: [], nameTokens: role.slice(from, k), heading: c.heading });
      from = -1;
    }
    out.push(c);
  }
}

/** Splits "Army Secretary Dan Driscoll" into role tokens and name tokens. */
function splitRole(run: Token[], sentences: Sentence[]): Candidate {
  let lastHead = -1;
  for (let i = 0; i < run.length; i++) if (isRoleHead(run[i]!) || (isPluralRole(run[i]!) && isGivenName(run[i + 1]?.norm ?? ''))) lastHead = i;
  // "Actor Burt Reynolds": an occupation capitalised only because it opens the sentence, before a full name.
  if (lastHead < 0 && run.length > 2 && OCCUPATIONS.has(run[0]!.norm) && isSentenceStart(run[0]!, gapSource)) lastHead = 0;
  // "First Lady Melania Trump": the title, not her name.
  if (lastHead < 1 && run.length > 2 && run[0]!.norm === 'first' && run[1]!.norm === 'lady') lastHead = 1;
  // "Martin Luther King Jr.": a role word with nothing after it but a suffix is the surname; "Executive Order",
  // "Executive Branch": with only a word that names a thing after it, the role word is part of that name.
  if (lastHead >= 0 && lastHead === run.length - 2) {
    const last = run[run.length - 1]!;
    if (GENERATIONAL_RE.test(last.text) || EVENT_SUFFIXES.has(last.norm) || ORG_SUFFIXES.has(last.norm) || PLACE_SUFFIXES.has(last.norm)) lastHead = -1;
  }
  // "the U.S. Attorney's Office": the office words are the body's name (collectRuns joins them only so).
  if (run.length > 2 && run[run.length - 1]!.norm === 'office' && isPossessiveMark(run[run.length - 2]!)) lastHead = -1;
  // "The Hollywood Reporter": a name the gazetteers know that ends in a role word is that name, not a role alone.
  if (lastHead === run.length - 1 && run.length > 1 && lookupName(spanText(gapSource, run)) !== null) lastHead = -1;
  let roleTokens = lastHead >= 0 ? run.slice(0, lastHead + 1) : [];
  let nameTokens = lastHead >= 0 ? run.slice(lastHead + 1) : run;
  // "Secretary of the Army Dan Driscoll", "Deputy Director of Public Prosecution Eva-Marie Persson": the "of ..."
  // belongs to the office, all but the name at the end.
  if (nameTokens[0]?.norm === 'of') {
    let k = 1;
    if (nameTokens[k]?.norm === 'the') k++;
    const cut = Math.max(k + 1, nameTokens.length - trailingNameLength(nameTokens));
    if (nameTokens.length > k + 1 && ORG_SUFFIXES.has(withoutDot(nameTokens[nameTokens.length - 1]!.norm))) {
      // "CEO of The Wildlife Society", "president of the Heritage Foundation": the office is of a body, named whole.
      nameTokens = nameTokens.slice(k);
    } else if (nameTokens.length > cut) {
      roleTokens = roleTokens.concat(nameTokens.slice(0, cut));
      nameTokens = nameTokens.slice(cut);
    } else if (nameTokens.length === k + 1 && isTitleEnd(nameTokens[k]!)) {
      // "Secretary of State", "Coach of the Year", "President of the Republic": a common word ending the title is
      // part of it, not someone's name ("Governor of Alaska", "Secretary of the Navy", "CEO of TallGrass" are).
      roleTokens = run;
      nameTokens = [];
    }
  }
  // Leading lower-case modifiers without a title after them ("top US Army") and sentence openers
  // ("Earlier US", "While Driscoll") are not part of the name.
  // A known name keeps its first word ("A New York man": "New York", not "York").
  // A word joined to the next by a hyphen ("Bin-Yameen") is part of it.
  while (
    nameTokens.length &&
    (nameTokens[0]!.text === '-' ||
      (nameTokens[1]?.text !== '-' &&
        ((CONNECTORS.has(nameTokens[0]!.norm) && !isCapitalisedParticle(nameTokens) && !isOutletWithThe(nameTokens)) ||
          isLowerAscii(nameTokens[0]!.text) ||
          (nameTokens.length > 1 && NOT_NAMES.has(nameTokens[0]!.norm) && !opensKnownName(nameTokens)))))
  ) {
    nameTokens = nameTokens.slice(1);
  }
  const sentence = run[0]!.sentence;
  return { sentence, roleTokens, nameTokens, heading: sentences[sentence]?.heading ?? false };
}

/**
 * "the Atlanta Braves won", "the Fulton Fish Market, where", "the Rubio Doctrine.": a name after "the" is a thing's,
 * unless a noun follows that it qualifies ("the Hillary Clinton campaign") or it opens with a given name and does
 * not end in a common plural ("the Yvonne Hiller", but "the Carolina Panthers").
 */
function isNamedThing(text: string, c: Candidate, name: Token[]): boolean {
  const first = name[0]!;
  const afterThe = c.nameTokens[0]?.norm === 'the' || /(?:^|[^\p{L}])the\s+$/u.test(text.slice(Math.max(0, first.start - 5), first.start));
  // "the Yvonne Hiller was escorted out": a slip of the pen before someone's given name.
  if (!afterThe || (isGivenName(first.norm) && !isCommonPlural(name[name.length - 1]!))) return false;
  const next = /^\s+(\p{Ll}+)/u.exec(text.slice(name[name.length - 1]!.end, name[name.length - 1]!.end + 24));
  return next === null || lexiconPos(next[1]!) !== 'NOUN';
}

/** A role word ("Co-Chairwoman" too) or a word in lower case inside a run: a title before someone's name. */
function isTitleOrLowerCase(t: Token): boolean {
  const head = t.norm.slice(t.norm.lastIndexOf('-') + 1);
  return ROLE_HEADS.has(head) || OCCUPATIONS.has(head) || !/^\p{Lu}/u.test(t.text);
}

/** A given name that is no common word as well ("Tyler", "Ann"; not "North", "Sierra"). */
function isOnlyGivenName(t: Token): boolean {
  return isGivenName(t.norm) && lexiconPos(t.norm) === null;
}

/** A dateline's city in capitals at the start of a line, and its comma: "VARNHOLM, ". */
const DATELINE_CITY_BEFORE = /(?:^|\n)[ \t]*\p{Lu}[\p{Lu} .'’-]+,[ \t]+$/u;
/** What ends a dateline after its region: a colon, a dash, an agency in brackets. */
const DATELINE_END_AFTER = /^\s*[:(\u2014\u2013-]/;

/** Words of quantity that open a sentence before "of": "Part of the Kestrel Gorge Dam gave way". */
const PARTITIVES = new Set(['part', 'parts', 'most', 'some', 'much', 'all', 'many', 'members', 'residents', 'half', 'rest', 'none', 'each', 'several', 'few', 'both', 'one', 'two', 'three', 'dozens', 'hundreds', 'thousands', 'millions']);

/** Ship prefixes: "INS Mysore", "USS Cole", "HMS Victory". */
const SHIP_PREFIXES = new Set(['INS', 'USS', 'HMS', 'HMAS', 'HMCS', 'HMNZS', 'USNS', 'RFS', 'MV', 'RV']);

/** A word of the language written in capitals, four letters or more, that names nothing: "WATCHED", "BREAKING". */
function isCapitalisedLabel(t: Token): boolean {
  if (t.text.length < 4 || !/^\p{Lu}+$/u.test(t.text)) return false;
  const pos = lexiconPos(t.norm);
  return pos !== null && pos !== 'PROPN' && lookupName(t.text) === null;
}

/** A capitalised plural of a common word: "Panthers", "Brothers" (wink's vocabulary lists the singular). */
function isCommonPlural(t: Token): boolean {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(t.text)) return false;
  return lexiconPos(t.norm.endsWith('ies') ? `${t.norm.slice(0, -3)}y` : t.norm.slice(0, -1)) !== null;
}

/** A common word, written as one, that no list knows as a name: it can end a title ("of State"), not name anyone. */
function isTitleEnd(t: Token): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(t.text) && lexiconPos(t.norm) !== null && !isGivenName(t.norm) && lookupName(t.text) === null;
}

function spanText(text: string, tokens: Token[]): string {
  return text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);
}

/** Role phrases as written, split at ranks, without nationality adjectives ("Ukrainian Defence Minister" -> "Defence Minister"). */
function readRoles(text: string, roleTokens: Token[]): string[] {
  const roles: string[] = [];
  // Most candidates have no role words: skip the phrase bookkeeping for them.
  if (roleTokens.length === 0) return roles;
  // Phrases are ranges [from, k) of roleTokens, cut before and after each rank.
  let from = 0;
  for (let k = 0; k < roleTokens.length; k++) {
    if (!RANKS.has(roleTokens[k]!.norm)) continue;
    if (k > from) pushRole(text, roleTokens, from, k, roles);
    pushRole(text, roleTokens, k, k + 1, roles);
    from = k + 1;
  }
  if (roleTokens.length > from) pushRole(text, roleTokens, from, roleTokens.length, roles);
  return roles;
}

/** Courtesy titles are ranks (they cut phrases) but never a role of their own. */
const COURTESY_TITLE = /^(mr|mrs|ms|dr)\.?$/i;

/**
 * Adds the role phrase roleTokens[from, to) without leading demonyms and connectors, if it holds a role head.
 * A module function rather than a closure in `readRoles`: tsx keeps function names by redefining `name` on every
 * closure it creates, which cost more than the phrase itself (this runs per candidate).
 */
function pushRole(text: string, roleTokens: Token[], from: number, to: number, roles: string[]): void {
  while (from < to && (DEMONYMS.has(roleTokens[from]!.norm) || CONNECTORS.has(roleTokens[from]!.norm))) from++;
  let hasHead = false;
  for (let k = from; k < to && !hasHead; k++) hasHead = isRoleHead(roleTokens[k]!);
  if (!hasHead) return;
  const role = text.slice(roleTokens[from]!.start, roleTokens[to - 1]!.end);
  if (!COURTESY_TITLE.test(role)) roles.push(role);
}

const PLACE_CANON = new Map<string, string>();
for (const [canon, forms] of [...Object.entries(PLACE_VARIANTS), ...Object.entries(STATE_ABBREVIATIONS)]) {
  PLACE_CANON.set(canon.toLowerCase(), canon);
  for (const f of forms) PLACE_CANON.set(f.toLowerCase(), canon);
}
/** Outlets named "The X" whose X alone is mostly something else: a surname, an ocean, a political label. */
const BARE_AMBIGUOUS = new Set(['hill', 'atlantic', 'independent']);

const OUTLET_CANON = new Map<string, string>();
for (const [canon, { forms }] of Object.entries(OUTLETS)) {
  OUTLET_CANON.set(canon.toLowerCase(), canon);
  const bare = canon.toLowerCase().replace(/^the /, '');
  if (!BARE_AMBIGUOUS.has(bare)) OUTLET_CANON.set(bare, canon);
  for (const f of forms) OUTLET_CANON.set(f.toLowerCase(), canon);
}

/**
 * The bodies ACRONYM_ORGANIZATIONS spells out, by their names in lower case without "the": "the Food and Drug
 * Administration" is known as FDA is, under the same name, so that the two are one entity.
 */
const SPELLED_OUT = new Map<string, string>();
for (const full of Object.values(ACRONYM_ORGANIZATIONS)) SPELLED_OUT.set(full.toLowerCase().replace(/^the /, ''), full);

/** The hashes of the first words of every gazetteer entry computeLookup reads, lower-cased. */
const FIRST_WORDS = new Set<number>();
for (const key of [...OUTLET_CANON.keys(), ...Object.keys(ORGANIZATIONS), ...Object.keys(ACRONYM_ORGANIZATIONS), ...SPELLED_OUT.keys(), ...PLACE_CANON.keys(), ...PLACE_SET]) {
  const hash = firstWordHash(key.toLowerCase(), 0);
  if (hash >= 0) FIRST_WORDS.add(hash);
}

type Known = { type: EntityType; canonical: string } | null;
/** Entries kept before the name and slug memos start over: bounds memory on a long stream of articles. */
const MAX_MEMO_ENTRIES = 20_000;

const rememberedLookup: (name: string) => Known = memoize((name) => computeLookup(name), MAX_MEMO_ENTRIES);

/** Types a name by the gazetteers alone; null when they do not know it. The result is shared: do not mutate it. */
export function lookupName(name: string): Known {
  // Most names asked about are in no gazetteer: a first word no entry opens with says so without the memo's lookup.
  return opensNoEntry(name) ? null : rememberedLookup(name);
}

/** FNV-1a of the lower-cased ASCII word of `s` from `from` to the next space; -1 when it holds another character. */
function firstWordHash(s: string, from: number): number {
  let h = FNV_OFFSET;
  for (let i = from; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c === 32) break;
    if (c >= 65 && c <= 90) c += 32;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 39)) return -1;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h >>> 0;
}

/** Whether no gazetteer entry can match `name` (see computeLookup): its first word, and after "the" its second, opens none. */
function opensNoEntry(name: string): boolean {
  const first = firstWordHash(name, 0);
  if (first < 0 || FIRST_WORDS.has(first)) return false;
  if (name.length > 4 && name.charCodeAt(3) === 32 && /^the /i.test(name)) {
    const second = firstWordHash(name, 4);
    return second >= 0 && !FIRST_WORDS.has(second);
  }
  return true;
}

function computeLookup(name: string): Known {
  const key = name.toLowerCase().replace(/^the /, '');
  const full = name.toLowerCase();
  const outlet = OUTLET_CANON.get(full) ?? OUTLET_CANON.get(key);
  if (outlet && key !== 'the journal' && key !== 'the times') return { type: 'organization', canonical: outlet };
  // Own properties only: "Constructor" is no organisation.
  if (Object.hasOwn(ORGANIZATIONS, key)) return { type: 'organization', canonical: ORGANIZATIONS[key]! };
  // "F.B.I.", "N.F.L.": an acronym written with full stops is the one written without.
  const bare = name.replace(/^the /i, '');
  const letters = DOTTED_INITIALS.test(bare) ? bare.replaceAll('.', '') : bare;
  if (Object.hasOwn(ACRONYM_ORGANIZATIONS, letters)) return { type: 'organization', canonical: ACRONYM_ORGANIZATIONS[letters]! };
  if (letters !== bare && Object.hasOwn(ORGANIZATIONS, letters.toLowerCase())) return { type: 'organization', canonical: ORGANIZATIONS[letters.toLowerCase()]! };
  const spelled = SPELLED_OUT.get(key);
  if (spelled) return { type: 'organization', canonical: spelled };
  const place = PLACE_CANON.get(key);
  if (place) return { type: 'place', canonical: place };
  if (PLACE_SET.has(key)) return { type: 'place', canonical: titleCase(key, name) };
  return null;
}

function titleCase(key: string, asWritten: string): string {
  return asWritten.replace(/^the /i, '').length === key.length ? asWritten.replace(/^the /i, '') : key;
}

/** Char code of ",", which opens an appositive. */
const COMMA = 44;
/** Longest appositive role we read after a name: "Steve Witkoff, the president's special envoy,". */
const MAX_APPOSITIVE_WORDS = 5;

/** A role given in apposition right after a name: ", the president's special envoy," -> "special envoy". */
function readAppositiveRole(text: string, end: number): string | null {
  // Most names are not followed by a comma: answer them without slicing the text for the regex.
  if (text.charCodeAt(end) !== COMMA) return null;
  const m = /^,\s+([^,;.()"]{3,80}?)(?=\s*(?:[,;.()]|\s(?:in|at|for|who|which|from|and)\s))/.exec(text.slice(end, end + 90));
  // "..., killing a Woodburn police officer": a participle opens a clause about something else, not a description.
  if (!m || /^[a-z]+(?:ing|ed)\s/.test(m[1]!)) return null;
  let phrase = m[1]!.replace(/^(the|a|an)\s+/i, '');
  phrase = phrase.replace(/^.*['’]s\s+/, '');
  const words = phrase.split(/\s+/);
  while (words.length && DEMONYMS.has(words[0]!.toLowerCase())) words.shift();
  const head = words[words.length - 1]?.toLowerCase() ?? '';
  // "In Amatrice, the Rev. Fabio Gammarota": an abbreviated title opens the next name; it describes nothing before.
  if (!ROLE_HEADS.has(head) || words.length > MAX_APPOSITIVE_WORDS || RANKS.has(head) || TITLE_ABBREVIATION_SET.has(head)) return null;
  return words.join(' ');
}

/**
 * ", a neoconservative nonprofit organization", ", a group that ...": an appositive whose head noun is a kind of body
 * makes the name before it an organisation, however much it looks like a person's ("Secure America Now"); a body
 * in the possessive is where the person works (", the union's general secretary").
 */
const ORG_APPOSITIVE =
  /^,\s+(?:a|an|the)\s+(?:(?!(?:of|for|in|at|with|from|to|on|by|who|that)\b)[\w-]+\s+){0,4}?(?:organi[sz]ation|group|nonprofit|non-profit|company|firm|charity|coalition|network|party|union|agency|think tank|committee|association|foundation|movement|campaign|lobby|PAC|startup|broadcaster|newspaper|outlet)\b(?!['’]s\b)(?=\s*(?:[,.;:)]|$)|\s+(?:of|for|in|at|with|from|to|on|by|and|that|which|who|whose|based|founded|led|run|backed|funded|\w+ed)\b)/i;

function describedAsOrganization(text: string, end: number): boolean {
  return text.charCodeAt(end) === COMMA && ORG_APPOSITIVE.test(text.slice(end, end + 90));
}

/** Whether BODY_KIND_BEFORE ends at `start`: the regex only after a lower-case letter and one space. */
function isBodyKindBefore(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 2);
  return text.charCodeAt(start - 1) === 32 && c >= 97 && c <= 122 && BODY_KIND_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

/** Kinds of body written in lower case right before a body's name ("news agency", "firm", "studio"). */
const BODY_KIND_BEFORE =
  /\b(?:agency|firm|company|studio|startup|broadcaster|network|publisher|carrier|airline|retailer|carmaker|automaker|lender|insurer|conglomerate|manufacturer|maker|operator|regulator|watchdog|charity|nonprofit|think tank) $/;

/** A kind of body right after a determiner, as in "a company Donald Trump founded". */
const DETERMINED_KIND_BEFORE = /\b(?:a|an|the|this|that|his|her|its|their|our|my|your) [a-z]+ $/;

/** Holidays: no one's name, though a role word ("a staff Christmas party") or a kind of body may come before one. */
const HOLIDAYS = new Set(['christmas', 'easter', 'thanksgiving', 'hanukkah', 'diwali', 'ramadan', 'eid', 'halloween']);

/** Whether a lower-case verb other than one of speech follows `end` ("Musk bought", not "ISNA reported"). */
function isVerbAfter(text: string, end: number): boolean {
  const m = WORD_AFTER.exec(text.slice(end, end + 24));
  return m !== null && lexiconPos(m[1]!) === 'VERB' && !SPEECH_VERB_WORD.test(m[1]!);
}

const WORD_AFTER = /^ ([a-z]+)\b/;
const SPEECH_VERB_WORD = new RegExp(`^(?:${SPEECH_VERBS})$`);

/** Words right before a name that make it a publication. */
const PUBLICATION_BEFORE = /\b(?:journal|magazine|newspaper|tabloid|news site|website|outlet)\s+$/i;

/** Party labels written before a person's name. */
const PARTY_LABELS = new Set(['democrat', 'republican', 'democratic', 'conservative', 'labour', 'liberal', 'tory', 'independent', 'socialist', 'green']);

/** A party's name or its people's ("Democratic", "Republicans", "Tories"), a nationality ("Koreans"), or "God". */
function isPartyOrPeopleWord(norm: string): boolean {
  const singular = norm.endsWith('ies') ? `${norm.slice(0, -3)}y` : norm.endsWith('s') ? norm.slice(0, -1) : norm;
  return PARTY_LABELS.has(norm) || PARTY_LABELS.has(singular) || DEMONYMS.has(norm) || DEMONYMS.has(singular) || norm === 'god';
}

/** Parts of speech that no name takes out of context (wink's vocabulary): "Still", "However", "Meanwhile". */
const FUNCTION_POS = new Set(['ADV', 'ADP', 'CCONJ', 'SCONJ', 'DET', 'PRON', 'AUX', 'PART', 'INTJ', 'VERB']);

/** First words of names of storms and operations. */
const EVENT_PREFIXES = new Set(['hurricane', 'hurricanes', 'typhoon', 'cyclone', 'storm', 'tropical', 'operation']);

/** Nouns for a party's members. */
const PARTY_MEMBERS = new Set(['democrat', 'republican', 'democrats', 'republicans']);

/** A lower-case "administration" right after a name: "the Trump administration". */
const ADMINISTRATION_AFTER = /^\s+administration\b/;

/**
 * Words before a lone capitalised word that make it a place ("in Varnholm", "the town of Varnholm"); not "according
 * to", after which a source is named ("according to Kicktraq").
 */
const PLACE_CUE = /\b(?:in|at|near|outside|from|(?<!according\s)to|into|across|(?:town|city|village|port|region|province|county|district|people|residents|mayor) of)\s+$/i;

/** Whether KIND_OF_PLACE_BEFORE ends at `start`; the regex only where "of " does, as few names have it. */
function isKindOfPlaceBefore(text: string, start: number): boolean {
  return text.startsWith('of ', start - 3) && KIND_OF_PLACE_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

/** The kind of place a name is, and "of", right before it: "the port city of", "the island of", "residents of". */
const KIND_OF_PLACE_BEFORE =
  /\b(?:city|town|village|island|state|port|province|region|county|district|capital|suburb|municipality|borough|township|hamlet|outskirts|residents|people|mayor|governor|streets) of\s+$/i;

/**
 * Whether ", <a place the gazetteers know>" follows `end`, that place closing a phrase ("Boca Raton, Florida,",
 * "New Bedford, Massachusetts man"): not in the possessive ("Harris, California's junior senator"), not opening a
 * longer name, not in a list.
 */
function isPlaceOfKnownPlace(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== COMMA) return false;
  const m = PLACE_AFTER_COMMA.exec(text.slice(end, end + 40));
  return m !== null && lookupName(m[1]!)?.type === 'place';
}

/**
 * ", Florida" closing a phrase: then a full stop or the like, a comma and a lower-case word, or a lower-case word
 * other than "and" / "or" (a list of names: "the Indianapolis Colts, Philadelphia and Buffalo").
 */
const PLACE_AFTER_COMMA = /^,\s(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,2})(?=[.;:)]|,\s[a-z]|\s(?!and\b|or\b)[a-z]|$)/u;

/**
 * A lower-case kind of place right after a name, ending the phrase ("Qeshm island,", "Akhal province and"): not
 * before another noun, where it names something else ("a Clinton town hall", "the Brooklyn district attorney").
 */
function namesGeographicUnit(text: string, end: number): boolean {
  const m = GEOGRAPHIC_UNIT_AFTER.exec(text.slice(end, end + 40));
  return m !== null && (m[1] === undefined || lexiconPos(m[1].toLowerCase()) !== 'NOUN');
}

const GEOGRAPHIC_UNIT_AFTER =
  /^ (?:island|islands|province|region|county|district|valley|peninsula|mountains|river|lake|desert|governorate|prefecture|oblast|canton|municipality|village|town|city)\b(?! of\b)(?:\s+([A-Za-z]+))?/;

/** A word of a person's name: "Carlineo", "O'Brien", "AOC", "W.", "H.W.". */
const PERSON_WORD_RE = new RegExp(String.raw`^(?:${SURNAME_PREFIXES}|[OD]['’])?\p{Lu}[\p{Ll}'’-]+$|^\p{Lu}{1,3}$|^(?:\p{Lu}\.){1,3}$`, 'u');

/** isPersonWord, or the lower-case syllable after a hyphen ("Hau-yip"), for `every` over a name's tokens. */
function isPersonWordAt(t: Token, k: number, name: Token[]): boolean {
  return isPersonWord(t) || (k > 0 && name[k - 1]!.text === '-' && isNameSyllable(t));
}

/** An adjective before a given name ("Crooked Hillary Clinton"), not the first word of a place ("New York", "San Diego"). */
function isEpithet(name: Token[]): boolean {
  const [first, second] = name;
  if (!first || !second || lexiconPos(first.norm) !== 'ADJ' || !isGivenName(second.norm) || PLACE_PREFIXES.has(first.norm)) return false;
  if (lookupName(`${first.text} ${second.text}`) !== null) return false;
  // "International Red Cross": what follows is a body's name.
  const rest = lookupName(spanText(gapSource, name.slice(1)))?.type;
  return rest !== 'organization' && rest !== 'place';
}

/** Time stamps: "10:30 AM ET", "5 p.m. EDT". */
const TIME_WORDS = /^(?:AM|PM|A\.M\.|P\.M\.|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|UTC|BST)$/;

/** Compass points written after a street ("22nd Street S.", "Pennsylvania Avenue NW"), full stop removed. */
const COMPASS_POINTS = new Set(['n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw']);
/** First words that make a capitalised run a body ("University College London", "Ministry of Defence"). */
const ORG_PREFIXES = new Set(['university', 'ministry', 'academy', 'institute']);
/**
 * Function words written with a capital inside a run: title case, which a name never takes ("This Week With George
 * Stephanopoulos", "Coming To America"). Name particles ("De", "Van", "Bin", "Al") are not among them.
 */
const TITLE_WORDS = new Set(['With', 'And', 'Of', 'For', 'The', 'In', 'On', 'At', 'To', 'From', 'Without', 'Against', 'Into', 'About']);

function isTitleWord(t: Token): boolean {
  return TITLE_WORDS.has(t.text);
}

function withoutDot(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

/** Dotted abbreviations of places and leagues that open names of things: "N.Y. Sandy", "L.A. Weekly", "N.F.C. North". */
const PLACE_INITIALS = new Set(['u.s.', 'u.k.', 'u.n.', 'e.u.', 'n.y.', 'l.a.', 'd.c.', 'n.j.', 's.f.', 'n.c.', 's.c.', 'n.f.c.', 'a.f.c.']);

/** PERSON_WORD_RE, but initials that stand for a place or body ("U.S. Senate", "U.N. Security Council") are none. */
function isPersonWord(t: Token): boolean {
  if (t.text === '-') return true;
  if (!PERSON_WORD_RE.test(t.text)) return false;
  return t.text.length < 4 || !t.text.endsWith('.') || (!PLACE_INITIALS.has(t.norm) && lookupName(t.text) === null);
}

/** Words shaped as a person's name, ending in no word that makes a body, place or event, and unknown as a whole. */
function looksLikePersonName(name: Token[], text: string): boolean {
  const last = name[name.length - 1]!.norm;
  if (name.length > MAX_PERSON_TOKENS || ORG_SUFFIXES.has(last) || PLACE_SUFFIXES.has(last) || EVENT_SUFFIXES.has(last) || GROUP_PLURALS.has(last)) return false;
  return name.every(isPersonWordAt) && lookupName(spanText(text, name)) === null;
}

function typeCandidate(text: string, c: Candidate): Typed | null {
  let name = c.nameTokens;
  // "in The Hill", "The Atlantic reported": an outlet whose name needs its capitalised "The" to be told apart.
  const withThe = name.length > 1 && name[0]!.text === 'The' ? lookupName(spanText(text, name)) : null;
  if (name.length && name[0]!.norm === 'the') name = name.slice(1);
  // "JUST WATCHED Mitt Romney", "BREAKING Trump": words of the language in capitals, a label, before a name written
  // in mixed case.
  while (name.length > 1 && isCapitalisedLabel(name[0]!) && name.some((t) => /\p{Ll}/u.test(t.text))) name = name.slice(1);
  // A common word opening the sentence is not part of the name ("Part of the Kestrel Gorge Dam", "Everything I").
  // A word of quantity before "of" goes, however wink tagged it ("Part of", "Most of", "Members of").
  while (
    name.length > 1 &&
    isSentenceStart(name[0]!, text) &&
    (name[0]!.pos !== 'PROPN' || (PARTITIVES.has(name[0]!.norm) && name[1]!.norm === 'of') || LOWER_ROLE_MODIFIERS.has(name[0]!.norm)) &&
    !midSentenceCaps.has(name[0]!.norm) &&
    !opensKnownName(name)
  ) {
    name = name.slice(1);
    while (name.length > 1 && CONNECTORS.has(name[0]!.norm)) name = name.slice(1);
  }
  if (name.length && name[name.length - 1]!.text === 'I') name = name.slice(0, -1);
  // "Australian Timothy Weeks": a nationality before a person's name is not part of it.
  // So is a party label: "Democrat Matt Lesser".
  // So is an epithet before a given name: "Crooked Hillary Clinton".
  if (
    name.length > 2 &&
    (DEMONYMS.has(name[0]!.norm) || PARTY_LABELS.has(name[0]!.norm) || isEpithet(name)) &&
    name[1]!.text !== '-' &&
    looksLikePersonName(name.slice(1), text)
  )
    name = name.slice(1);
  const roles = readRoles(text, c.roleTokens);
  if (name.length === 0) return null;
  const nameText = spanText(text, name);
  const end = name[name.length - 1]!.end;
  const known = withThe ?? lookupName(nameText);
  if (known) return toTyped(c, name, nameText, known.type, known.canonical, roles[0] ?? null);
  // "credits include 'American Pie' and 'The Big Lebowski.'": words that fill a quotation of their own are a
  // title or a nickname, nobody's name ('he told ...' must not take "Big Lebowski" for a man).
  if (name.length > 1 && isQuotedWhole(text, c.nameTokens[0]!.start, end)) return toTyped(c, name, nameText, 'other', nameText, null);
  // "VARNHOLM, Veridia:", "KYIV, Ukraine (Reuters) -": the region or country of a dateline.
  // The test of the three characters after first: few names are followed by a dateline's mark.
  if (DATELINE_END_AFTER.test(text.slice(end, end + 3)) && DATELINE_CITY_BEFORE.test(text.slice(Math.max(0, name[0]!.start - 40), name[0]!.start))) {
    return toTyped(c, name, nameText, 'place', nameText, null);
  }
  // "INS Sukanya", "USS Cole": a ship.
  if (name.length > 1 && SHIP_PREFIXES.has(name[0]!.text)) return toTyped(c, name, nameText, 'other', nameText, null);
  if (name.length === 1 && /^i['’]/i.test(name[0]!.text)) return null;
  // "a staff Christmas party": a holiday is no one, whatever role word comes before it.
  if (name.length === 1 && HOLIDAYS.has(name[0]!.norm)) return toTyped(c, name, nameText, 'other', nameText, null);
  if (name.every((t) => NOT_NAMES.has(t.norm) || DEMONYMS.has(t.norm) || /^\d/.test(t.text))) return null;
  // "10:30 AM ET Last Updated": a time stamp. "N. Y.", "M. D.": initials and abbreviations alone are no one.
  if (name.some((t) => TIME_WORDS.test(t.text))) return null;
  if (name.length > 1 && name.every((t) => /^\p{Lu}\.?$|^\p{Lu}\p{Ll}{0,3}\.$/u.test(t.text))) return toTyped(c, name, nameText, 'other', nameText, null);
  // "on Qeshm island", "in Akhal province", "the Darfur region": a name with the kind of place it is, in lower case.
  if (namesGeographicUnit(text, end) && !name.some((t) => PARTY_LABELS.has(t.norm) || DEMONYMS.has(t.norm))) {
    return toTyped(c, name, nameText, 'place', nameText, null);
  }
  // "Ltd.", "Co.", "St.": an abbreviated last word is looked up without its full stop.
  const last = withoutDot(name[name.length - 1]!.norm);
  // "22nd Street S.", "Pennsylvania Avenue NW": a compass point after a street.
  if (name.length > 1 && COMPASS_POINTS.has(last) && PLACE_SUFFIXES.has(withoutDot(name[name.length - 2]!.norm))) {
    return toTyped(c, name, nameText, 'place', nameText, null);
  }
  if (PLACE_SUFFIXES.has(last) && name.length > 1 && !(name.length === 2 && SURNAME_SUFFIXES.has(last) && inPersonContext(text, end))) {
    return toTyped(c, name, nameText, 'place', nameText, null);
  }
  if (ORG_SUFFIXES.has(last) && name.length > 1) return toTyped(c, name, nameText, 'organization', nameText, null);
  // "Department of Health", "Bloomberg School of Public Health", "Democratic Party of Turkmenistan": the kind of body
  // before "of" heads the name.
  if (name.length > 2 && name.some((t, k) => k > 0 && k < name.length - 1 && (t.norm === 'of' || t.norm === 'for') && isBodyKind(name[k - 1]!))) {
    return toTyped(c, name, nameText, 'organization', nameText, null);
  }
  // "Florida Republican", "Democrat of New Jersey": a party member described, not named.
  if (name.length > 1 && (PARTY_MEMBERS.has(last) || (PARTY_MEMBERS.has(name[0]!.norm) && name[1]!.norm === 'of'))) {
    return toTyped(c, name, nameText, 'other', nameText, null);
  }
  if (name.length > 1 && opensWithKnownBody(name)) return toTyped(c, name, nameText, 'organization', nameText, null);
  // "Toyota Camry", "Google Maps": a known company and a word no list knows is something it makes, no one's name.
  if (name.length === 2 && /^\p{Lu}\p{Ll}/u.test(name[0]!.text) && lookupName(name[0]!.text)?.type === 'organization' && !isGivenName(name[1]!.norm) && lookupName(name[1]!.text) === null) {
    return toTyped(c, name, nameText, 'other', nameText, null);
  }
  // "Hurricane Katrina", "Operation Grange": a storm or an operation, whatever name it was given.
  if (name.length > 1 && EVENT_PREFIXES.has(name[0]!.norm)) return toTyped(c, name, nameText, 'other', nameText, null);
  // "Chicago Bears", "New York Yankees": a known place and a common plural is a team; a known place and a common
  // word ("Surrey Fire", "Georgia Tech") is no person either. A surname after it makes one ("Paris Hilton").
  if (name.length === 2 && lookupName(name[0]!.text)?.type === 'place' && lexiconPos(name[1]!.norm) !== null) {
    const team = /\p{Ll}s$/u.test(name[1]!.text) || TEAM_NICKNAMES.has(name[1]!.norm);
    return toTyped(c, name, nameText, team ? 'organization' : 'other', nameText, null);
  }
  // After a place of two words or more, any capitalised plural makes a team ("New York Knicks", "Kansas City
  // Chiefs"); after one word it must be a common one, since "Jordan" and "Georgia" are given names too.
  if (name.length > 2 && /^\p{Lu}\p{Ll}+s$/u.test(name[name.length - 1]!.text) && lookupName(name[name.length - 1]!.text) === null) {
    if (lookupName(spanText(text, name.slice(0, -1)))?.type === 'place') return toTyped(c, name, nameText, 'organization', nameText, null);
  }
  if (EVENT_SUFFIXES.has(last) && name.length > 1) return toTyped(c, name, nameText, 'other', nameText, null);
  if (name.length > 1 && ORG_PREFIXES.has(name[0]!.norm)) return toTyped(c, name, nameText, 'organization', nameText, null);
  if (GROUP_PLURALS.has(last) && name.length > 1) return toTyped(c, name, nameText, 'other', nameText, null);
  // "Pittsburgh Steelers", "Golden State Warriors": a major-league team, unless a given name opens the name (someone's
  // surname may be "Hawks") where no known place does, or a nationality ("American Indians").
  if (name.length > 1 && name.length <= 4 && TEAM_NICKNAMES.has(last) && /^\p{Lu}/u.test(name[name.length - 1]!.text) && !name.some(isTitleOrLowerCase) && !DEMONYMS.has(name[0]!.norm)) {
    const place = lookupName(spanText(text, name.slice(0, -1)))?.type === 'place';
    if (place || !isOnlyGivenName(name[0]!)) return toTyped(c, name, nameText, 'organization', nameText, null);
  }
  // A doctrine ("National Socialism", "Political Islam") is no one.
  if (name.length > 1 && /^\p{L}{3,}ism$|islam$/u.test(last)) return toTyped(c, name, nameText, 'other', nameText, null);
  if (PLACE_PREFIXES.has(name[0]!.norm) && name.length > 1) return toTyped(c, name, nameText, 'place', nameText, null);
  // "DSM North America", "LPL Financial", "CBS Local Media": an acronym of three letters or more opening a name makes
  // it a body's (people's initials are run together in two letters at most: "JD Vance", "AJ Smith"), unless a given
  // name or a title follows it ("RNC Co-Chairwoman Ann Wagner", "UNC senior Tyler Hansbrough").
  if (name.length > 1 && /^\p{Lu}{3,}$/u.test(name[0]!.text) && /\p{Ll}/u.test(name[1]!.text) && !isOnlyGivenName(name[1]!) && !name.some(isTitleOrLowerCase)) {
    return toTyped(c, name, nameText, 'organization', nameText, null);
  }
  if (name.length > 1 && describedAsOrganization(text, end)) return toTyped(c, name, nameText, 'organization', nameText, null);
  // "published in the journal Nature Astronomy", "the magazine Foreign Affairs": a publication, not a person.
  if (PUBLICATION_BEFORE.test(text.slice(Math.max(0, name[0]!.start - 20), name[0]!.start))) return toTyped(c, name, nameText, 'organization', nameText, null);
  // "the student news agency ISNA", "research firm Net Applications", "the studio Lionsgate": the kind of body it is
  // right before the name; not a given name, nor the subject of a clause about "a company" or "the firm" ("a company
  // Donald Trump founded", "the company Musk bought"; "security firm Trend Micro found" is the firm).
  if (
    c.roleTokens.length === 0 &&
    isBodyKindBefore(text, name[0]!.start) &&
    !isGivenName(name[0]!.norm) &&
    !(DETERMINED_KIND_BEFORE.test(text.slice(Math.max(0, name[0]!.start - 30), name[0]!.start)) && isVerbAfter(text, end)) &&
    !isBodyPlural(name[0]!.norm)
  ) {
    return toTyped(c, name, nameText, 'organization', nameText, null);
  }
  // "Still, then-Deputy Assistant Secretary ...": a common word opening the sentence, written with a capital only
  // there, is no name, whatever follows it.
  if (name.length === 1 && isSentenceStart(name[0]!, text) && !midSentenceCaps.has(name[0]!.norm) && FUNCTION_POS.has(lexiconPos(name[0]!.norm) ?? '')) return null;
  // A name of several words that no word of it types (one word alone goes by PLACE_CUE and KIND_OF_PLACE_BEFORE below):
  // "the port city of Bandar Abbas", "the island of Key Biscayne": the kind of place it is and "of" before it;
  // "in Boca Raton, Florida,": the state or country it lies in after it, unless it opens with a given name.
  if (name.length > 1 && c.roleTokens.length === 0 && (isKindOfPlaceBefore(text, name[0]!.start) || (isPlaceOfKnownPlace(text, end) && !isGivenName(name[0]!.norm)))) {
    if (!name.some((t) => PARTY_LABELS.has(t.norm) || DEMONYMS.has(t.norm))) return toTyped(c, name, nameText, 'place', nameText, null);
  }
  const appositive = readAppositiveRole(text, end);
  if (appositive) roles.push(appositive);
  if (roles.length > 0 && name.length <= MAX_PERSON_TOKENS) return toTyped(c, name, nameText, 'person', nameText, roles.join('; '));
  // "Mr. Steele", "Mrs. Smith", "Dr. Brown": a courtesy title is no role, but what follows it is someone's name.
  if (name.length <= MAX_PERSON_TOKENS && c.roleTokens.length > 0 && COURTESY_TITLE.test(c.roleTokens[c.roleTokens.length - 1]!.norm)) {
    return toTyped(c, name, nameText, 'person', nameText, null);
  }
  if (name.length === 1) {
    const t = name[0]!;
    if (GENERATIONAL_RE.test(t.text)) return null;
    // The party letter of "R-Texas", "D-Calif.".
    if (/^[DRI]$/.test(t.text) && text.charCodeAt(t.end) === 45) return null;
    // "Angela told Metro", "said Malia,": a given name alone, no word of the language, saying something, is
    // someone. (A surname alone is not taken: companies speak as often, "Waitrose said", "Kellogg said".)
    if (isSpeakingGivenName(text, t)) return toTyped(c, name, nameText, 'person', nameText, null);
    // A capitalised word opening a sentence is a name only if the article also capitalises it elsewhere, or if it
    // is no word of the language and says something ("Dempsey said: ...").
    if (isSentenceStart(t, text) && !midSentenceCaps.has(t.norm) && !(lexiconPos(t.norm) === null && SPEECH_VERB_NEXT.test(text.slice(t.end, t.end + 24)))) {
      return null;
    }
    if (DEMONYMS.has(t.norm) || (t.norm.endsWith('s') && DEMONYMS.has(t.norm.slice(0, -1)))) return null;
    // "In the House", "the Commons", "Parliament voted": a chamber (a house only with "the" before it).
    if (CHAMBERS.has(t.norm) && (t.norm !== 'house' || THE_BEFORE.test(text.slice(Math.max(0, t.start - 4), t.start)))) {
      return toTyped(c, name, nameText, 'organization', nameText, null);
    }
    // "the Chargers", "the Sixers": a major-league team named by its nickname, a capitalised plural after "the".
    if (TEAM_NICKNAMES.has(t.norm) && /^\p{Lu}\p{Ll}+s$|^\d+ers$/u.test(t.text) && THE_BEFORE.test(text.slice(Math.max(0, t.start - 4), t.start))) {
      return toTyped(c, name, nameText, 'organization', nameText, null);
    }
    // "her older sister Kate", "his son Hunter": a relative named.
    const lowerBefore = isLowerWordBefore(text, t.start);
    if (lowerBefore && RELATIVE_BEFORE.test(text.slice(Math.max(0, t.start - 16), t.start))) return toTyped(c, name, nameText, 'person', nameText, null);
    // "a Woodburn police officer", "the Qeshm governor": a town or a province by its local office, when the name is
    // no word of the language ("Capitol police", "Metro police").
    const lowerAfter = isLowerWordAfter(text, t.end);
    if (lowerAfter && LOCAL_OFFICE_AFTER.test(text.slice(t.end, t.end + 20)) && lexiconPos(t.norm) === null && !PARTY_LABELS.has(t.norm)) {
      return toTyped(c, name, nameText, 'place', nameText, null, true);
    }
    // "at a Waitrose supermarket", "a Foxconn factory", "Costco shares": a company, by what it has, when the name is no
    // word of the language and no given name.
    if (lowerAfter && COMPANY_THINGS_AFTER.test(text.slice(t.end, t.end + 16)) && lexiconPos(t.norm) === null && !isGivenName(t.norm)) {
      return toTyped(c, name, nameText, 'organization', nameText, null);
    }
    // "the Trump administration", "the Biden administration": a government named after the person who leads it.
    if (ADMINISTRATION_AFTER.test(text.slice(t.end, t.end + 16))) return toTyped(c, name, nameText, 'person', nameText, null);
    // An acronym after "in" or "at" ("in CBP custody") is a body more often than a place: no place by the cue alone.
    // Nor a party or its people, a nationality, or God ("to Democratic leaders", "by Republicans", "to God").
    const place =
      !ACRONYM.test(t.text) && (PLACE_CUE.test(text.slice(Math.max(0, t.start - 30), t.start)) || isKindOfPlaceBefore(text, t.start)) && !isPartyOrPeopleWord(t.norm);
    return toTyped(c, name, nameText, place ? 'place' : 'other', nameText, null, true);
  }
  // "Patrick W. Carlineo Jr.", "George H.W. Bush": a suffix after the name, initials run together.
  // A suffix follows a given name and a surname ("Treblinka II" is no one); initials never end a name ("Washington D.C.").
  const core = GENERATIONAL_RE.test(name[name.length - 1]!.text) ? name.slice(0, -1) : name;
  const final = core[core.length - 1]!.text;
  // Two words at least, a hyphenated one counting once ("Kimberly-Clark" is no one; "Catherine Zeta-Jones" is).
  const words = core.filter((t) => t.text !== '-').length - core.filter((t) => t.text === '-').length;
  // A nationality and one word is no one's name ("Soviet Turkmenistan", "American Idol").
  // Nor is a known place and a word ("New York Knicks").
  const shaped =
    words >= 2 && !(final.length > 2 && final.endsWith('.')) && !(words === 2 && DEMONYMS.has(core[0]!.norm)) && !opensWithPlace(core);
  if (shaped && words <= MAX_PERSON_TOKENS && core.every(isPersonWordAt) && !isCommonPhrase(core) && !core.some(isTitleWord)) {
    if (c.roleTokens.length === 0 && isNamedThing(text, c, name)) {
      return toTyped(c, name, nameText, isCommonPlural(name[name.length - 1]!) ? 'organization' : 'other', nameText, null);
    }
    return toTyped(c, name, nameText, 'person', nameText, null);
  }
  return toTyped(c, name, nameText, 'other', nameText, null);
}

/**
 * Whether a capitalised run shaped like a name is made of common words and has no given name first (or second, of
 * three words or more): a title, a product, an event ("Blue Origin", "Super Bowl", "Deep Throat", "Election Day",
 * "Trump Tower"), not a person.
 * Common words are those of wink's English vocabulary, which holds few names ("Bill Gates" opens with a given
 * name; "Mark Kelly", "Donald Trump" have a word it does not know).
 */
function isCommonPhrase(name: Token[]): boolean {
  let k = 0;
  for (const t of name) {
    if (t.text === '-') continue;
    // An initial ("W. Mark Felt", "A. J. Smith") is a person's.
    if (!/^\p{L}+$/u.test(t.text)) return false;
    // A given name opens the name, or follows one word before a surname ("Referee Tony Weeks").
    if ((k === 0 || (k === 1 && name.length > 2)) && isGivenName(t.norm)) return false;
    k++;
    if (lexiconPos(t.norm) === null) return false;
  }
  return true;
}

/**
 * A typed mention of the name tokens `name`. Built whole, not spread from a shared base (object spread is a slow
 * path in V8), and by a module function, not a closure: tsx redefines `name` on every closure it creates.
 */
function toTyped(c: Candidate, name: Token[], text: string, type: EntityType, canonical: string, role: string | null, weak = false): Typed {
  return { start: name[0]!.start, end: name[name.length - 1]!.end, text, type, canonical, role, sentence: c.sentence, heading: c.heading, weak };
}

/** Whether text[start, end) is all a quotation holds (a "The" before it aside): a quotation mark before, one after (a comma or a stop between). */
function isQuotedWhole(text: string, start: number, end: number): boolean {
  // A "The" opening the title may stand outside the name ('The Big Lebowski').
  const from = text.startsWith('The ', start - 4) ? start - 4 : start;
  const before = text.charCodeAt(from - 1);
  if (before !== 34 && before !== 39) return false;
  let k = end;
  if (text.charCodeAt(k) === 44 || text.charCodeAt(k) === 46) k++;
  return text.charCodeAt(k) === before;
}

/** Whether text[at] is a lone capital letter: an initial, when a full stop follows. */
function isInitialAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (!(c >= 65 && c <= 90)) return false;
  const before = at > 0 ? text.charCodeAt(at - 1) : 32;
  return isWhiteSpace(before) || before === 46;
}

/**
 * Whether a token opens a sentence: what /(^|[.!?:"]\s*|\n\s*)$/ finds in the three characters before it, read
 * backwards without slicing (this runs for every capitalised token), except after the full stop of an initial or a
 * quotation mark closed after a comma.
 */
function isSentenceStart(t: Token, text: string): boolean {
  if (t.start === 0) return true;
  for (let i = t.start - 1; i >= Math.max(0, t.start - 3); i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (isWhiteSpace(c)) continue;
    // The full stop of an initial ("James P. Kennedy") or of a title ("Mr. Steele", "Sen. Warren") ends no sentence.
    if (c === 46) return !isInitialAt(text, i - 1) && !isTitleAbbreviationBefore(text, i);
    // A quotation mark closing after a comma ('"...," Kennedy said') leaves the sentence going; so does one after a
    // question mark, an exclamation mark or a full stop when a speech verb follows the name ('"Why not?" Maynard
    // asked', '"... Israel." Durbin said').
    if (c === 34) {
      // A mark set off by spaces on both sides may close a quotation standing apart from its words ('failed, " Grifo
      // said'), or open one ('he said, " Yes'): closing only when a speech verb follows the name.
      const apart = isWhiteSpace(text.charCodeAt(i - 1)) && i + 1 < t.start;
      const p = text.charCodeAt(apart ? i - 2 : i - 1);
      if (p === 44 && !apart) return false;
      return !((p === 63 || p === 33 || p === 46 || p === 44) && SPEECH_VERB_NEXT.test(text.slice(t.end, t.end + 24)));
    }
    // "KYIV, Ukraine (Reuters) - Talks began": the dash after a dateline's agency opens the story.
    if (c === 45 || c === 0x2013 || c === 0x2014) return /\)\s*$/.test(text.slice(Math.max(0, i - 3), i));
    return c === 33 || c === 63 || c === 58;
  }
  return false;
}

/** Last words of places that are also common surnames: "Fiona Hill", "Michael Bay", "Shirley Temple". */
const SURNAME_SUFFIXES = new Set(['hill', 'park', 'lake', 'bay', 'camp', 'temple', 'street', 'beach', 'creek', 'falls']);

/** Whether the words after a name make it someone's: a speech verb, or an age set off by commas ("Fiona Hill, 54,"). */
function inPersonContext(text: string, end: number): boolean {
  return PERSON_CONTEXT_AFTER.test(text.slice(end, end + 24));
}

const PERSON_CONTEXT_AFTER = new RegExp(`^(?:\\s+(?:${SPEECH_VERBS})\\b|,\\s*\\d{1,3},)`);

/** The verbs of a person speaking, right after a word ("Angela told") or right before it ("said Angela."). */
const SAYS_AFTER = /^\s+(?:said|says|told|tells|added|asked|recalled|explained)\b/;
const SAYS_BEFORE = /\b(?:said|says|added|asked|recalled|explained)\s+$/;

/**
 * A given name standing alone as the one who speaks ("Angela told Metro", "said Malia."), not after a
 * preposition ("the prosecutor in Palermo said"), and no common word of wink's vocabulary ("Will said").
 */
function isSpeakingGivenName(text: string, t: Token): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || !isGivenName(t.norm)) return false;
  const pos = lexiconPos(t.norm);
  if (pos !== null && pos !== 'PROPN') return false;
  const before = text.slice(Math.max(0, t.start - 12), t.start);
  if (SAYS_AFTER.test(text.slice(t.end, t.end + 12))) return !CLAUSE_PREPOSITION_END.test(before);
  return SAYS_BEFORE.test(before) && /^\s*(?:[.,;]|$)/.test(text.slice(t.end, t.end + 2));
}

/** A preposition ending the words before a name. */
const CLAUSE_PREPOSITION_END = /\b(?:in|at|of|from|for|to|with|by|on)\s+$/i;

/** A speech verb right after a word ("Maynard asked"). */
const SPEECH_VERB_NEXT = new RegExp(`^\\s+(?:${SPEECH_VERBS})\\b`);

/** Memoised slugs: the same few names are slugged again and again while clustering. */
const slugRemembered = memoize((s) => computeSlug(s), MAX_MEMO_ENTRIES);

/**
 * The slug of a name (computeSlug). A word of ASCII letters and digits, most of what is slugged (~130 calls an
 * article, surnames and first words), is its own lower case: made at once, cheaper than the memo's lookup.
 */
function slug(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return slugRemembered(s);
  }
  return s.toLowerCase();
}

/** Letters NFKD leaves whole, as ASCII: "Wałęsa" -> "walesa", "Søren" -> "soren". */
const UNDECOMPOSED: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss' };

function computeSlug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[łđøæœß]/g, (c) => UNDECOMPOSED[c]!)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Levenshtein distance, bounded: stops early past `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Whether two single-word names are spellings of one name (Zelensky / Zelenskyy, Shmyhal / Shmygal). */
export function isSpellingVariant(a: string, b: string): boolean {
  const x = slug(a);
  const y = slug(b);
  if (x === y) return true;
  if (x.length < MIN_FUZZY_LENGTH || y.length < MIN_FUZZY_LENGTH) return false;
  return x.slice(0, 3) === y.slice(0, 3) && editDistance(x, y, 1) <= 1;
}

interface Cluster {
  type: EntityType;
  forms: Map<string, number>;
  roles: string[];
  mentions: Typed[];
  full: string;
  /** Position in the cluster list: alias lookups take the first cluster that fits, as a linear scan would. */
  order: number;
  /** `full` split into words, and all of them but the last joined ("Donald" for "Donald Trump"). */
  words: number;
  given: string;
  /** The slug of the last word of `full`, what spelling variants are compared on. */
  surnameSlug: string;
  /** What the gazetteers call `full`, if they know it. */
  known: string | undefined;
}

/** A mention's name, split and slugged once for all the clusters it is compared with. */
interface NameKeys {
  words: string[];
  given: string;
  surnameSlug: string;
  known: string | undefined;
}

/** A generational suffix after a surname: "Jr.", "Sr.", "III". It is neither the surname nor a name alone. */
const GENERATIONAL_RE = /^(?:jr|sr)\.?$|^(?:ii|iii|iv)$/i;

function readNameKeys(name: string): NameKeys {
  const words = name.split(/\s+/);
  // The last word is the surname, unless it is a suffix ("Patrick W. Carlineo Jr." is Carlineo).
  const core = words.length > 1 && GENERATIONAL_RE.test(words[words.length - 1]!) ? words.slice(0, -1) : words;
  return { words, given: core.slice(0, -1).join(' '), surnameSlug: slug(core[core.length - 1]!), known: lookupName(name)?.canonical };
}

/** Whether two slugged single words are spellings of one name: `isSpellingVariant` on slugs already made. */
function isSlugVariant(x: string, y: string): boolean {
  if (x === y) return true;
  if (x.length < MIN_FUZZY_LENGTH || y.length < MIN_FUZZY_LENGTH) return false;
  return x.slice(0, 3) === y.slice(0, 3) && editDistance(x, y, 1) <= 1;
}

/** How many leading characters of a surname slug index clusters: spelling variants share their first three. */
const SURNAME_PREFIX = 3;

/**
 * The clusters of one article, indexed for alias lookups: a mention can only join a cluster whose surname shares
 * its first letters (spellings) or that the gazetteers give the same canonical name (places), so only those are
 * tested, in list order, with the same rules a scan over every cluster applies.
 */
class ClusterList {
  readonly all: Cluster[] = [];
  private readonly bySurname = new Map<string, Cluster[]>();
  private readonly byKnown = new Map<string, Cluster[]>();
  /**
   * Bodies and places of several words by their initials ("FBI" for Federal Bureau of Investigation), filed when
   * a word in capitals is first looked up (most articles have none): the clusters before `initialsFiled`.
   */
  private readonly byInitials = new Map<string, Cluster[]>();
  private initialsFiled = 0;

  /** `keys` are readNameKeys(full), when the caller has them already. */
  add(type: EntityType, full: string, keys: NameKeys = readNameKeys(full)): Cluster {
    const c: Cluster = { type, forms: new Map(), roles: [], mentions: [], full, order: this.all.length, words: keys.words.length, given: keys.given, surnameSlug: keys.surnameSlug, known: keys.known };
    this.all.push(c);
    const bucket = keys.surnameSlug.slice(0, SURNAME_PREFIX);
    push(this.bySurname, bucket, c);
    // A person is also found by a first name standing alone (see isAlias: a word taken for a place by its cue).
    if (type === 'person' && keys.words.length > 1) {
      const first = slug(keys.words[0]!).slice(0, SURNAME_PREFIX);
      if (first !== bucket) push(this.bySurname, first, c);
    }
    if (keys.known !== undefined) push(this.byKnown, keys.known, c);
    return c;
  }

  /**
   * The one body or place of several words whose initials `m` is, a word in capitals ("FBI" after "the Federal
   * Bureau of Investigation (FBI)", "ESA" in an article naming the European Space Agency); none when two are.
   */
  findByInitials(m: Typed): Cluster | undefined {
    if (m.type === 'person' || !ACRONYM.test(m.canonical)) return undefined;
    for (; this.initialsFiled < this.all.length; this.initialsFiled++) {
      const c = this.all[this.initialsFiled]!;
      if (c.type !== 'person' && c.words > 1) for (const initials of initialsOf(c.full)) push(this.byInitials, initials, c);
    }
    const found = this.byInitials.get(m.canonical);
    return found?.length === 1 ? found[0] : undefined;
  }

  /** Finds `c` by a first name it is also written with ("Dick" for Richard Blumenthal, written "Dick Blumenthal"). */
  addFirstName(c: Cluster, word: string): void {
    const bucket = slug(word).slice(0, SURNAME_PREFIX);
    const list = this.bySurname.get(bucket);
    if (list === undefined) this.bySurname.set(bucket, [c]);
    // Buckets stay in cluster order, which findByAlias relies on.
    else if (!list.includes(c)) {
      const at = list.findIndex((x) => x.order > c.order);
      list.splice(at < 0 ? list.length : at, 0, c);
    }
  }

  /** The first cluster `m` is another form of: a surname of a full name, a spelling variant, a gazetteer alias. */
  findByAlias(m: Typed, keys: NameKeys = readNameKeys(m.canonical)): Cluster | undefined {
    const a = this.bySurname.get(keys.surnameSlug.slice(0, SURNAME_PREFIX)) ?? [];
    const b = keys.known === undefined ? [] : (this.byKnown.get(keys.known) ?? []);
    // Both lists are in cluster order: merge them, so the first match is the one a full scan would find.
    let found: Cluster | undefined;
    for (let i = 0, j = 0; i < a.length || j < b.length; ) {
      const x = a[i];
      const y = b[j];
      let c: Cluster;
      if (y === undefined || (x !== undefined && x.order < y.order)) {
        c = x!;
        i++;
      } else {
        c = y;
        j++;
        if (x === y) i++;
      }
      if (!isAlias(c, m, keys)) continue;
      // "Mr. Obama" is not Malia Obama's surname, "Mrs. Kennedy" not John F. Kennedy's.
      if (keys.words.length === 1 && c.type === 'person' && !agreesWithCourtesy(m, c)) continue;
      // A surname alone joins the man the article calls "Mr." and names by that surname alone ("Mr. Obama", whose
      // daughters it names in full), before anyone whose full name ends in it; not a woman so named ("Mrs. Biden",
      // whose husband's full name comes first).
      if (keys.words.length === 1 && (c.type === m.type || m.type === 'other') && c.full === m.canonical && c.mentions[0] && courtesyKey(c.mentions[0]) === ':m') return c;
      // A surname alone joins the person of that name the article introduced first, its subject ("LaRue said" is
      // Frederick LaRue's in an obituary that names his father Ike LaRue further on; "Jackson" stays Jesse Jackson
      // Jr.'s after "his wife, Sandra Jackson"); a longer name, the first match.
      if (keys.words.length !== 1) return c;
      if (found === undefined || isMoreLikely(c, found)) found = c;
    }
    return found ?? this.findByFirstWord(m, keys, a);
  }

  /**
   * "Xi" -> "Xi Jinping", "Chen" -> "Chen Guangcheng": a word alone that no surname took joins the one person whose
   * name it opens: a family name written first (Chinese, Korean, Vietnamese names), or a given name ("Malia" ->
   * "Malia Obama"). Not a word of the language ("Great" is not Great Yarmouth's), and not when two people's names
   * open with it ("John" in an article about John Boehner and John McLaughlin).
   */
  private findByFirstWord(m: Typed, keys: NameKeys, bucket: Cluster[]): Cluster | undefined {
    if (keys.words.length !== 1 || (m.type !== 'other' && m.type !== 'person') || !/^\p{Lu}\p{Ll}*$/u.test(keys.words[0]!)) return undefined;
    const pos = lexiconPos(keys.words[0]!.toLowerCase());
    if (pos !== null && pos !== 'PROPN') return undefined;
    const found = bucket.filter((c) => c.type === 'person' && (c.words === 2 || c.words === 3) && opensWithFamilyName(c, keys.surnameSlug));
    return found.length === 1 ? found[0] : undefined;
  }
}

/** Whether a speech verb or "who" follows `end`: what a person does ("Jordan said", "Jordan, who", "Jordan -- who"). */
function actsAsPersonAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + 24);
  return SPEECH_VERB_NEXT.test(after) || WHO_NEXT.test(after);
}

const WHO_NEXT = /^\s*(?:,|--|\u2014|\u2013|-)?\s*who\b/;

/** A word in capitals that may stand for a name of several words ("FBI", "ESA", "USFWS"). */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** Lower-case words a name's initials leave out ("Federal Bureau of Investigation" is "FBI"). */
const INITIALS_SKIP = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'de', 'du', 'des', 'del', 'la', 'le', '&']);

/**
 * The initials `full` may be written as: the first letters of its words but the lower-case words of INITIALS_SKIP,
 * with a leading "U.S." as "US" and left out ("U.S. Fish and Wildlife Service": "USFWS", "FWS"); none for a name of
 * fewer than two such words, or with a word that opens with neither a capital nor a digit. A walk over the words
 * rather than a split: every body and place of an article that has a word in capitals is read.
 */
function initialsOf(full: string): string[] {
  let letters = '';
  let words = 0;
  let firstDotted = '';
  for (let at = 0; at < full.length; ) {
    let end = full.indexOf(' ', at);
    if (end < 0) end = full.length;
    if (end > at) {
      const word = full.slice(at, end);
      if (!INITIALS_SKIP.has(word)) {
        const c = full.charCodeAt(at);
        const upper = (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 128 && UPPER_OR_DIGIT.test(word));
        if (!upper) return [];
        const dotted = word.charCodeAt(1) === 46 && DOTTED_INITIALS.test(word) ? word.replaceAll('.', '') : '';
        if (words === 0) firstDotted = dotted;
        letters += dotted || word[0]!.toUpperCase();
        words++;
      }
    }
    at = end + 1;
  }
  if (words < 2) return [];
  return firstDotted !== '' && words > 2 ? [letters, letters.slice(firstDotted.length)] : [letters];
}

const UPPER_OR_DIGIT = /^[\p{Lu}\d]/u;
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,}$/u;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Outlets one word long whose name is also a surname ("Bloomberg", "Fox"), lower-cased. */
const OUTLET_NAMES = new Set(Object.keys(OUTLETS));
const SURNAME_OUTLETS = new Set(Object.entries(OUTLETS).flatMap(([name, { forms }]) => [name, ...forms]).filter((n) => /^\p{Lu}\p{Ll}+$/u.test(n)).map((n) => n.toLowerCase()));

function isAlias(c: Cluster, m: Typed, keys: NameKeys): boolean {
  // "Bloomberg said" in an article about Michael Bloomberg is the man, not the news service.
  if (keys.words.length === 1 && m.type === 'organization' && c.type === 'person' && c.words > 1 && SURNAME_OUTLETS.has(m.canonical.toLowerCase())) {
    return c.surnameSlug === keys.surnameSlug;
  }
  // "Eddie Jordan coached ... Jordan said": a place the gazetteers know, alone, is the person of that surname the
  // article names when it speaks or is described as a person right after ("Jordan -- who became close").
  if (m.type === 'place' && keys.known !== undefined && keys.words.length === 1 && c.type === 'person' && c.words > 1 && c.surnameSlug === keys.surnameSlug) {
    return actsAsPersonAfter(gapSource, m.end);
  }
  // A lone word taken for a place only by the word before it ("from Assange"), not by the gazetteers, is the person
  // of that surname when the article names one.
  if (m.type === 'place' && keys.known === undefined && keys.words.length === 1 && c.type === 'person' && !/\sof\s/i.test(c.full)) {
    if (c.surnameSlug === keys.surnameSlug) return true;
    if (c.words === 1) return false;
    // "Can I give it to James?" in an article about James Van Der Beek: his first name, too, once the article has
    // named him more than once (a run mistaken for a person, "Albany County Courthouse", rarely is).
    if (c.mentions.length < 2) return false;
    const first = slug(c.full.split(/\s+/)[0]!);
    if (first === keys.surnameSlug) return true;
    // "Dick" for Richard Blumenthal, whom the article also wrote "Dick Blumenthal".
    return isFamiliarForm(first, keys.surnameSlug) && [...c.forms.keys()].some((f) => slug(f.split(/\s+/)[0]!) === keys.surnameSlug);
  }
  if (m.type !== 'other' && c.type !== 'other' && c.type !== m.type) return false;
  if (c.type === 'place' || m.type === 'place') return c.known !== undefined && c.known === keys.known;
  // Particles do not count: "Van Der Beek" is a lone surname.
  const n = keys.words.filter((w) => !NAME_PARTICLES.has(w.toLowerCase())).length;
  // A lone surname joins the full name it ends ("Trump" -> "Donald Trump").
  if (n === 1 && (c.type === 'person' || c.type === 'other') && c.words > 1 && isSlugVariant(c.surnameSlug, keys.surnameSlug)) return true;
  // "the Post" after "The Washington Post": an outlet's last word alone joins it; not "News" or "Press" (see below),
  // nor a word that is mostly something else alone ("Hill", see BARE_AMBIGUOUS).
  if (n === 1 && m.type === 'other' && c.type === 'organization' && c.words > 1 && c.known !== undefined && OUTLET_NAMES.has(c.known)) {
    if (c.surnameSlug === keys.surnameSlug && !SHARED_LAST_WORDS.has(c.surnameSlug) && !BARE_AMBIGUOUS.has(c.surnameSlug)) return true;
  }
  // A team's plural alone joins the team it ends ("Saints" -> "New Orleans Saints"); not "News" or "Press", which
  // end many names ("Meet the Press" is not the Associated Press).
  if (n === 1 && c.type === 'organization' && c.words > 1 && c.surnameSlug.endsWith('s') && c.surnameSlug === keys.surnameSlug && !SHARED_LAST_WORDS.has(c.surnameSlug)) return true;
  if (n === c.words && n > 1 && keys.given === c.given && isSlugVariant(c.surnameSlug, keys.surnameSlug)) return true;
  // "Donald Trump" after "Donald J. Trump", "Hillary Clinton" after "Hillary Rodham Clinton": the first name and the
  // surname, a middle name or initials left out; "Chuck Schumer" and "Charles E. Schumer": a familiar first name
  // beside the formal one. Never across a generational suffix ("Jesse Jackson" is not "Jesse L. Jackson Jr.").
  if (n === 2 && c.words >= 2 && c.type === 'person' && c.surnameSlug === keys.surnameSlug && !GENERATIONAL_RE.test(c.full.slice(c.full.lastIndexOf(' ') + 1))) {
    const given = c.given.split(' ')[0]!;
    if ((c.words > 2 && given === keys.given) || isFamiliarForm(given.toLowerCase(), keys.given.toLowerCase())) return true;
  }
  return n === 1 && c.words === 1 && isSlugVariant(c.surnameSlug, keys.surnameSlug);
}

/** Whether `family` (a slug) is the first word of the cluster's name, and its last word reads as a surname. */
function opensWithFamilyName(c: Cluster, family: string): boolean {
  const words = c.full.split(/\s+/);
  const first = words[0]!;
  if (slug(first) !== family || !/^\p{Lu}\p{Ll}*$/u.test(first)) return false;
  // The last word must read as a surname ("Obama") or as a given name written after the family name ("Jinping"):
  // no given name of the English lists, no word of the language, no name the gazetteers know ("Trump Tower Moscow",
  // "Teixeira Reportedly Bumped", "Greenpeace UK" are runs mistaken for people, which must not take the lone word).
  const last = words[words.length - 1]!;
  const lastWord = last.toLowerCase().replace(/-.*/, '');
  return /^\p{Lu}\p{Ll}/u.test(last) && !isGivenName(lastWord) && lexiconPos(lastWord) === null && lookupName(last) === null;
}

/** Plural-looking last words many bodies share. */
const SHARED_LAST_WORDS = new Set(['news', 'press']);

/** The clusters, and per slugged name the first cluster (in list order) holding a mention of it. */
interface Clustered {
  clusters: ClusterList;
  firstWith: Map<string, Cluster>;
}

/** Records that `c` holds a mention slugged `key`, keeping the first cluster in list order. */
/**
 * Whether a surname alone is more likely `c`'s than `other`'s: introduced first. (Counting full mentions was tried:
 * the subject's are spread over the variants of their name, "Jesse L. Jackson Jr." and "Jesse Jackson Jr.", and a
 * relative named twice in full outweighed them.)
 */
/** Whether the courtesy title before a lone surname ("Mr.", "Mrs.", "Ms.") can be that of the person `c` names. */
function agreesWithCourtesy(m: Typed, c: Cluster): boolean {
  const titled = courtesySexBefore(gapSource, m.start);
  if (titled === null) return true;
  const sex = givenNameGender(c.full.split(/\s+/)[0]!.toLowerCase());
  return sex === null || sex === titled;
}

/** ":m" or ":f" for a name after "Mr." or "Mrs." / "Ms.", else "". */
function courtesyKey(m: Typed): string {
  const titled = courtesySexBefore(gapSource, m.start);
  return titled === null ? '' : titled === 'male' ? ':m' : ':f';
}

function isMoreLikely(c: Cluster, other: Cluster): boolean {
  return firstMentionStart(c) < firstMentionStart(other);
}

function firstMentionStart(c: Cluster): number {
  let first = Number.POSITIVE_INFINITY;
  for (const x of c.mentions) if (x.start < first) first = x.start;
  return first;
}

function noteFirst(firstWith: Map<string, Cluster>, key: string, c: Cluster): void {
  const seen = firstWith.get(key);
  if (seen === undefined || seen.order > c.order) firstWith.set(key, c);
}

/** Groups typed mentions into entities: surnames join full names, spellings join each other. */
function clusterMentions(typed: Typed[]): Clustered {
  const clusters = new ClusterList();
  const byKey = new Map<string, Cluster>();
  // Noted as each mention is placed (the first in list order wins, whatever the placing order), so the headings
  // need not slug every mention again.
  const firstWith = new Map<string, Cluster>();
  // Longer names first, so that a surname meets the full name it ends; a lone word typed by its context alone
  // after the others of its length, so that it meets the person the article names that way elsewhere ("in Trump's
  // second term" after "President Trump said"); the sort is stable: text order otherwise.
  // A lone surname after a courtesy title comes before the other lone words, so that it founds its person first.
  const courtesy = typed.map((m) => (m.canonical.includes(' ') ? '' : courtesyKey(m)));
  const rank = typed.map((m, i) => countParts(m.canonical) * 4 + (m.weak ? 0 : 2) + (courtesy[i] === '' ? 0 : 1));
  const order = byRankDescending(rank);
  for (const i of order) {
    const m = typed[i]!;
    const slugged = slug(m.canonical);
    // A lone surname after a courtesy title is placed on its own: the title may rule out whom the bare name joined;
    // so is a known place that acts as a person ("Jordan said"), which may be someone of that surname (isAlias).
    const acts = m.type === 'place' && courtesy[i] === '' && !m.canonical.includes(' ') && actsAsPersonAfter(gapSource, m.end) ? '|acts' : '';
    const key = `${m.type}:${slugged}${courtesy[i]}${acts}`;
    let c = byKey.get(key);
    if (c === undefined) {
      const keys = readNameKeys(m.canonical);
      c = clusters.findByAlias(m, keys) ?? clusters.findByInitials(m) ?? clusters.add(m.type, m.canonical, keys);
      if (c.type === 'person' && keys.words.length > 1 && keys.words[0] !== c.full.split(/\s+/)[0]) clusters.addFirstName(c, keys.words[0]!);
    }
    byKey.set(key, c);
    noteFirst(firstWith, slugged, c);
    if (c.type === 'other' && m.type !== 'other') c.type = m.type;
    c.mentions.push(m);
    c.forms.set(m.text, (c.forms.get(m.text) ?? 0) + 1);
    if (m.role) for (const r of m.role.split('; ')) if (!c.roles.some((x) => x.toLowerCase() === r.toLowerCase())) c.roles.push(r);
  }
  return { clusters, firstWith };
}

/**
 * The indices of `rank` ordered by rank, highest first, ties in index order: a stable sort by counting, since ranks
 * are small non-negative integers (a comparison sort with a callback was most of the ordering's cost).
 * byRankDescending([1, 3, 1]) // [1, 0, 2]
 */
function byRankDescending(rank: number[]): number[] {
  let max = 0;
  for (const r of rank) if (r > max) max = r;
  // starts[max - r] is where the next index of rank r goes.
  const starts = new Int32Array(max + 2);
  for (const r of rank) starts[max - r + 1]!++;
  for (let k = 1; k < starts.length; k++) starts[k]! += starts[k - 1]!;
  const out = new Array<number>(rank.length);
  for (let i = 0; i < rank.length; i++) out[starts[max - rank[i]!]!++] = i;
  return out;
}

/** Adds headline mentions: each joins the first cluster holding the same name, else an alias, else a known name. */
function addHeadings({ clusters, firstWith }: Clustered, headings: Typed[]): void {
  for (const h of headings) {
    const key = slug(h.canonical);
    const c = firstWith.get(key) ?? clusters.findByAlias(h);
    if (c) {
      c.mentions.push(h);
      c.forms.set(h.text, (c.forms.get(h.text) ?? 0) + 1);
      noteFirst(firstWith, key, c);
    } else if (lookupName(h.canonical)) {
      const added = clusters.add(h.type, h.canonical);
      added.forms.set(h.text, 1);
      added.mentions.push(h);
      noteFirst(firstWith, key, added);
    }
  }
}

export interface EntityResult {
  mentions: EntityMention[];
  entities: Entity[];
}

/**
 * Finds people, organisations and places with their aliases and roles, from capitalisation, titles, gazetteers and
 * in-document coreference of surnames. A bare title ("President") or a month is never a person; headline words are
 * only taken when the body confirms them.
 *
 * findEntities(text, tokens, sentences).entities.find((e) => e.name === 'Dan Driscoll')?.roles // ['Army Secretary', ...]
 */
export function findEntities(text: string, tokens: Token[], sentences: Sentence[]): EntityResult {
  gapSource = text;
  roleSurnames = new Set();
  const flags = readFlags(text, tokens);
  roleSurnames = flags.surnameRoles.length === 0 ? roleSurnames : readRoleSurnames(tokens, flags);
  midSentenceCaps = new Set();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (flags.cap[i] === 1 && !sentences[t.sentence]?.heading && !isSentenceStart(t, text)) midSentenceCaps.add(t.norm);
  }
  const typed: Typed[] = [];
  for (const c of collectRuns(tokens, sentences, flags)) {
    const t = typeCandidate(text, c);
    if (t !== null) typed.push(t);
  }
  const clustered = clusterMentions(typed.filter((t) => !t.heading));
  // Headline words count only when they name something the body or the gazetteers know.
  addHeadings(
    clustered,
    typed.filter((t) => t.heading),
  );
  return buildResult(clustered.clusters.all);
}

function buildResult(clusters: Cluster[]): EntityResult {
  const mentions: EntityMention[] = [];
  const entities: Entity[] = [];
  const used = new Set<string>();
  for (const c of clusters) {
    const name = pickName(c);
    let id = `${c.type}:${slug(name)}`;
    for (let k = 2; used.has(id); k++) id = `${c.type}:${slug(name)}-${k}`;
    used.add(id);
    const aliases = [...c.forms.keys()].filter((f) => f !== name);
    entities.push({ id, name, type: c.type, aliases, roles: c.roles, mentions: c.mentions.length });
    for (const m of c.mentions) mentions.push({ start: m.start, end: m.end, text: m.text, type: c.type, entityId: id, role: m.role, sentence: m.sentence });
  }
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, entities };
}

function pickName(c: Cluster): string {
  // What the gazetteers call `full`, looked up when the cluster was made.
  if (c.known !== undefined) return c.known;
  let best = c.full;
  let bestWords = countWords(best);
  for (const f of c.forms.keys()) {
    const words = countWords(f);
    if (words > bestWords) {
      best = f;
      bestWords = words;
    }
  }
  return best;
}

/** `s.split(' ').length`, without building the parts. */
function countParts(s: string): number {
  let n = 1;
  for (let at = s.indexOf(' '); at >= 0; at = s.indexOf(' ', at + 1)) n++;
  return n;
}

/** `s.split(/\s+/).length` (one more than the runs of white space), without building the parts. */
function countWords(s: string): number {
  let n = 1;
  let inSpace = false;
  for (let i = 0; i < s.length; i++) {
    const space = isWhiteSpace(s.charCodeAt(i));
    if (space && !inSpace) n++;
    inSpace = space;
  }
  return n;
}
