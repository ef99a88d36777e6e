import { deriveEntityKeys } from './entities.ts';
import type { SparseVector } from './sparse.ts';
import { pruneVector } from './sparse.ts';
import { TermCounter } from './term-counter.ts';
import { DOC_MAX_TERMS, TITLE_REPEAT } from './thresholds.ts';
import { isEnglish, tokenizeTerms } from './tokens.ts';
import type { StoryInput, StoryTerms } from './types.ts';
import type { Vocabulary } from './vocabulary.ts';

/** Term and entity-key counts of one article: everything order-free that the vectors are built from. */
export interface DocumentCounts {
  /** Term frequencies as a sparse vector: typed arrays, because every article's counts are kept for refine. */
  terms: SparseVector;
  entities: SparseVector;
  /** Publication time in ms since the epoch, or null when unknown. */
  time: number | null;
}

/** What the clusterer compares: unit-length TF-IDF vectors for words and for entity/number keys. */
export interface DocumentVectors {
  text: SparseVector;
  entities: SparseVector;
  time: number | null;
}

/** The text to read: the title once (more when it adds to the body), then the body unless it only repeats it. */
function composeText(doc: StoryInput): { title: string; body: string } {
  const title = (doc.title ?? '').trim();
  const body = doc.text.trim();
  return { title, body: body === title ? '' : body };
}

/** Scratch shared by every clusterer: counting is synchronous and never re-entered. */
const counter = new TermCounter();

function countKeys(keys: string[], vocab: Vocabulary, repeat: number): void {
  for (const key of keys) counter.add(vocab.intern(key), repeat);
}

/**
 * The terms the clusterer counts, read from the text: pure (no vocabulary), so it can run ahead of clustering, in
 * another thread. readStoryTerms({ id: 'a', title: 'Quake hits Kyiv', text: '...', published: null }).title
 * // ['quak', 'hit', 'kyiv']
 */
export function readStoryTerms(doc: StoryInput): StoryTerms {
  const english = isEnglish(doc.language);
  const { title, body } = composeText(doc);
  const parsed = doc.published === null ? Number.NaN : Date.parse(doc.published);
  return {
    title: tokenizeTerms(title, english),
    titleRepeat: body === '' ? 1 : TITLE_REPEAT,
    body: tokenizeTerms(body, english),
    // join(), not `+`: a flat string, where `+` makes a rope that every character read of the scan goes through.
    entities: doc.entities ?? deriveEntityKeys(body === '' ? title : [title, body].join('\n')),
    time: Number.isNaN(parsed) ? null : parsed,
  };
}

/** Interns and counts the article's words and entity keys. */
export function countDocument(doc: StoryInput, vocab: Vocabulary): DocumentCounts {
  const t = doc.terms ?? readStoryTerms(doc);
  counter.reset();
  countKeys(t.title, vocab, t.titleRepeat);
  countKeys(t.body, vocab, 1);
  const terms = counter.take();
  countKeys(t.entities, vocab, 1);
  const entities = counter.take();
  return { terms, entities, time: t.time };
}

/** Scratch for raw weights before normalising (float64, as the Float32 weights are rounded once, at the end). */
let raw = new Float64Array(1024);

/** Sublinear TF times IDF, L2-normalised, capped at the heaviest terms. Shares `ids` with the counts. */
function weigh(counts: SparseVector, vocab: Vocabulary, max: number): SparseVector {
  const n = counts.ids.length;
  if (raw.length < n) raw = new Float64Array(Math.max(n, raw.length * 2));
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const w = (1 + Math.log(counts.weights[k]!)) * vocab.idf(counts.ids[k]!);
    raw[k] = w;
    sum += w * w;
  }
  const norm = Math.sqrt(sum) || 1;
  const weights = new Float32Array(n);
  for (let k = 0; k < n; k++) weights[k] = raw[k]! / norm;
  return pruneVector({ ids: counts.ids, weights }, max);
}

/** Weighs counts with the vocabulary's current IDF. */
export function vectorizeDocument(counts: DocumentCounts, vocab: Vocabulary): DocumentVectors {
  return {
    text: weigh(counts.terms, vocab, DOC_MAX_TERMS),
    entities: weigh(counts.entities, vocab, DOC_MAX_TERMS),
    time: counts.time,
  };
}
