import { normalizeForAnalysis } from '../text/normalize.ts';

export interface RemovedSpan {
  start: number;
  end: number;
  reason: string;
}

/** What cleaning learnt about the article from its own lines (outlet line, headline, byline, dateline). */
export interface CleanMeta {
  title: string | null;
  outlet: string | null;
  byline: string | null;
  dateline: string | null;
}

export interface CleanResult {
  removed: RemovedSpan[];
  meta: CleanMeta;
  /** Spans of lines that are headlines or section headings: each is a sentence of its own. */
  headings: Array<{ start: number; end: number }>;
}

interface Line {
  start: number;
  end: number;
  /** Normalised, trimmed text of the line. */
  text: string;
}

/** Lines whose whole text is boilerplate, with the reason reported in `removed`. */
const BOILERPLATE_LINES: Array<[RegExp, string]> = [
  [/^(also read|read also|read more|see also|related|recommended|more from|watch|listen)\b\s*[:|-]/i, 'related link'],
  [/^(key contributors|contributors|reporting by|editing by|additional reporting by|written by)\b/i, 'credits'],
  [/^(file photo|photo|image|picture|pic|video)\s*(credit)?\s*:/i, 'photo credit'],
  [/\/\s*(reuters|ap|afp|getty images|epa|anadolu|ani|pti|ians|bloomberg|shutterstock)\s*$/i, 'photo credit'],
  [/^\(?(photo|image|credit)s?\b.*\b(getty|reuters|ap photo|afp|epa|shutterstock)\b/i, 'photo credit'],
  // A photo gallery's caption bar: "Hide Caption 4 of 76 Photos: ...", "Photo 3 of 12", "Image 1 of 20".
  [/^(hide caption\s+)?(photo|image|slide|picture)s?\s+\d+\s+of\s+\d+\b/i, 'gallery caption'],
  [/^hide caption\b/i, 'gallery caption'],
  [/^(#\S+\s*)+$/, 'hashtags'],
  [/^(advertisement|sponsored|subscribe|sign up|share this|share on|follow us|click here|tap here|download the app)\b/i, 'navigation'],
  [/^(copyright|©|all rights reserved)/i, 'copyright'],
  // An embedded post's widget text: "Tweet with a location", "You can add location information to your Tweets".
  [/^(tweet with a location|you can add location information to your tweets|embed this tweet|view this post on instagram|a post shared by)\b/i, 'embedded post'],
  [/^by\s*$/i, 'empty byline'],
  // A video player's caption ("CLOSE Hundreds of infants ... VPC"), and a credit line wholly in brackets.
  [/^CLOSE\s+[A-Z]/, 'video caption'],
  [/^\([^()]{2,80}\)$|^\[[^[\]]{2,80}\]$/, 'caption credit'],
];

/** An inline agency tag such as "(ANI)" or "(Reuters) -" that credits the wire, not a source of the facts. */
const AGENCY_TAG = /\((ani|pti|ians|reuters|ap|afp|upi|dpa|xinhua|tass|efe|ansa|wam)\)\s*[-–—:]?/gi;

/** A dateline opening the body: "WASHINGTON:" / "KYIV, Ukraine (Reuters) -" / "LONDON —". */
const DATELINE = /^([A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][A-Za-z .'-]{2,30})?)\s*(?:\([^)]{1,30}\))?\s*[:—–-]\s+(?=[A-Z"'])/;

const BYLINE = /^[Bb][Yy]\s+([A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}(?:\s*(?:,|and)\s*[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})*)\s*$/;

/** Words that end outlet names standing alone on a line ("CRBC News", "The Kyiv Independent"). */
const OUTLET_LINE = /^(the\s+)?[A-Z][\w&.'-]*(\s+[A-Z][\w&.'-]*){0,3}\s+(news|times|post|journal|herald|tribune|today|daily|gazette|independent|telegraph|guardian|chronicle|observer|express|mail|wire|report|network|tv|radio|online|media|press)$/i;

/** A headline has no closing full stop and is short; 30 words is above any headline in aeb or the seeds. */
const MAX_HEADLINE_WORDS = 30;
/** A section heading inside the body: short, no sentence punctuation. */
const MAX_HEADING_WORDS = 12;
/** Share of a "Key points" block's content words found again in the body for it to count as repeating it. */
const KEY_POINTS_REPEAT_SHARE = 0.6;

function splitLines(text: string): Line[] {
  const norm = normalizeForAnalysis(text);
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = norm.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) lines.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
    start = end + 1;
  }
  return lines;
}

/** Longest bare outlet name we take from a first line without an outlet word in it ("Harbor Ledger"). */
const MAX_MASTHEAD_WORDS = 3;

/** A short capitalised first line followed by a longer headline: the outlet's name standing over it. */
function looksLikeMasthead(line: string, next: string): boolean {
  const words = line.split(/\s+/);
  return (
    words.length <= MAX_MASTHEAD_WORDS &&
    words.every((w) => /^[A-Z][\w&'-]*$/.test(w)) &&
    looksLikeHeadline(next) &&
    wordCount(next) > words.length + 2
  );
}

/** Runs of non-space characters: `s.split(/\s+/).filter(Boolean).length` without the arrays (it runs per line, often). */
function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isWhiteSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** What /\s/ matches, tested on a char code. */
function isWhiteSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whether a line may hold an AGENCY_TAG: every tag opens with "(", and most lines have none, so they skip the
 * regex (and matchAll's copy of it) altogether.
 */
function mayHoldAgencyTag(line: string): boolean {
  return line.includes('(');
}

function looksLikeHeadline(line: string): boolean {
  line = (mayHoldAgencyTag(line) ? line.replace(AGENCY_TAG, '') : line).trim();
  // Two sentences in a line make a paragraph, not a headline.
  if (/[.!?]\s+["'(]?[A-Z]/.test(line)) return false;
  if (/[.!?]["')\]]?$/.test(line) && !/\b(report|says?)$/i.test(line)) return false;
  const n = wordCount(line);
  return n >= 2 && n <= MAX_HEADLINE_WORDS;
}

function looksLikeHeading(line: string): boolean {
  // The two character tests first: they fail on most body lines, which then go uncounted.
  if (/[.!?,;:"]$/.test(line) || !/^[A-Z0-9"']/.test(line)) return false;
  const n = wordCount(line);
  return n >= 1 && n <= MAX_HEADING_WORDS;
}

/** A credits line: a few capitalised words, no sentence punctuation ("CNN's Haley Britzky"). */
const MAX_CREDIT_LINE_WORDS = 6;

function isShortNameLine(line: string): boolean {
  return wordCount(line) <= MAX_CREDIT_LINE_WORDS && /^[A-Z]/.test(line) && !/[.!?]$/.test(line);
}

function contentWords(s: string): string[] {
  return (s.toLowerCase().match(/[a-z0-9]{4,}/g) ?? []).filter((w) => !STOP.has(w));
}

const STOP = new Set(['that', 'with', 'from', 'this', 'have', 'been', 'were', 'said', 'would', 'their', 'which', 'there', 'they', 'about', 'into', 'over']);

function repeatsBody(block: string, body: string): boolean {
  const words = contentWords(block);
  if (words.length === 0) return false;
  const bodyWords = new Set(contentWords(body));
  const found = words.filter((w) => bodyWords.has(w)).length;
  return found / words.length >= KEY_POINTS_REPEAT_SHARE;
}

/** The inline agency tags of a body line, as removed spans. */
function pushAgencyTags(line: Line, removed: RemovedSpan[]): void {
  for (const m of line.text.matchAll(AGENCY_TAG)) {
    removed.push({ start: line.start + m.index, end: line.start + m.index + m[0].length, reason: 'agency tag' });
  }
}

/**
 * Finds boilerplate lines and inline wire tags in an article body and reads the metadata lines at its top.
 * Nothing is cut from the text: spans are reported so that offsets keep indexing the text as read.
 *
 * cleanText('CRBC News\n\nHeadline here\n\nBody.').meta.outlet === 'CRBC News'
 */
export function cleanText(text: string, known: { title?: string | null } = {}): CleanResult {
  const lines = splitLines(text);
  const removed: RemovedSpan[] = [];
  const headings: Array<{ start: number; end: number }> = [];
  const meta: CleanMeta = { title: known.title ?? null, outlet: null, byline: null, dateline: null };
  const seen = new Set<string>();
  let bodyStarted = false;
  const drop = (l: Line, reason: string) => removed.push({ start: l.start, end: l.end, reason });

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const key = line.text.toLowerCase();
    const rule = BOILERPLATE_LINES.find(([re]) => re.test(line.text));
    if (rule) {
      drop(line, rule[1]);
      // "Key Contributors:" heads a list of names, one a line: those lines are credits too.
      if (rule[1] === 'credits' && line.text.endsWith(':')) {
        while (i + 1 < lines.length && isShortNameLine(lines[i + 1]!.text)) drop(lines[++i]!, 'credits');
      }
      continue;
    }
    const byline = BYLINE.exec(line.text);
    if (byline && wordCount(line.text) <= 12) {
      meta.byline ??= byline[1]!.trim();
      drop(line, 'byline');
      continue;
    }
    if (seen.has(key) && wordCount(line.text) >= 3) {
      drop(line, 'repeated line');
      continue;
    }
    if (meta.title && key === meta.title.toLowerCase().trim() && bodyStarted) {
      drop(line, 'repeated headline');
      continue;
    }
    seen.add(key);
    if (!bodyStarted) {
      if (i === 0 && lines.length > 1 && (OUTLET_LINE.test(line.text) || looksLikeMasthead(line.text, lines[1]!.text))) {
        meta.outlet = line.text;
        drop(line, 'outlet');
        continue;
      }
      const piped = /^(.{10,}?)\s+[|]\s+([^|]{2,40})$/.exec(line.text);
      if (piped && meta.title) {
        meta.outlet ??= piped[2]!.trim();
        drop(line, 'page title');
        continue;
      }
      if (/^(key points|key takeaways|highlights|in brief|summary|tl;dr)\s*:/i.test(line.text)) {
        const rest = lines.slice(i + 1).map((l) => l.text).join(' ');
        if (repeatsBody(line.text, rest)) {
          drop(line, 'key points repeating the body');
          continue;
        }
      }
      if (!meta.title && looksLikeHeadline(line.text)) {
        meta.title = line.text;
        headings.push({ start: line.start, end: line.end });
        continue;
      }
      if (meta.title && key === meta.title.toLowerCase()) {
        headings.push({ start: line.start, end: line.end });
        continue;
      }
    }
    if (bodyStarted && looksLikeHeading(line.text)) {
      headings.push({ start: line.start, end: line.end });
      continue;
    }
    if (!bodyStarted && meta.title && looksLikeHeading(line.text)) {
      headings.push({ start: line.start, end: line.end });
      continue;
    }
    if (!bodyStarted) {
      const dl = DATELINE.exec(line.text);
      if (dl) {
        meta.dateline = dl[1]!.trim();
        removed.push({ start: line.start, end: line.start + dl[0].length, reason: 'dateline' });
      }
    }
    bodyStarted = true;
    if (mayHoldAgencyTag(line.text)) pushAgencyTags(line, removed);
  }
  removed.sort((a, b) => a.start - b.start);
  return { removed, meta, headings };
}
