import { stemmer } from 'stemmer';
import type { AnnotatedArticle } from '../pipeline.ts';
import { STOP_WORDS } from '../stories/stopwords.ts';
import { normalizeForAnalysis } from '../text/normalize.ts';
import type { PreparedArticle, PreparedEntry } from './align.ts';
import { type PreparedSentence, prepareSentence } from './similarity.ts';
import { isClaimSentence } from './statements.ts';
import { memoize } from '../memo.ts';

const STOP = new Set('the a an and or of to in on at for with by from that this is are was were has have had be been as it its their his her they he she said says will would'.split(' '));

/** Lower-cased content words of a sentence, for cheap candidate filtering. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) if (!STOP.has(w) && w.length > 2) out.add(w);
  return out;
}

/** Stems repeat across a story's sentences: memoised, bounded so a long run does not grow it without end. */
const MAX_STEM_CACHE = 200_000;
/** Porter stem of a lower-cased word, remembered (also the brief's, src/brief/brief.ts). */
export const stemOf = memoize(stemmer, MAX_STEM_CACHE);

/** Porter stems of the content words (not stop words), as the overlap measures count them. */
export function contentStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of normalizeForAnalysis(text).toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []) {
    if (!STOP_WORDS.has(w)) out.add(stemOf(w));
  }
  return out;
}

/** Verbs that close a trailing attribution ("..., Mulvaney told reporters."). */
const CLOSING_VERBS = 'said|says|told|tells|added|adds|noted|notes|wrote|writes|reported|reports|stated|states|confirmed|confirms|announced|explained|argued|insisted|warned|tweeted|posted';
/**
 * A trailing attribution: ", X said.", ", X, the acting chief of staff, told reporters on Friday.", ", according to X.".
 * What follows the verb is short (an object, a day, a place): a clause after it is content, not attribution.
 */
const TRAILING_ATTRIBUTION = new RegExp(
  `,\\s*(?:according to\\s+[^,;]{2,80}|[^,;]{2,60}?(?:,[^,;]{2,80},)?\\s+(?:${CLOSING_VERBS})(?:\\s+[^,;\\s]+){0,5})\\s*[.!?]?\\s*$`,
  'i',
);
/** Inverted: ", said Petra Sandor, head of civil protection for Eastmarch province." (a dozen words at most). */
const INVERTED_ATTRIBUTION = new RegExp(`,\\s*(?:${CLOSING_VERBS})\\s+(?:\\S+\\s+){0,11}\\S+\\s*$`, 'i');
/** A leading "According to X, " is not the fact either. */
const LEADING_ATTRIBUTION = /^(?:according to\s+[^,;]{2,80},\s*)/i;
/** The attribution is left in when what remains has fewer content words than this: the sentence is about the speaking. */
const MIN_FACT_WORDS = 4;

/**
 * The sentence without who it is attributed to: "Mick Mulvaney, the acting White House chief of staff, told
 * reporters" is shared by everything he said, and two different facts from one speaker must not meet as one claim
 * because their attributions match.
 */
export function withoutAttribution(text: string): string {
  const stripped = text.replace(/["”’]+\s*$/, '').replace(TRAILING_ATTRIBUTION, '').replace(INVERTED_ATTRIBUTION, '').replace(LEADING_ATTRIBUTION, '');
  return contentWords(stripped).size >= MIN_FACT_WORDS ? stripped : text;
}

/** What identical sentences share within one story: their word sets and the model's preparation. */
interface SharedText {
  textId: number;
  words: Set<string>;
  content: Set<string>;
  prepared: PreparedSentence | null;
}

/**
 * Distinct sentence texts of one story. Wire copies and rewrites repeat sentences word for word (the synthetic
 * bench corpus: 2,020 claim sentences in a 51-article story, 209 distinct), so every pairwise step scores texts,
 * not sentences: a pair of texts is prepared and compared once however many articles print it.
 */
export class TextPool {
  private readonly byText = new Map<string, SharedText>();
  readonly texts: SharedText[] = [];

  intern(text: string): SharedText {
    let shared = this.byText.get(text);
    if (shared === undefined) {
      shared = { textId: this.texts.length, words: contentWords(text), content: contentStems(withoutAttribution(text)), prepared: null };
      this.byText.set(text, shared);
      this.texts.push(shared);
    }
    return shared;
  }
}

/**
 * One claim sentence: cheap sets now, the paraphrase model's preparation only when a pair needs it. A class, so
 * that the getter lives on the prototype: a story has thousands of claim sentences.
 */
class PoolEntry implements PreparedEntry {
  readonly key: string;
  readonly textId: number;
  readonly words: Set<string>;
  readonly content: Set<string>;

  constructor(
    readonly index: number,
    readonly text: string,
    private readonly shared: SharedText,
  ) {
    this.key = `t${shared.textId}`;
    this.textId = shared.textId;
    this.words = shared.words;
    this.content = shared.content;
  }

  get prepared(): PreparedSentence {
    this.shared.prepared ??= prepareSentence(this.text);
    return this.shared.prepared;
  }
}

/**
 * Prepares every claim sentence of an article once, for alignment and claim grouping. Articles of one story share
 * a pool, so identical sentences share one entry key (and one cache line, one model preparation).
 */
export function prepareArticle(article: AnnotatedArticle, pool: TextPool = new TextPool()): PreparedArticle {
  const sentences: PreparedEntry[] = [];
  article.annotation.sentences.forEach((s, index) => {
    if (isClaimSentence(s.text, s.heading)) sentences.push(new PoolEntry(index, s.text, pool.intern(s.text)));
  });
  return { id: article.id, sentences };
}

export type EntryFinder = (articleId: string, sentence: number) => PreparedEntry | undefined;

/**
 * Looks up a story's prepared claim sentences by article and sentence index, each article indexed on first ask:
 * claim grouping looks up every statement, the brief only a few.
 */
export function entryFinder(prepared: Map<string, PreparedArticle>): EntryFinder {
  const byArticle = new Map<string, Map<number, PreparedEntry>>();
  return (articleId, sentence) => {
    let byIndex = byArticle.get(articleId);
    if (byIndex === undefined) {
      byIndex = new Map((prepared.get(articleId)?.sentences ?? []).map((x) => [x.index, x]));
      byArticle.set(articleId, byIndex);
    }
    return byIndex.get(sentence);
  };
}
