import { deserialize, serialize } from 'node:v8';
import { type PlanEntry, toPlanEntry } from '../analyze.ts';
import { analyzeStory } from '../compare/analyze-story.ts';
import type { StoryAnalysis } from '../compare/types.ts';
import { type DossierArticle, toArticle as toDossierArticle } from '../dossier/build.ts';
import { type JsonLayout, storyJson } from '../dossier/json.ts';
import { isRejected, type Rejected, toRejected } from '../errors.ts';
import { toArticle } from '../extract/article.ts';
import type { Article } from '../extract/types.ts';
import type { RawDocument } from '../ingest/types.ts';
import { toAnnotateJson, toExtractJson } from '../cli/json.ts';
import { toAnnotateMarkdown } from '../cli/markdown.ts';
import { type AnnotatedArticle, annotateArticle } from '../pipeline.ts';

/**
 * What a worker does: extract and annotate one document (for analyze), annotate one extracted article (for a
 * store's ingest, tokens kept), analyse one story of packed articles, or write one document's output record for
 * `extract` or `annotate` (OutputTask).
 */
export type Task = { kind: 'read'; raw: RawDocument } | { kind: 'annotate'; article: Article } | StoryTask | OutputTask;

/**
 * One document through `corroborate extract` (its JSON record) or `corroborate annotate` (its line, JSON or
 * Markdown); `published` is annotate's reference date for an article that carries none.
 */
export type OutputTask =
  | { kind: 'extract'; raw: RawDocument }
  | { kind: 'annotate-line'; raw: RawDocument; published: string | null; format: 'json' | 'md' };
/**
 * `as: 'json'`: the answer is the story's dossier entry as UTF-8 JSON (storyJson) instead of the analysis: bytes
 * move to the writing thread without a copy, and never sit on its heap (a 10,000-article dossier is ~530 MB).
 */
export interface StoryTask {
  kind: 'story';
  id: string;
  articles: Uint8Array[];
  as?: 'analysis' | 'json';
  /** With `as: 'json'`: how the entry is laid out (see JsonLayout). */
  layout?: JsonLayout;
}

/**
 * A document read: the article packed for its story's analysis, what planning reads of it (with the clusterer's
 * terms, counted here, off the clustering thread) and its dossier entry. The thread that plans never unpacks it.
 */
export interface ReadAnswer {
  packed: Uint8Array;
  entry: PlanEntry;
  dossier: DossierArticle;
}
/** An annotated article, packed, whole (tokens included), as annotateArticle gives it. */
export interface AnnotateAnswer {
  packed: Uint8Array;
}
/** What an OutputTask gives: extract's record (an object, so `--format json` can gather them) or annotate's line. */
export type OutputAnswer = { record: Record<string, unknown> } | { line: string };
export type Answer = ReadAnswer | AnnotateAnswer | OutputAnswer | Rejected | StoryAnalysis | Uint8Array;

/**
 * Extraction (2) and annotation (3) of one document: a document that fails either is rejected with the reason,
 * and the batch goes on. Tokens are dropped: nothing after annotation reads them, and they are ~70% of an
 * annotated article's size.
 */
export function readDocument(raw: RawDocument): AnnotatedArticle | Rejected {
  try {
    const article = annotateArticle(toArticle(raw));
    article.annotation.tokens = [];
    return article;
  } catch (err) {
    return toRejected(raw.source, err);
  }
}

/** An annotated article as bytes (v8's serializer: ~34 KB for a 5 KB article, a third of it as objects). */
export function packArticle(article: AnnotatedArticle): Uint8Array {
  return ownBuffer(serialize(article));
}

/** A Buffer may be a view into a larger (pooled) one; a transfer needs an ArrayBuffer of its own. */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}

export function unpackArticle(bytes: Uint8Array): AnnotatedArticle {
  return deserialize(bytes) as AnnotatedArticle;
}

/** What a pool tells its workers' script (workerData, read in worker.ts). */
export interface WorkerOptions {
  /** The workers will analyse stories: they load WordNet before their first task. */
  stories?: boolean;
}

/** An OutputTask's answer; a document that fails extraction or annotation is rejected with the reason. */
function runOutputTask(task: OutputTask): OutputAnswer | Rejected {
  try {
    const article = toArticle(task.raw);
    if (task.kind === 'extract') return { record: toExtractJson(article) };
    const annotated = annotateArticle(article, task.published);
    return { line: task.format === 'md' ? toAnnotateMarkdown(annotated) : JSON.stringify(toAnnotateJson(annotated)) };
  } catch (err) {
    return toRejected(task.raw.source, err);
  }
}

/** Runs one task, in a worker or in process: the same code either way. */
export function runTask(task: Task): Answer {
  if (task.kind === 'extract' || task.kind === 'annotate-line') return runOutputTask(task);
  if (task.kind === 'story') {
    const story = analyzeStory(task.id, task.articles.map(unpackArticle));
    return task.as === 'json' ? ownBuffer(Buffer.from(storyJson(story, task.layout))) : story;
  }
  if (task.kind === 'annotate') return { packed: packArticle(annotateArticle(task.article)) };
  const article = readDocument(task.raw);
  if (isRejected(article)) return article;
  return { packed: packArticle(article), entry: toPlanEntry(article, { countTerms: true }), dossier: toDossierArticle(article) };
}

/** The buffers a task or an answer can hand to the other thread instead of copying them. */
export function transferList(message: Task | Answer): ArrayBuffer[] {
  if (message instanceof Uint8Array) return [message.buffer as ArrayBuffer];
  if ('packed' in message) return [message.packed.buffer as ArrayBuffer];
  if ('kind' in message && message.kind === 'story') return message.articles.map((a) => a.buffer as ArrayBuffer);
  return [];
}
