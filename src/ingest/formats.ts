import { basename, extname } from 'node:path';

/** How an input's bytes are read: as one document, or as records. */
export type InputFormat = 'text' | 'html' | 'json' | 'jsonl';

const EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

const GZIP_SUFFIX = '.gz';

/**
 * The format a file name announces, looking through a `.gz` suffix (the bytes are gunzipped by magic number
 * anyway); null for extensions we do not read.
 * @example formatOf('news/2024/a.HTML.gz') // 'html'
 */
export function formatOf(path: string): InputFormat | null {
  let name = basename(path).toLowerCase();
  if (name.endsWith(GZIP_SUFFIX)) name = name.slice(0, -GZIP_SUFFIX.length);
  return EXTENSIONS[extname(name)] ?? null;
}
