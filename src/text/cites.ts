import { alternatives, BODY_NOUNS, COMPANY_NOUNS, DOCUMENT_NOUNS, firstStartingAt, GENERIC_BODY_NOUNS, namedSpeaker, overlaps, participleSubject, PRONOUN_SUBJECT, pronounSubject, PUBLIC_OFFICES, readSpeaker, type Speaker } from './attribution.ts';
import { OUTLETS, SURNAME_PREFIXES } from './gazetteer.ts';
import { lookupName } from './entities.ts';
import { compileKeywords, scanKeywords } from './keywords.ts';
import { sentenceIndexAt } from './sentences.ts';
import type { Cite, CiteKind, Entity, EntityMention, Sentence, Span } from './types.ts';

const OUTLET_KIND = new Map<string, CiteKind>(Object.entries(OUTLETS).map(([name, v]) => [name, v.kind]));

/**
 * The attribution verbs of the "X said" pattern as keywords: `indicate` stands for indicate[sd]?, and the \b
 * after the verb is left out (both only loosen the prefilter).
 */
const ATTRIBUTION_VERBS = ['reported', 'reports', 'said', 'says', 'told', 'noted', 'wrote', 'confirmed', 'stated', 'posted', 'announced', 'quoted', 'indicate', 'described', 'characterized', 'characterised'];

/** The same verbs as a regular expression's alternatives, for the "X said" pattern and the scans around it. */
const ATTRIBUTION_VERB_SOURCE = 'reported|reports|said|says|told|noted|wrote|confirmed|stated|posted|announced|quoted|indicate[sd]?|described|characteri[sz]ed';

/**
 * Patterns that attribute information; group 1 is where the source is named. Every match holds one of
 * `keywords` (ignoring case): a sentence without one is not searched (most sentences hold none of them).
 */
const PATTERNS: Array<{ re: RegExp; side: 'after' | 'before'; keywords: readonly string[]; nearVerbs?: boolean }> = [
  { re: /\baccording to ((?:the |a |an )?[^,.;"]{2,80})/gi, side: 'after', keywords: ['according to '] },
  { re: /\bciting ((?:the |a |an )?[^,.;"]{2,80})/gi, side: 'after', keywords: ['citing '] },
  {
    re: /\b(?:told|verified to|confirmed to|spoke to|speaking to|in an interview with|informed) ((?:the )?[A-Z][\w.]*!?(?: [A-Z][\w.]*){0,3})/g,
    side: 'after',
    keywords: ['told ', 'verified to ', 'confirmed to ', 'spoke to ', 'speaking to ', 'in an interview with ', 'informed '],
  },
  {
    re: new RegExp(`((?:the |a |an |one )?(?:[\\w.'’-]+ ){0,6}?[\\w.'’-]+),? (?:first |also |separately |later |earlier |previously |meanwhile |has |had |was )?(?:${ATTRIBUTION_VERB_SOURCE})\\b`, 'g'),
    side: 'before',
    keywords: ATTRIBUTION_VERBS,
    nearVerbs: true,
  },
  { re: /\b(?:the|a|an) (?:recent |new |latest |earlier )?((?:[A-Z][\w.]*)(?: [A-Z][\w.]*){0,3}) (?:report|story|article|investigation|interview)\b/g,
    side: 'after',
    keywords: [' report', ' story', ' article', ' investigation', ' interview'],
  },
];

/** A passive "told": the words before it name whom something was told. */
const PASSIVE_TOLD = /\b(?:was|were|been|being|is|are|be|get|got)\s+told$/;
/** People a source speaks to, after a name that qualifies them: "told White House reporters". */
const AUDIENCE_AFTER = /^\s+(?:reporters|journalists|correspondents|aides|staff|staffers|students|supporters|lawmakers|members|audiences?|crowds?|viewers|listeners|readers|employees|officials|contributors|donors|voters|delegates|colleagues|leaders|troops|veterans|activists|groups?)\b/;

/**
 * The "X said / reported" pattern has no anchor and is tried at every character; most sentences (77% in
 * bench/annotate.ts) hold none of its verbs, so it runs only where one is present, and only from the few words
 * before each verb (see `matchNearVerbs`). Same output.
 */
const ATTRIBUTION_VERB = new RegExp(`\\b(?:${ATTRIBUTION_VERB_SOURCE})\\b`, 'g');

/**
 * Most spaces a match of the "X said" pattern holds before its verb: one after an article, six after the lazily
 * counted words, one after the optional comma, one after an adverb ("also", "has").
 */
const MAX_SPACES_BEFORE_VERB = 9;

/** Whether a character can be inside a match of the "X said" pattern: [\w.'’-], the space and the comma. */
function isClauseChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 39 || c === 0x2019 || c === 45 || c === 32 || c === 44
  );
}

/** The first position a match ending at the verb at `v` can start from (a match holds only clause characters). */
function windowStart(segment: string, v: number): number {
  let spaces = 0;
  let j = v;
  while (j > 0) {
    const c = segment.charCodeAt(j - 1);
    if (!isClauseChar(c)) break;
    if (c === 32) {
      if (spaces === MAX_SPACES_BEFORE_VERB) break;
      spaces++;
    }
    j--;
  }
  return j;
}

/**
 * The matches `segment.matchAll(re)` gives for the "X said" pattern, found without trying it at every character:
 * a match starts at most MAX_SPACES_BEFORE_VERB spaces (of clause characters only) before one of the verbs, so the
 * scan resumes at the first such window after the last match, and stops once no verb is left ahead.
 */
function matchNearVerbs(segment: string, re: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let pos = 0;
  ATTRIBUTION_VERB.lastIndex = 0;
  for (let verb = ATTRIBUTION_VERB.exec(segment); verb; verb = ATTRIBUTION_VERB.exec(segment)) {
    const v = verb.index;
    // Windows only move forward with their verbs, so a verb whose window lies behind the cursor is done with.
    const from = Math.max(pos, windowStart(segment, v));
    if (from >= v) continue;
    re.lastIndex = from;
    const m = re.exec(segment);
    if (!m) break;
    out.push(m);
    pos = m.index + m[0].length;
    // Resume the verb scan at the cursor: verbs inside the match (or before it) can open no later window.
    if (ATTRIBUTION_VERB.lastIndex < pos) ATTRIBUTION_VERB.lastIndex = pos;
  }
  return out;
}

/** Sticky: tried only where one of SOCIAL_KEYWORDS starts, which every match does. */
const SOCIAL = /\b(?:posted|wrote|said) (?:on|in a post on) (Telegram|X|Twitter|Facebook|Instagram|TikTok|Truth Social|social media|YouTube|Weibo|VK)\b/y;
const SOCIAL_KEYWORDS = ['posted', 'wrote', 'said'].flatMap((verb) => [`${verb} on `, `${verb} in a post on `]);
/** The keyword list SOCIAL_KEYWORDS has in the scanner, after the patterns' lists. */
const SOCIAL_LIST = PATTERNS.length;
/** One scan of the text for every pattern's keywords and SOCIAL's. */
const KEYWORDS = compileKeywords([...PATTERNS.map((p) => p.keywords), SOCIAL_KEYWORDS]);
const DOCUMENT = new RegExp(
  String.raw`^(?:the |a |an )?(?:(?:new|recent|leaked|draft|internal|official|government|\d+-page) )*(${alternatives(`${DOCUMENT_NOUNS} document draft publication study survey transcript readout`)})\b`,
  'i',
);

/** What joins a document to the body whose it is: " from the", " obtained by", " released by the". */
const DOCUMENT_OF = /^\s+(?:(?:\w+ed|seen|shown|given|written|put out)\s+)?(?:from|by|of)\s+(?:the\s+)?$/i;

/** Per keyword list, where its keywords start in `text`, in order (overlapping ones too). */
function findKeywords(text: string): number[][] {
  const hits = scanKeywords(KEYWORDS, text);
  const at: number[][] = Array.from({ length: SOCIAL_LIST + 1 }, () => []);
  for (let h = 0; h < hits.at.length; h++) {
    for (let list = 0; list <= SOCIAL_LIST; list++) if ((hits.lists[h]! & (1 << list)) !== 0) at[list]!.push(hits.at[h]!);
  }
  return at;
}

/**
 * SOCIAL's matches, as text.matchAll would find them: every match starts at a keyword, so only those positions
 * are tried, in order, each after the end of the last match.
 */
function matchSocial(text: string, starts: number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let reached = 0;
  for (const at of starts) {
    if (at < reached) continue;
    SOCIAL.lastIndex = at;
    const m = SOCIAL.exec(text);
    if (!m) continue;
    out.push(m);
    reached = m.index + m[0].length;
  }
  return out;
}

/** Whether any of the sorted positions `at` lies in [start, end) (binary search). */
function hasPositionIn(at: number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < at.length && at[lo]! < end;
}


/**
 * "Mick Mulvaney, the acting White House chief of staff, told reporters": the words before the verb are an
 * appositive, and the person named right before its comma is the one who speaks, not the White House in it.
 */
function appositiveSubject(text: string, groupStart: number, mentions: EntityMention[], names: Map<string, string>): Speaker | null {
  const before = text.slice(Math.max(0, groupStart - 3), groupStart);
  if (!/,\s*$/.test(before)) return null;
  // "police in Sicily" after "a blitz against Cosa Nostra,", "Bloomberg" after "isn't Trump,": a subject of its own,
  // no appositive.
  if (BARE_SUBJECT.test(text.slice(groupStart, groupStart + 30)) || isNameAlone(text, groupStart, mentions)) return null;
  const comma = groupStart - before.length + before.lastIndexOf(',');
  // After the appositive the pattern allows a comma before the verb ("..., told"); the name ends at the first one.
  const person = mentions.find((m) => m.type === 'person' && m.end === comma);
  return person ? namedSpeaker(person, names) : null;
}

/**
 * 'Kurt Schrader of Oregon, who backed Mr. Ryan, said', 'Kevin McCarthy (R-Calif.), a longtime target of immigration
 * activists, said': when the words before the verb close a clause set off by commas (a relative clause or an
 * appositive), the subject stands before that clause, not among the names inside it.
 */
function setOffSubject(text: string, sentenceStart: number, groupEnd: number, mentions: EntityMention[], names: Map<string, string>): Speaker | null {
  if (text.charCodeAt(groupEnd) !== 44) return null;
  const before = text.slice(sentenceStart, groupEnd);
  const clause = SET_OFF_CLAUSE.exec(before);
  if (!clause) return null;
  const comma = sentenceStart + clause.index;
  const head = text.slice(sentenceStart, comma);
  const from = sentenceStart + Math.max(head.lastIndexOf(','), head.lastIndexOf(';')) + 1;
  // 'Jack Gallagher, a spokesman for the city's office, which is reviewing ..., said': an appositive before the clause.
  return appositiveSubject(text, from + 1, mentions, names) ?? readSpeaker(text, from, comma, mentions, names, { subjectAtEnd: true });
}

/** A clause set off by a comma that runs to the end: ", who backed Mr. Ryan", ", a longtime target of activists". */
const SET_OFF_CLAUSE = /,\s+(?:who|which|whose|whom|a|an|the)\s[^,;"]*$/;

/** Whether a person or body is named alone from `at` to the verb ("Bloomberg said"), not a credential ("MD"). */
function isNameAlone(text: string, at: number, mentions: EntityMention[]): boolean {
  const k = firstStartingAt(mentions, at);
  const m = mentions[k]?.start === at && (mentions[k]!.type === 'person' || mentions[k]!.type === 'organization') ? mentions[k] : undefined;
  if (m === undefined || CREDENTIAL.test(m.text)) return false;
  return /^,?\s+(?:\w+ly\s+|also\s+|later\s+)?\w+/.test(text.slice(m.end, m.end + 24)) && !/^['’]/.test(text.slice(m.end, m.end + 1));
}

/** Letters after a name that are no name of their own: "MD", "PhD", "Esq." */
const CREDENTIAL = /^(?:MD|M\.D\.|PhD|Ph\.D\.|DO|RN|Esq\.?|CPA)$/;

/** People or a body in the plural opening a subject of their own ("police in Sicily", "administration officials"), no appositive. */
const BARE_SUBJECT = /^(?:[a-z]+\s+)?(?:police|officials|authorities|prosecutors|investigators|sources|officers|analysts|experts|lawmakers|aides|witnesses|residents|doctors|researchers|scientists)\b/;

/** A verb whose subject is left out after "and" or "but": "DART pledged to increase police presence but said". */
const ELIDED_BEFORE_VERB = new RegExp(`\\b(?:and|but)\\s+(?:also\\s+|later\\s+|then\\s+)?(?:${ATTRIBUTION_VERB_SOURCE})$`);

/**
 * For an elided subject, the person or body opening the sentence ("Labour Minister Oswaldo Vera ... visited the
 * factory and said"), after an opening phrase at most; null when the sentence opens otherwise ("He left ..., but
 * said", "The billionaire argued ..., and said"), where the words before the verb are read as before.
 */
function elidedSubject(text: string, sentences: Sentence[], index: number, verbEnd: number, mentions: EntityMention[], names: Map<string, string>): Speaker | null {
  const sentenceStart = sentences[index]!.start;
  if (!ELIDED_BEFORE_VERB.test(text.slice(Math.max(sentenceStart, verbEnd - 40), verbEnd))) return null;
  // "He left the Patrick administration last year but said": whom the opening pronoun stands for, the subject of
  // the sentence before.
  const pronoun = PRONOUN_SUBJECT.exec(text.slice(sentenceStart, verbEnd));
  if (pronoun) {
    const subject = pronounSubject(text, sentences, index, verbEnd, mentions, names);
    // The citation is the pronoun's, in this sentence; the name is the person it stands for.
    const end = sentenceStart + pronoun[0].length;
    return subject && { ...subject, start: end - pronoun[1]!.length, end };
  }
  const subject = participleSubject(text, sentenceStart, verbEnd, mentions, names, ['person', 'organization']);
  if (subject === null) return null;
  const lead = text.slice(sentenceStart, subject.start);
  return SUBJECT_LEAD.test(lead.slice(lead.lastIndexOf(',') + 1)) ? subject : null;
}

/** What may stand before a sentence's subject in its clause: capitalised words (a title, "Premier", "Labour Minister"). */
const SUBJECT_LEAD = /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;

function kindOf(speaker: Speaker, entities: Map<string, Entity>): CiteKind {
  // "police said", "the navy said", "the judge said": a body or an office speaks on the record, though unnamed;
  // "a US official", "sources" do not.
  // "according to a Texas prison statement": a document, though described rather than named.
  // "Donald Trump's lawyer", "the Kremlin's spokesman": someone a named person or body speaks through, on the record.
  if (!speaker.named || !speaker.entityId) {
    if (ON_RECORD.test(speaker.name) || OF_A_NAME.test(speaker.name)) return 'official';
    return DESCRIBED_DOCUMENT.test(speaker.name) ? 'document' : 'anonymous';
  }
  const e = entities.get(speaker.entityId);
  const outletKind = OUTLET_KIND.get(speaker.name) ?? leadingOutletKind(speaker.name);
  if (outletKind) return outletKind;
  // "Army Times", "the Des Moines Register", "The San Diego Union-Tribune", "told the Chronicle", "the Daily News
  // reported": a newspaper, magazine or press agency the gazetteer does not list.
  if ((e?.type === 'organization' || e?.type === 'other') && NEWSPAPER_LAST_WORD.test(speaker.name)) return 'outlet';
  // A US broadcaster's call sign: "KKCO", "WNPR", "KTLA-TV".
  if (CALL_SIGN.test(speaker.name)) return 'outlet';
  // An acronym no list types ("CBRE", "EIA") is a body, not a person; so is a word with a capital inside ("AppRiver",
  // "KidsAndCars"), a company's or a site's name, unless a surname's prefix explains it ("McConnell", "DeMint").
  if (e?.type === 'organization' || e?.type === 'place' || (e?.type === 'other' && (/^\p{Lu}{2,6}$/u.test(speaker.name) || isInnerCapitalName(speaker.name)))) {
    return 'official';
  }
  // "Police said" opening a sentence: a body's common noun written with a capital is still the body.
  if (e?.type === 'other' && ON_RECORD.test(speaker.name)) return 'official';
  return e && e.roles.length > 0 ? 'official' : 'person';
}

/** One word with a capital inside it that no surname prefix explains: "AppRiver", "MyBroadband", not "McConnell". */
function isInnerCapitalName(name: string): boolean {
  return /^\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u.test(name) && !SURNAME_PREFIX.test(name);
}

/** A surname's prefix before a capital: "McConnell", "DeMint". */
const SURNAME_PREFIX = new RegExp(`^(?:${SURNAME_PREFIXES})\\p{Lu}`, 'u');

/** The kind of a listed outlet opening a name, one of its stations or services: "NBC Los Angeles", "BBC Radio". */
function leadingOutletKind(name: string): CiteKind | undefined {
  const words = name.split(' ');
  for (let k = Math.min(2, words.length - 1); k >= 1; k--) {
    const known = lookupName(words.slice(0, k).join(' '));
    const kind = known?.type === 'organization' ? OUTLET_KIND.get(known.canonical) : undefined;
    if (kind) return kind;
  }
  return undefined;
}

/**
 * An unnamed body or public office ("police", "the navy", "the judge", "prosecutors", "authorities"), or anyone's
 * spokesperson ("a defence spokesperson", "a Denver spokesman") or representative ("his rep", "her publicist"), which speaks
 * on the record.
 */
const ON_RECORD = new RegExp(`(?:\\b(?:${alternatives(`${BODY_NOUNS} ${GENERIC_BODY_NOUNS} ${PUBLIC_OFFICES} ${COMPANY_NOUNS}`)})s?|\\bauthorities)(?:\\s+spokes(?:man|woman|person))?$|\\bspokes(?:man|woman|person)$|\\b(?:rep|representative|publicist)$`, 'i');

/**
 * A description of someone who speaks for a name ("Donald Trump's lawyer", "the Kremlin's spokesman"; not "Dr.
 * Collins' colleagues", whose people are no one's voice), or of the one holder of
 * a named body's office ("the Senate historian", "the White House spokesman"; "a White House official" is anyone).
 */
const OF_A_NAME = new RegExp(
  String.raw`^(?:the\s+)?\p{Lu}[\p{L}.'’ -]*(?:['’]s|s['’])\s+(?!(?:\w+\s+)?(?:${alternatives(DOCUMENT_NOUNS)}|friends?|relatives?|colleagues?|neighbou?rs?|family|parents|mother|father|wife|husband|son|daughter|sister|brother|supporters?|critics?|fans?|victims?|witnesses?)\b)|^the\s+(?:\p{Lu}[\p{L}.'’-]*\s+)+(?:spokes(?:man|woman|person)|historian|counsel)$`,
  'u',
);

const DESCRIBED_DOCUMENT = new RegExp(`\\b(?:${alternatives(DOCUMENT_NOUNS)})$`, 'i');

const CALL_SIGN = /^[KW][A-Z]{2,3}(?:-(?:TV|FM|AM))?$/;

const NEWSPAPER_LAST_WORD =
  /(?:^|[\s-])(?:Times|Post|Journal|Herald|Gazette|Tribune|Register|Sentinel|Inquirer|Dispatch|Examiner|Enquirer|Chronicle|Courier|Ledger|Observer|Bulletin|Mercury|Globe|Star-Ledger|Daily|Record|Telegraph|Standard|Monitor|Citizen|Press|News|Magazine|Weekly|Reporter|Review|Insider)$/;

/**
 * Finds the outlets, agencies, officials and documents an article attributes information to ("Axios reported",
 * "according to CNN", "citing anonymous US and Russian officials", "posted on Telegram"). Photo credits are
 * removed lines before this runs, so they are never citations of reporting.
 */
export function findCites(text: string, sentences: Sentence[], mentions: EntityMention[], entityList: Entity[], quoteSpans: Span[]): Cite[] {
  const entities = new Map(entityList.map((e) => [e.id, e]));
  const names = new Map(entityList.map((e) => [e.id, e.name]));
  const cites: Cite[] = [];
  const seen = new Set<string>();
  const add = (c: Cite) => {
    const key = `${c.sentence}|${c.name.toLowerCase()}`;
    if (seen.has(key) || c.sentence < 0 || sentences[c.sentence]?.heading && c.kind === 'anonymous') return;
    if (quoteSpans.some((q) => overlaps(q, c))) return;
    seen.add(key);
    cites.push(c);
  };
  const keywordsAt = findKeywords(text);
  // Per sentence, so that no pattern reaches across a sentence boundary.
  for (let sentence = 0; sentence < sentences.length; sentence++) {
    const s = sentences[sentence]!;
    // Sliced only for a sentence some pattern searches: most hold none of the keywords.
    let segment: string | null = null;
    for (let p = 0; p < PATTERNS.length; p++) {
      const { re, nearVerbs } = PATTERNS[p]!;
      if (!hasPositionIn(keywordsAt[p]!, s.start, s.end)) continue;
      segment ??= text.slice(s.start, s.end);
      re.lastIndex = 0;
      for (const m of nearVerbs ? matchNearVerbs(segment, re) : segment.matchAll(re)) {
      const group = m[1]!;
      const from = s.start + m.index + m[0].indexOf(group);
      const to = from + group.length;
      // "protesters were told to gather", "Smith was told": who was told is no source; nor are "White House
      // reporters", whom a source told.
      if (nearVerbs && PASSIVE_TOLD.test(m[0])) continue;
      if (!nearVerbs && AUDIENCE_AFTER.test(text.slice(to, to + 24))) continue;
      const doc = DOCUMENT.exec(group);
      const verbEnd = s.start + m.index + m[0].length;
      const speaker =
        (nearVerbs ? (elidedSubject(text, sentences, sentence, verbEnd, mentions, names) ?? appositiveSubject(text, from, mentions, names) ?? setOffSubject(text, s.start, to, mentions, names)) : null) ??
        readSpeaker(text, from, to, mentions, names, { antecedent: quoteAntecedent(quoteSpans, sentences, from) });
      // "according to slides from an internal presentation intended for NSA senior analysts": the document the
      // words open with is the source; a name further on is only when the document is directly its ("a statement
      // from the NSA", "documents obtained by CNN").
      const documentFirst = doc !== null && speaker?.named === true && speaker.start > from + doc[0].length && !DOCUMENT_OF.test(text.slice(from + doc[0].length, speaker.start));
      if (speaker && !documentFirst && (speaker.named || !doc)) {
        if (speaker.named && speaker.entityId && entities.get(speaker.entityId)?.type === 'place' && !/official|government/i.test(group)) continue;
        add({ start: speaker.start, end: speaker.end, name: speaker.name, kind: kindOf(speaker, entities), sentence });
      } else if (doc) {
        const start = from + doc.index + doc[0].length - doc[1]!.length;
        add({ start, end: start + doc[1]!.length, name: doc[0].trim().replace(/^(The|A|An)\b/, (w) => w.toLowerCase()), kind: 'document', sentence });
      }
      }
    }
  }
  for (const m of matchSocial(text, keywordsAt[SOCIAL_LIST]!)) {
    const start = m.index + m[0].lastIndexOf(m[1]!);
    add({ start, end: start + m[1]!.length, name: m[1]!, kind: 'social', sentence: sentenceIndexAt(sentences, start) });
  }
  return resolveOutletAnaphora(cites.sort((a, b) => a.start - b.start));
}

/**
 * For a source right after a quotation ('"...," she said'), where a pronoun looks for its person as the quotation's
 * speaker does (quotes.ts): the sentence before the quotation's and its own up to the quotation, never the names
 * the quotation holds. Undefined for any other source.
 */
function quoteAntecedent(quoteSpans: Span[], sentences: Sentence[], from: number): { from: number; to: number } | undefined {
  const quote = quoteSpans.find((q) => q.end <= from && from - q.end <= MAX_GAP_AFTER_QUOTE);
  if (!quote) return undefined;
  const index = sentenceIndexAt(sentences, quote.start);
  const before = sentences[index - 1];
  const own = sentences[index];
  return { from: before && !before.heading ? before.start : (own?.start ?? quote.start), to: quote.start };
}

/** Characters between a closing quotation mark and the source after it (', ' or ' '). */
const MAX_GAP_AFTER_QUOTE = 3;

/** A news outlet named by what it is: "the publication reported", "the newspaper said", "according to the outlet". */
const OUTLET_ANAPHOR = /^the (?:publication|newspaper|paper|outlet|news outlet|magazine|website|news site|site|(?:cable |television |TV )?network|station|channel|broadcaster|tabloid|daily|wire service|news agency)$/i;

/**
 * "Axios reported ... the publication reported": the outlet a description refers back to is the last one the
 * article cited before it, and the citation is that outlet's (so that its copies count once). A description with
 * no outlet before it is an outlet still, unnamed.
 */
function resolveOutletAnaphora(cites: Cite[]): Cite[] {
  let lastOutlet: Cite | null = null;
  let lastPrinted: Cite | null = null;
  for (const c of cites) {
    if (OUTLET_ANAPHOR.test(c.name)) {
      // "the newspaper" is no broadcaster's call sign ("WDIV").
      const before = PRINTED.test(c.name) ? lastPrinted : lastOutlet;
      c.kind = before?.kind ?? 'outlet';
      if (before) c.name = before.name;
    } else if (c.kind === 'outlet' || c.kind === 'agency') {
      lastOutlet = c;
      if (!CALL_SIGN.test(c.name)) lastPrinted = c;
    }
  }
  return cites;
}

/**
 * The outlet an outlet's description at `at` refers back to ("the paper said" as a quotation's speaker): the last
 * outlet or agency cited before it, a printed one for "the newspaper"; null when `description` is no such
 * description or none was cited.
 *
 * outletReferredTo(cites, 120, 'the paper') // 'The Wall Street Journal'
 */
export function outletReferredTo(cites: Cite[], at: number, description: string): string | null {
  if (!OUTLET_ANAPHOR.test(description)) return null;
  const printed = PRINTED.test(description);
  let found: string | null = null;
  for (const c of cites) {
    if (c.start >= at) break;
    if ((c.kind === 'outlet' || c.kind === 'agency') && !(printed && CALL_SIGN.test(c.name)) && !OUTLET_ANAPHOR.test(c.name)) found = c.name;
  }
  return found;
}

/** The descriptions of an outlet that print. */
const PRINTED = /(?:newspaper|paper|daily|tabloid)$/i;
