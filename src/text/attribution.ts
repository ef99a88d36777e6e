import type { EntityMention, Span } from './types.ts';

/** Verbs that attribute words or information to someone. */
export const SPEECH_VERBS =
  'said|says|say|told|tells|added|adds|stated|states|wrote|writes|noted|notes|explained|explains|described|describes|characterized|characterised|confirmed|confirms|announced|announces|claimed|claims|insisted|warned|warns|argued|declared|posted|tweeted|reported|reports|according to';

/** A phrase that names a speaker or source without a proper name. */
export const DESCRIPTION =
  /\b((?:an?|the|one|two|three|several|some|many|other|senior|top)\s+)?((?:[A-Z][\w.'’-]*\s+){0,3})?(officials?|sources?|spokes(?:person|man|woman)|aides?|people|person|diplomats?|analysts?|observers?|insiders?|negotiators?|advisers?|advisors?)\b(\s+(?:familiar with|close to|briefed on|with knowledge of)\s+(?:the\s+)?[\w\s]{1,40}?(?=[,.;]|$|\s(?:said|told|say)))?/;

export interface Speaker {
  name: string;
  start: number;
  end: number;
  entityId: string | null;
  /** Whether the speaker is named (an entity) or only described ("a US official"). */
  named: boolean;
}

const PRONOUN = /^(he|she|they|it)$/i;

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
function lastMentionIn(mentions: EntityMention[], from: number, to: number, types: string[]): EntityMention | undefined {
  if (!isSortedByStart(mentions)) {
    let best: EntityMention | undefined;
    for (const m of mentions) if (m.start >= from && m.end <= to && types.includes(m.type)) best = m;
    return best;
  }
  // In start order, only mentions starting in [from, to) can fit: walk back from the last one starting before `to`.
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < to) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && mentions[i]!.start >= from; i--) {
    const m = mentions[i]!;
    if (m.end <= to && types.includes(m.type)) return m;
  }
  return undefined;
}

/** The speaker named in `text[from, to)`: an entity, a pronoun resolved to the last person before, or a description. */
export function readSpeaker(text: string, from: number, to: number, mentions: EntityMention[], names: Map<string, string>): Speaker | null {
  const window = text.slice(from, to);
  const m = lastMentionIn(mentions, from, to, ['person', 'organization']);
  const desc = DESCRIPTION.exec(window);
  if (m && !(desc && from + desc.index < m.start && from + desc.index + desc[0].length >= m.end)) {
    return { name: names.get(m.entityId) ?? m.text, start: m.start, end: m.end, entityId: m.entityId, named: true };
  }
  if (desc) {
    const start = from + desc.index;
    const phrase = desc[0].trim();
    return { name: lowerArticle(phrase), start, end: start + phrase.length, entityId: null, named: false };
  }
  const pron = /\b(he|she)\b/i.exec(window);
  if (pron && PRONOUN.test(pron[1]!)) {
    const prev = lastMentionIn(mentions, 0, from + pron.index, ['person']);
    if (prev) return { name: names.get(prev.entityId) ?? prev.text, start: from + pron.index, end: from + pron.index + pron[1]!.length, entityId: prev.entityId, named: true };
  }
  const place = lastMentionIn(mentions, from, to, ['place']);
  if (place) return { name: names.get(place.entityId) ?? place.text, start: place.start, end: place.end, entityId: place.entityId, named: true };
  return null;
}

function lowerArticle(s: string): string {
  return s.replace(/^(A|An|The|One|Two|Some|Several)\b/, (w) => w.toLowerCase());
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
