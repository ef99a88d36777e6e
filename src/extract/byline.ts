/** Bylines longer than this are a paragraph caught by a `.byline` selector, not a name list. */
const MAX_BYLINE_CHARS = 120;

/** "By", "Analysis by", "Opinion by", "Written by"... before the names. */
const LEAD_RE = /^(?:(?:analysis|opinion|commentary|written|story|words|text|posted|reporting|report)\s+)?by:?\s+/i;

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const WEEKDAY = '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?,?';

/**
 * A date after the names, as bylines often end: "Bryan DeArdo Nov 19, 2019 at 2:24 am ET", "Jeff Foust Monday,
 * November 18, 2019", "VICTOR TANGERMANN, FUTURISM 18 NOV 2019", "Published 7:07 PM EST Nov 19, 2019". A month
 * name counts only before a day or year, so "Theresa May" stays.
 */
const TRAILING_DATE_RE = new RegExp(
  `(?:^|[\\s,|•·-]+)((?:(?:published|posted|updated)(?: on)?:?\\s+)?(?:${WEEKDAY}\\s*)?(?:${MONTH}\\s+\\d{1,2}\\b|\\d{1,2}\\s+${MONTH}\\s+\\d{4}\\b|\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s+[a-z]{0,4}\\s*${MONTH}\\s+\\d{1,2}\\b|\\d{4}-\\d{2}-\\d{2}\\b).*)$`,
  'i',
);

/** A social media handle: it and what follows ("@BryanDeArdo Nov 19...") are not names. */
const HANDLE_RE = /\s+@\w.*$/;

/** Words in lower case that a list of names may hold: connectives, particles, staff descriptions. */
const NAME_LIST_WORDS = new Set([
  'and', 'by', 'of', 'for', 'the', 'in', 'at', 'with', 'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den',
  'ter', 'bin', 'ibn', 'al', 'el', 'y', 'e', 'staff', 'writer', 'reporter', 'correspondent', 'editor', 'contributor', 'reports',
]);

/**
 * Lower-case words beyond those a name list may hold: "The Russian and Syrian defense ministries" (text a `.byline`
 * selector caught) has two, "Kevin Johnson and Kevin McCoy" and "Science X staff" none.
 */
function readsAsProse(byline: string): boolean {
  let lower = 0;
  for (const word of byline.split(/[\s,;]+/)) {
    if (/^\p{Ll}/u.test(word) && !NAME_LIST_WORDS.has(word)) lower++;
  }
  return lower >= 2;
}

export interface Byline {
  /** The names (and any affiliation written with them: "Sandee LaMotte, CNN"), or null when none is left. */
  names: string | null;
  /** The date the byline ended with, as written ("Nov 19, 2019 at 2:24 am ET"), for a page that gives no other. */
  date: string | null;
}

/**
 * A byline as a page gives it, reduced to its names: the leading "By", a trailing date, a social handle, a
 * repeated or appended part after "|" ("Amy Kuperinsky | NJ Advance Media for NJ.com") go; a URL or prose
 * is no byline.
 * @example readByline('by Jeff Foust Monday, November 18, 2019') // { names: 'Jeff Foust', date: 'Monday, November 18, 2019' }
 */
export function readByline(raw: string | null): Byline {
  let text = raw?.replace(/\s+/g, ' ').trim() ?? '';
  if (!text || /^https?:\/\//i.test(text)) return { names: null, date: null };
  text = text.replace(LEAD_RE, '');
  const dated = TRAILING_DATE_RE.exec(text);
  const date = dated ? dated[1]!.replace(/^(?:published|posted|updated)(?: on)?:?\s+/i, '') : null;
  if (dated) text = text.slice(0, dated.index);
  text = text.replace(HANDLE_RE, '');
  // "Editorial | Editorial", "Amy Kuperinsky | NJ Advance Media for NJ.com": the first part names the writer.
  text = text.split(/\s+[|•]\s+/)[0]!.replace(/[\s,;|•·-]+$/, '').trim();
  if (!text || text.length > MAX_BYLINE_CHARS || readsAsProse(text)) return { names: null, date };
  return { names: text, date };
}
