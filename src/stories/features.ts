import { deriveEntityKeys } from './entities.ts';
import type { SparseVector } from './sparse.ts';
import { listEntries, pruneVector, toSparseVector } from './sparse.ts';
import { DOC_MAX_TERMS, TITLE_REPEAT } from './thresholds.ts';
import { isEnglish, tokenizeTerms } from './tokens.ts';
import type { StoryInput } from './types.ts';
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

function countKeys(keys: string[], vocab: Vocabulary, repeat = 1, into = new Map<number, number>()) {
  for (const key of keys) {
    const id = vocab.intern(key);
    into.set(id, (into.get(id) ?? 0) + repeat);
  }
  return into;
}

/** Interns and counts the article's words and entity keys. */
export function countDocument(doc: StoryInput, vocab: Vocabulary): DocumentCounts {
  const english = isEnglish(doc.language);
  const { title, body } = composeText(doc);
  const repeat = body === '' ? 1 : TITLE_REPEAT;
  const terms = countKeys(tokenizeTerms(title, english), vocab, repeat);
  countKeys(tokenizeTerms(body, english), vocab, 1, terms);
  const keys = doc.entities ?? deriveEntityKeys(body === '' ? title : title + '\n' + body);
  const entities = countKeys(keys, vocab);
  const parsed = doc.published === null ? Number.NaN : Date.parse(doc.published);
  return { terms: toSparseVector(terms), entities: toSparseVector(entities), time: Number.isNaN(parsed) ? null : parsed };
}

/** Sublinear TF times IDF, L2-normalised, capped at the heaviest terms. */
function weigh(counts: SparseVector, vocab: Vocabulary, max: number): SparseVector {
  const entries: Array<[number, number]> = [];
  let sum = 0;
  for (const [id, tf] of listEntries(counts)) {
    const w = (1 + Math.log(tf)) * vocab.idf(id);
    entries.push([id, w]);
    sum += w * w;
  }
  const norm = Math.sqrt(sum) || 1;
  return pruneVector(
    toSparseVector(entries.map(([id, w]) => [id, w / norm])),
    max,
  );
}

/** Weighs counts with the vocabulary's current IDF. */
export function vectorizeDocument(counts: DocumentCounts, vocab: Vocabulary): DocumentVectors {
  return {
    text: weigh(counts.terms, vocab, DOC_MAX_TERMS),
    entities: weigh(counts.entities, vocab, DOC_MAX_TERMS),
    time: counts.time,
  };
}
