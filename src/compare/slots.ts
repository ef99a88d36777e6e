import { memoize } from '../memo.ts';

/** Details a statement states that outlets may disagree on: numbers (with hedges), parts of day, weekdays. */

export interface NumberSlot {
  value: number;
  hedge: string | null;
  /** The word after the number ("injured", "points"), stemmed crudely, or "" when none. */
  unit: string;
  text: string;
  /** Content words within three words either side ("killed", "injured", "town"): what the number counts. */
  context: Set<string>;
  /** The sentence gives a rate ("37 children die each year"), not a total ("749 have died since 1998"). */
  rate: boolean;
  /** The year a running total counts from ("749 have died since 1998"), or null: totals from different years differ. */
  since: string | null;
}

/** Words that make a count a rate: per year, each week, annually, on average. */
const RATE = /\b(?:each|every|per|a)\s+(?:year|month|week|day|hour)\b|\b(?:annually|yearly|on average|an average)\b/i;

const CONTEXT_STOP = new Set('the a an and or of to in on at for with by from that this is are was were has have had be been as it its their his her they he she said says about people more than some nearly roughly around another'.split(' '));

/** Words of the same clause only: "killed 14 people and injured another 28" counts 14 as killed, not injured. */
function clauseWords(text: string): string[] {
  return text.toLowerCase().match(/[a-z]+|[,;:]/g) ?? [];
}

function readContext(text: string, start: number, end: number): Set<string> {
  const before = clauseWords(text.slice(0, start));
  const after = clauseWords(text.slice(end));
  const cutBefore = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('and'), before.lastIndexOf(':'));
  const stopAfter = after.findIndex((w) => w === ',' || w === ';' || w === ':' || w === 'and');
  const near = [...before.slice(cutBefore + 1).slice(-3), ...(stopAfter < 0 ? after : after.slice(0, stopAfter)).slice(0, 3)];
  const words = near.filter((w) => w.length > 2 && !CONTEXT_STOP.has(w));
  return new Set(words.map((w) => w.replace(/(ing|ed|es|s)$/, '')));
}

/** Two numbers count the same thing when their units match and some word around them does too. */
export function sameQuantity(a: NumberSlot, b: NumberSlot): boolean {
  if (a.unit !== b.unit || a.rate !== b.rate || a.since !== b.since) return false;
  for (const w of a.context) if (w !== a.unit && b.context.has(w)) return true;
  return false;
}

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12,
};

const HEDGES = 'roughly|about|around|nearly|approximately|some|more than|over|at least|up to|almost|close to|as many as|fewer than|less than|an estimated|estimated';
const NUMBER = new RegExp(
  `(?:\\b(${HEDGES})\\s+)?\\b(\\d[\\d,]*(?:\\.\\d+)?|${Object.keys(WORD_NUMBERS).join('|')})\\b(?:[-\\s]+([a-z]+))?`,
  'gi',
);
/** Years and days of the month are dates, not counts: 1000-2100 alone, or a number after a month name. */
const MONTH_BEFORE = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$/i;

function stemUnit(w: string | undefined): string {
  if (!w) return '';
  const x = w.toLowerCase();
  if (['and', 'or', 'of', 'in', 'on', 'at', 'to', 'the', 'a', 'were', 'was', 'are', 'have', 'has', 'had', 'people', 'more'].includes(x)) return x === 'people' ? 'people' : '';
  return x.replace(/(ies|es|s)$/, '');
}

/** Text before a number that makes it the upper end of a range: "3-", "10 to ", "between 5 and ". */
const RANGE_BEFORE = /\d\s*(?:[-–—]|to|and)\s*\$?$/;
/** Text right after a number's digits that makes it the lower end of one: "-$4", " to 12". */
const RANGE_AFTER = /^\s*(?:[-–—]|to)\s*\$?\d/;

/** Numbers stated in a sentence, with the hedge before each and the word after it. */
export function readNumbers(text: string): NumberSlot[] {
  const out: NumberSlot[] = [];
  const rate = RATE.test(text);
  const since = /\bsince\s+((?:19|20)\d\d)\b/i.exec(text)?.[1] ?? null;
  for (const m of text.matchAll(NUMBER)) {
    const raw = m[2]!.toLowerCase();
    const value = WORD_NUMBERS[raw] ?? Number(raw.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    const before = text.slice(0, m.index);
    if (/^\d{4}$/.test(raw) && value >= 1000 && value <= 2100) continue;
    if (MONTH_BEFORE.test(before) || /\b(year|years|days|weeks|months|hours)\b/i.test(m[3] ?? '')) continue;
    if (value === 1 && raw === 'one') continue;
    // One end of a range ("$3-$4 million", "10 to 12 people") is not a figure on its own: "$3 million" elsewhere
    // agrees with it.
    if (RANGE_BEFORE.test(before) || RANGE_AFTER.test(text.slice(m.index + m[2]!.length + (m[0].indexOf(m[2]!)), m.index + m[0].length + 12))) continue;
    out.push({ value, hedge: m[1]?.toLowerCase() ?? null, unit: stemUnit(m[3]), text: m[0].trim(), context: readContext(text, m.index, m.index + m[0].length), rate, since });
  }
  return out;
}

const PLANNED = /\b(?:(?:is|are|was|were)\s+(?:due|set|scheduled|slated|expected|poised)\s+to|will|plans?\s+to|planned\s+to)\s+(?:also\s+)?([a-z]+)/i;

/** Plans and outcomes: "is due to meet" / "will meet" against "met". */
export function readPlannedVerb(text: string): string | null {
  return plannedVerbOf(text);
}

/**
 * Sentences remembered by text: conflict finding asks for every statement's planned verb, several times (its claim,
 * the story, every statesPast), and wire copies repeat statements word for word.
 */
const MAX_MEMO_TEXTS = 20_000;
const plannedVerbOf = memoize((text) => {
  const m = PLANNED.exec(text);
  return m ? m[1]!.toLowerCase() : null;
}, MAX_MEMO_TEXTS);

/** The planned construction as written ("are due to meet"), for showing a reader. */
export function readPlannedPhrase(text: string): string | null {
  return PLANNED.exec(text)?.[0].replace(/\s+also\s+/i, ' ') ?? null;
}

/** The past form a report of the outcome uses ("met" for "meet"). */
export function pastOf(verb: string): string {
  return PAST[verb] ?? `${verb.replace(/e$/, '')}ed`;
}

const PAST: Record<string, string> = { meet: 'met', go: 'went', speak: 'spoke', hold: 'held', see: 'saw', take: 'took', give: 'gave', lead: 'led', sign: 'signed', visit: 'visited', travel: 'traveled', arrive: 'arrived', announce: 'announced', agree: 'agreed' };

/** Whether the sentence says the verb happened ("met", "visited"), outside a planned construction. */
export function statesPast(text: string, verb: string): boolean {
  return pastPattern(verb).test(text) && readPlannedVerb(text) !== verb;
}

/** One pattern per verb: statesPast runs for every pair of planned and other statements in a story. */
const pastPatterns = new Map<string, RegExp>();

function pastPattern(verb: string): RegExp {
  let re = pastPatterns.get(verb);
  if (re === undefined) {
    re = new RegExp(`\\b${pastOf(verb)}\\b`, 'i');
    pastPatterns.set(verb, re);
  }
  return re;
}

export const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
export const PART_OF_DAY = /\b(morning|afternoon|evening|night|overnight|noon|midnight)\b/i;
