import { createHash } from 'node:crypto';

/** 16 hex chars = 64 bits: the chance of any collision among a million documents is about 3 in 100 million. */
const ID_HEX_LENGTH = 16;

/**
 * A stable id for a text: sha256 of the text with whitespace runs collapsed and ends trimmed, first 16 hex chars.
 * @example contentId('a  b\n') === contentId('a b') // true
 */
export function contentId(text: string): string {
  const normalised = text.replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalised).digest('hex').slice(0, ID_HEX_LENGTH);
}
