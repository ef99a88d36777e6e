import { overlaps, readSpeaker, type Speaker } from './attribution.ts';
import { OUTLETS } from './gazetteer.ts';
import type { Cite, CiteKind, Entity, EntityMention, Sentence, Span } from './types.ts';

const OUTLET_KIND = new Map<string, CiteKind>(Object.entries(OUTLETS).map(([name, v]) => [name, v.kind]));

/** Patterns that attribute information; group 1 is where the source is named. */
const PATTERNS: Array<{ re: RegExp; side: 'after' | 'before'; needsVerb?: boolean }> = [
  { re: /\baccording to ((?:the |a |an )?[^,.;"]{2,80})/gi, side: 'after' },
  { re: /\bciting ((?:the |a |an )?[^,.;"]{2,80})/gi, side: 'after' },
  { re: /\b(?:told|verified to|confirmed to|spoke to|speaking to|in an interview with|informed) ((?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*){0,3})/g, side: 'after' },
  { re: /((?:the |a |an |one )?(?:[\w.'’-]+ ){0,6}?[\w.'’-]+),? (?:first |also |separately |later |earlier |previously |meanwhile |has |had |was )?(?:reported|reports|said|says|told|noted|wrote|confirmed|stated|posted|announced|quoted|indicate[sd]?|described|characteri[sz]ed)\b/g, side: 'before', needsVerb: true },
  { re: /\b(?:the|a|an) (?:recent |new |latest |earlier )?((?:[A-Z][\w.]*)(?: [A-Z][\w.]*){0,3}) (?:report|story|article|investigation|interview)\b/g, side: 'after' },
];

/**
 * The "X said / reported" pattern has no anchor and is tried at every character; most sentences (77% in
 * bench/annotate.ts) hold none of its verbs, so it runs only where one is present. Same output, a third of the time.
 */
const ATTRIBUTION_VERB = /\b(?:reported|reports|said|says|told|noted|wrote|confirmed|stated|posted|announced|quoted|indicate[sd]?|described|characteri[sz]ed)\b/;

const SOCIAL = /\b(?:posted|wrote|said) (?:on|in a post on) (Telegram|X|Twitter|Facebook|Instagram|TikTok|Truth Social|social media|YouTube|Weibo|VK)\b/g;
const DOCUMENT = /^(?:the |a |an )?(?:(?:new|recent|leaked|draft|internal|official|government) )*(report|statement|document|memo|draft|filing|letter|publication|study|survey|transcript|readout)\b/i;

function sentenceIndexAt(sentences: Sentence[], pos: number): number {
  for (let i = 0; i < sentences.length; i++) if (pos >= sentences[i]!.start && pos < sentences[i]!.end) return i;
  return -1;
}

function kindOf(speaker: Speaker, entities: Map<string, Entity>): CiteKind {
  if (!speaker.named || !speaker.entityId) return 'anonymous';
  const e = entities.get(speaker.entityId);
  const outletKind = OUTLET_KIND.get(speaker.name);
  if (outletKind) return outletKind;
  if (e?.type === 'organization' || e?.type === 'place') return 'official';
  return e && e.roles.length > 0 ? 'official' : 'person';
}

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
  // Per sentence, so that no pattern reaches across a sentence boundary.
  for (let sentence = 0; sentence < sentences.length; sentence++) {
    const s = sentences[sentence]!;
    const segment = text.slice(s.start, s.end);
    const hasVerb = ATTRIBUTION_VERB.test(segment);
    for (const { re, needsVerb } of PATTERNS) {
      if (needsVerb && !hasVerb) continue;
      re.lastIndex = 0;
      for (const m of segment.matchAll(re)) {
      const group = m[1]!;
      const from = s.start + m.index + m[0].indexOf(group);
      const to = from + group.length;
      const doc = DOCUMENT.exec(group);
      const speaker = readSpeaker(text, from, to, mentions, names);
      if (speaker && (speaker.named || !doc)) {
        if (speaker.named && speaker.entityId && entities.get(speaker.entityId)?.type === 'place' && !/official|government/i.test(group)) continue;
        add({ start: speaker.start, end: speaker.end, name: speaker.name, kind: kindOf(speaker, entities), sentence });
      } else if (doc) {
        const start = from + doc.index + doc[0].length - doc[1]!.length;
        add({ start, end: start + doc[1]!.length, name: doc[0].trim().replace(/^(The|A|An)\b/, (w) => w.toLowerCase()), kind: 'document', sentence });
      }
      }
    }
  }
  for (const m of text.matchAll(SOCIAL)) {
    const start = m.index + m[0].lastIndexOf(m[1]!);
    add({ start, end: start + m[1]!.length, name: m[1]!, kind: 'social', sentence: sentenceIndexAt(sentences, start) });
  }
  return cites.sort((a, b) => a.start - b.start);
}
