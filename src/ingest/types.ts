import type { FetchOptions } from '../fetch/types.ts';

/** Metadata an input may carry before extraction (JSONL fields, HTTP headers, feed entries). */
export interface RawMeta {
  title?: string | null;
  url?: string | null;
  outlet?: string | null;
  published?: string | null;
  byline?: string | null;
}

/**
 * One article as read from its source, decoded to a string but not yet extracted.
 * `source` is the path, URL or `path:line` it came from, as given.
 */
export interface RawDocument {
  /** The record's own id when it has one; otherwise the pipeline assigns a content hash. */
  id?: string;
  source: string;
  kind: 'text' | 'html';
  content: string;
  meta: RawMeta;
}

export interface IngestOptions {
  /** Largest input accepted, in bytes (default {@link DEFAULT_MAX_BYTES}). */
  maxBytes?: number;
  /** How http(s) inputs are fetched (e.g. `{ allowPrivate: true }` for intranet use); see src/ingest/read-url.ts. */
  fetch?: FetchOptions;
}

/** 20 MiB: a news article, even as a bloated HTML page, is well under this; a 50 MB file is refused. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
