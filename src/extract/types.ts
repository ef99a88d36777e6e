import type { RawMeta } from '../ingest/types.ts';

/**
 * An article after extraction: clean body text plus metadata.
 * `text` is the body "as read": annotation offsets index into it.
 * `removed` lists the boilerplate lines found in `text` (they stay in `text`, spans are given in `removedSpans`).
 */
export interface Article {
  id: string;
  source: string;
  title: string | null;
  byline: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
  language: string;
  text: string;
  removed: string[];
  removedSpans: Array<{ start: number; end: number; reason: string }>;
  /** Headline and section-heading line spans in `text`. */
  headings: Array<{ start: number; end: number }>;
  /** The dateline place ("WASHINGTON"), when the body opens with one. */
  dateline: string | null;
  /** Metadata that contradicts itself or the text (a date in the future, a title not in the text). */
  warnings: string[];
}

/** What HTML extraction yields before cleaning. */
export interface HtmlExtraction extends RawMeta {
  text: string;
  language?: string | null;
  siteName?: string | null;
  canonicalUrl?: string | null;
}
