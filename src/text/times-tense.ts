/**
 * Is a time expression future-marked? News is past tense by default, so "Wednesday" means the last one; only a
 * future marker close to the expression ("will meet on Wednesday", "is due to resume on Wednesday") flips it.
 *
 * The marker nearest to the expression wins, not any marker in the sentence: in "Trump said on Tuesday he
 * will meet Putin" the day belongs to "said", in "Putin will meet Trump on Tuesday, the Kremlin said" to
 * "will". Distance is counted in words; clause punctuation costs more, because an attribution after a comma
 * ("..., the Kremlin said") rarely governs the time before it.
 */

/** Cost of crossing , ; : ( ) or a dash, in words: "will" 2 words before beats "said" 2 words after a comma. */
const PUNCT_COST = 3;

const FUTURE_WORDS = new Set([
  'will',
  // Reported future: "police would remain at the scene until Monday", "said it would vote on Tuesday".
  'would',
  'shall',
  "won't",
  "'ll",
  'due',
  'plans',
  'plan',
  'planning',
  'scheduled',
  'expected',
  'expects',
  'upcoming',
  'next',
  'tomorrow',
  'intends',
  'aims',
  'soon',
]);

/** Words that need "to"/"for" after them to be future: "set to vote", "going to meet", but "set fire". */
const FUTURE_BEFORE_TO = new Set(['set', 'going', 'poised', 'slated']);

const PAST_WORDS = new Set([
  'said',
  'told',
  'was',
  'were',
  'had',
  'did',
  'met',
  'led',
  'went',
  'came',
  'took',
  'made',
  'held',
  'spoke',
  'gave',
  'left',
  'began',
  'sent',
  'saw',
  'wrote',
  'won',
  'lost',
  'fled',
  'struck',
  'ago',
  'yesterday',
  'last',
  'earlier',
]);

/**
 * Verbs whose present progressive with a date is an arrangement still ahead ("is meeting on Monday"); not verbs of
 * something under way ("are investigating the shooting on Tuesday", "are facing charges after ... on Tuesday").
 */
const PLANNED_PROGRESSIVE = new Set(
  'running meeting holding hosting traveling travelling visiting heading playing launching releasing opening leaving returning arriving flying voting retiring'.split(' '),
);
const BE_PRESENT = new Set(['is', 'are', 'am', "'s", "'re"]);

/** A participle right after these is an adjective ("the newly elected leader") or passive ("will be held"),
 * not a past-tense verb. */
const NOT_PAST_BEFORE = new Set(['the', 'a', 'an', 'newly', 'recently', 'his', 'her', 'its', 'their', 'be', 'being']);

/** Shortest -ed word taken as a past verb: skips "red", "bed", "need", "seed", "feed". */
const MIN_ED_VERB_LENGTH = 5;

/** Tokens looked at on each side of the expression. A tense marker further away rarely governs the time, and
 * a bound keeps the cost per expression constant on long sentences. */
const MAX_TOKENS_SCANNED = 12;

type Kind = 'future' | 'past' | 'punct' | 'word';

interface Tok {
  start: number;
  end: number;
}

/**
 * True when the nearest tense marker to [start, end) of the sentence is a future one; ties go to the past.
 * isFutureAt('Putin will meet Trump on Tuesday, the Kremlin said', 25, 32) -> true
 */
export function isFutureAt(sentence: string, start: number, end: number): boolean {
  if (endsOngoingPeriod(sentence, start)) return true;
  const back = costToMarker(sentence, start, -1);
  const ahead = costToMarker(sentence, end, 1);
  return Math.min(back.future, ahead.future) < Math.min(back.past, ahead.past);
}

/** Present-tense verbs of something under way, whose "through"/"until" date is still ahead. */
const ONGOING = new Set(['runs', 'run', 'lasts', 'last', 'continues', 'continue', 'remains', 'remain', 'stays', 'stay', 'extends', 'extend', 'is', 'are']);
const UNTIL = new Set(['through', 'until', 'till', 'thru']);

/**
 * "The campaign started Wednesday and runs through Nov. 5": the end of a period under way, in the present tense,
 * lies ahead of publication whatever past verb stands nearby.
 */
function endsOngoingPeriod(s: string, start: number): boolean {
  const until = scan(s, start, -1);
  if (until === null || !UNTIL.has(wordOf(s, until))) return false;
  const verb = scan(s, until.start, -1);
  if (ONGOING.has(wordOf(s, verb))) return true;
  // "is valid until", "remains closed through": a state word between the verb and "until".
  return verb !== null && STATES.has(wordOf(s, verb)) && ONGOING.has(wordOf(s, scan(s, verb.start, -1)));
}
const STATES = new Set(['valid', 'open', 'closed', 'available', 'effective', 'suspended', 'banned', 'shut', 'underway', 'scheduled']);

interface MarkerCost {
  future: number;
  past: number;
}

/** Walks token by token from `from` (a boundary of the expression) until the first tense marker. */
function costToMarker(s: string, from: number, step: 1 | -1): MarkerCost {
  const cost: MarkerCost = { future: Number.POSITIVE_INFINITY, past: Number.POSITIVE_INFINITY };
  let walked = 0;
  let tok = scan(s, from, step);
  for (let n = 0; tok !== null && n < MAX_TOKENS_SCANNED; n++) {
    // "said on Wednesday that there would be no further comment": the clause "that" opens after the expression has
    // a verb of its own; the day belongs to the one before.
    if (step === 1 && wordOf(s, tok) === 'that') return cost;
    const kind = classifyToken(s, tok);
    if (kind === 'future' || kind === 'past') {
      cost[kind] = walked;
      return cost;
    }
    walked += kind === 'punct' ? PUNCT_COST : 1;
    tok = scan(s, step === 1 ? tok.end : tok.start, step);
  }
  return cost;
}

/** A hand-written scanner: the regex tokenizer it replaced was a fifth of the run time on date-dense text. */
function scan(s: string, i: number, step: 1 | -1): Tok | null {
  for (; step === 1 ? i < s.length : i > 0; i += step) {
    const c = s.charCodeAt(step === 1 ? i : i - 1);
    if (isWordCode(c)) return step === 1 ? { start: i, end: extendWord(s, i, 1) } : { start: extendWord(s, i, -1), end: i };
    if (PUNCT_CODES.has(c)) return step === 1 ? { start: i, end: i + 1 } : { start: i - 1, end: i };
  }
  return null;
}

function extendWord(s: string, i: number, step: 1 | -1): number {
  while (step === 1 ? i < s.length && isWordCode(s.charCodeAt(i)) : i > 0 && isWordCode(s.charCodeAt(i - 1))) i += step;
  return i;
}

/** , ; : ( ) en dash, em dash */
const PUNCT_CODES = new Set([44, 59, 58, 40, 41, 0x2013, 0x2014]);
const APOSTROPHE = 39;

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === APOSTROPHE;
}

function wordOf(s: string, tok: Tok | null): string {
  return tok ? s.slice(tok.start, tok.end).toLowerCase() : '';
}

function classifyToken(s: string, tok: Tok): Kind {
  if (!isWordCode(s.charCodeAt(tok.start))) return 'punct';
  const word = wordOf(s, tok);
  if (FUTURE_WORDS.has(word) || word.endsWith("'ll")) return 'future';
  if (FUTURE_BEFORE_TO.has(word)) {
    const next = wordOf(s, scan(s, tok.end, 1));
    if (next === 'to' || next === 'for') return 'future';
  }
  // "is running for re-election in November", "are meeting on Monday": an arrangement, ahead.
  if (PLANNED_PROGRESSIVE.has(word) && BE_PRESENT.has(wordOf(s, scan(s, tok.start, -1)))) return 'future';
  const pastForm = PAST_WORDS.has(word) || (word.length >= MIN_ED_VERB_LENGTH && word.endsWith('ed'));
  return pastForm && !NOT_PAST_BEFORE.has(wordOf(s, scan(s, tok.start, -1))) ? 'past' : 'word';
}
