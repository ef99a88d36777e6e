import { CorroborateError } from '../errors.ts';
import { decodeBytes } from './decode.ts';
import { looksLikeMarkup, toLatin1 } from './sniff.ts';
import type { RawDocument } from './types.ts';

/** 'auto': an input with no telling extension (stdin, `notes`); HTML if it opens like markup, else text. */
export type DocumentKind = RawDocument['kind'] | 'auto';

function emptyMeta(): RawDocument['meta'] {
  return { title: null, url: null, outlet: null, published: null, byline: null };
}

/**
 * Decodes a whole text or HTML input into a RawDocument; throws CorroborateError EMPTY_INPUT, BINARY_INPUT
 * or BAD_ENCODING. A file has no id of its own: the pipeline assigns the content hash after extraction.
 * @example toDocument(bytes, 'a.html', 'html') // { kind: 'html', content: '<p>café</p>', ... }
 */
export function toDocument(bytes: Uint8Array, source: string, kind: DocumentKind): RawDocument {
  if (bytes.length === 0) throw new CorroborateError('EMPTY_INPUT', 'empty input (0 bytes)');
  const isHtml = kind === 'html' || (kind === 'auto' && looksLikeMarkup(toLatin1(bytes)));
  const content = decodeBytes(bytes, { isHtml });
  if (content.trim() === '') throw new CorroborateError('EMPTY_INPUT', `empty input (only whitespace, ${bytes.length} bytes)`);
  const resolved = kind === 'auto' ? (looksLikeMarkup(content) ? 'html' : 'text') : kind;
  return { source, kind: resolved, content, meta: emptyMeta() };
}
