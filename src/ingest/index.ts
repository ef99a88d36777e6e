/** The ingest stage: files, folders, JSONL and stdin -> RawDocument (or Rejected, with the reason). */
export { contentId } from './id.ts';
export { type DecodeHints, decodeBytes } from './decode.ts';
export { readInputs, STDIN_ARG, STDIN_SOURCE } from './read-inputs.ts';
export { DEFAULT_MAX_BYTES, type IngestOptions, type RawDocument, type RawMeta } from './types.ts';
