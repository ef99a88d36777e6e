import type { TextBlock } from './render-text.ts';

/**
 * Text-level boilerplate rules, applied to the blocks Readability kept after the DOM-level ones in
 * boilerplate.ts. Together: F1 0.959 -> 0.966 on shared/data/aeb (P 0.932 -> 0.947, R 0.987 -> 0.985), measured
 * with bench/extract.ts; the repeat rule without its sentence/table-cell guard, and the tail trim without its
 * block window, each cost recall on pages of short blocks (lists, tables, interviews). They look at what a block says and where it sits, never at a site's markup, so they carry to unseen sites.
 */

/** Interface labels that are never article text when they make up a whole block. */
const UI_LABEL_RE =
  /^(?:advert(?:isement)?|caption|close|sign in|sign up|subscribe|comments?|post comment.*|loading content\W*|highlights|tags?|trending|breaking news|latest news|skip to content|share(?: this(?: article)?)?|read more|more stories|related(?: news| articles| stories| content)?|you may also like|don'?t miss|recommended(?: for you)?|image \d+ of \/? ?\d+|\d+ of \d+)\W*$/i;

/** Inline cross-links between paragraphs: "Related: ...", "READ MORE: ...", "SEE MORE: ...". */
const CROSS_LINK_RE = /^(?:related|read more|see more|see also|also read|read also|more|watch|listen)\s*:/i;

/** Lines that close an article: credits, bios, newsletters, copyright, comment rules. */
const TAIL_RE = new RegExp(
  [
    /^(?:copyright|©|\(c\)\s*\d{4})/.source,
    /\ball rights reserved\b/.source,
    /^\(?(?:reporting|additional reporting|writing|editing) by\b/.source,
    /^(?:sign up|subscribe|get the latest|join our|have a tip|more articles from|reach the reporters?)\b/
      .source,
    /^(?:follow|email) (?:us|him|her|them|\p{Lu}[\p{L}'-]+)\b.{0,80}\b(?:twitter|facebook|instagram|@)/u.source,
    /^(?:citation|note):/.source,
    /^this (?:document|article|story|material) (?:is subject to copyright|may not be)/.source,
    /^via \S+\.\w+$/.source,
  ].join('|'),
  'iu',
);

/** "Jane Doe is a freelance writer living in ..." at the end of a story. */
const AUTHOR_BIO_RE =
  /^(?:\p{Lu}[\p{L}.'-]+ ){1,3}(?:is|was|joined|has been|covers)\b.{0,120}\b(?:writer|reporter|editor|correspondent|journalist|contributor|columnist|author|producer)\b/u;

/** Tail lines are short: a real closing paragraph is longer than this and stops the trim. */
const MAX_TAIL_CHARS = 300;

/** Date, byline and source lines above the first paragraph ("PUBLISHED: 10:48, Tue, Nov 19, 2019", "By Reuters"). */
const LEAD_RE =
  /^(?:https?:\/\/\S+|(?:published|updated|posted|first published|\|\s*updated)\b.*|by\s.{1,80}|.{0,40}\b(?:min(?:ute)?s? read|tempo de leitura)\b.*)$/i;

const MONTH_RE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}\b/i;

/** A lead line this short that names a date or time is a dateline stamp, not a sentence. */
const MAX_STAMP_CHARS = 60;

/** Lead lines sit above the first real paragraph: one at least this long. */
const MIN_PARAGRAPH_CHARS = 120;

/**
 * Short blocks seen twice or more are repeated widgets ("Whatsapp Facebook Pint" under every section). Table
 * cells and sentences (a question asked of every interviewee) repeat legitimately.
 */
const MAX_REPEATED_CHARS = 80;
const SENTENCE_END_RE = /[.?!…:"”»)]$/;
const TABLE_CELL_TAGS = new Set(['TD', 'TH']);

/** How far from the end closing boilerplate is looked for, in blocks. */
const MAX_TAIL_BLOCKS = 8;

/** A fully linked block in capitals is a promo ("CLICK HERE TO GET THE APP", a shouted related headline). */
const MIN_SHOUTED_LINK_DENSITY = 0.9;
/** Shorter link labels in capitals are source names ("[CNN]") that articles cite inline. */
const MIN_SHOUTED_WORDS = 3;

function isShoutedLink({ text, linkChars }: TextBlock): boolean {
  if (linkChars < MIN_SHOUTED_LINK_DENSITY * text.length || /\p{Ll}/u.test(text)) return false;
  return (text.match(/\p{Lu}+/gu)?.length ?? 0) >= MIN_SHOUTED_WORDS;
}

/** Photo credits: "(Image: © NASA)", "Natalie Naccache | Bloomberg | Getty Images". */
const CREDIT_RE = /^\(?(?:image|photo|picture|foto|credit)s?\s*(?:credit)?\s*:|\b(?:getty images|shutterstock|ap photo)\b/i;
const MAX_CREDIT_CHARS = 100;

function normalize(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const FIRST_WORD_CHAR_RE = /[\p{L}\p{N}]/u;

/**
 * `normalize(text) === title`, but a block whose first letter is not the title's is ruled out without
 * rewriting its whole text (most blocks; the rewrite was ~5% of extraction time on shared/data/aeb).
 */
function isTitle(text: string, title: string): boolean {
  if (title === '') return false;
  const first = FIRST_WORD_CHAR_RE.exec(text)?.[0];
  return first !== undefined && title.startsWith(normalize(first)) && normalize(text) === title;
}

function isStamp(text: string): boolean {
  return LEAD_RE.test(text) || (text.length <= MAX_STAMP_CHARS && MONTH_RE.test(text));
}

function isNoise(block: TextBlock, title: string, repeated: Set<string>): boolean {
  const { text } = block;
  if (UI_LABEL_RE.test(text)) return true;
  if (repeated.has(text)) return true;
  if (isShoutedLink(block)) return true;
  if (text.length <= MAX_CREDIT_CHARS && CREDIT_RE.test(text)) return true;
  if (CROSS_LINK_RE.test(text) && text.length <= MAX_TAIL_CHARS) return true;
  return isTitle(text, title);
}

function findRepeated(blocks: TextBlock[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const { text, tag } of blocks) {
    if (text.length > MAX_REPEATED_CHARS || TABLE_CELL_TAGS.has(tag) || SENTENCE_END_RE.test(text)) continue;
    if (seen.has(text)) repeated.add(text);
    seen.add(text);
  }
  return repeated;
}

function isTail(text: string): boolean {
  return text.length <= MAX_TAIL_CHARS && (TAIL_RE.test(text) || AUTHOR_BIO_RE.test(text));
}

/** Drops stamps above the first paragraph. */
function trimLead(blocks: TextBlock[]): TextBlock[] {
  const first = blocks.findIndex((b) => b.text.length >= MIN_PARAGRAPH_CHARS);
  if (first <= 0) return blocks;
  return blocks.filter((b, i) => i >= first || !isStamp(b.text));
}

/** Drops credits, bios and sign-up lines from the end, up to the last paragraph that is none of these. */
function trimTail(blocks: TextBlock[]): TextBlock[] {
  let end = blocks.length;
  let cut = end;
  while (end > 0 && blocks.length - end < MAX_TAIL_BLOCKS) {
    const text = blocks[end - 1]!.text;
    if (isTail(text)) cut = end - 1;
    else if (text.length >= MIN_PARAGRAPH_CHARS) break;
    end--;
  }
  return blocks.filter((b, i) => i < cut || !(isTail(b.text) || b.text.length < MIN_PARAGRAPH_CHARS));
}

export interface TrimOptions {
  /** The page's title: a block that repeats it is the headline, which article bodies leave out. */
  title?: string | null;
}

/**
 * Drops interface labels, repeated widgets, photo credits, inline cross-links, the headline, lead stamps and
 * closing boilerplate.
 * @example trimBlocks([{ text: 'Advertisement', linkChars: 0, tag: 'P' }]) // []
 */
export function trimBlocks(blocks: TextBlock[], options: TrimOptions = {}): TextBlock[] {
  const title = normalize(options.title ?? '');
  const repeated = findRepeated(blocks);
  const kept = blocks.filter((b) => !isNoise(b, title, repeated));
  return trimTail(trimLead(kept));
}
