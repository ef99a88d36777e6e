import { describe, expect, it } from 'vitest';
import { contentId } from './id.ts';

describe('contentId', () => {
  it('is 16 lowercase hex characters and stable', () => {
    expect(contentId('Hello world')).toMatch(/^[0-9a-f]{16}$/);
    expect(contentId('Hello world')).toBe(contentId('Hello world'));
  });

  it('ignores differences in whitespace only', () => {
    expect(contentId('  Hello\n\tworld \r\n')).toBe(contentId('Hello world'));
    expect(contentId('Hello world')).not.toBe(contentId('Hello, world'));
  });

  it('is the sha256 prefix of the normalised text', () => {
    // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    expect(contentId(' abc ')).toBe('ba7816bf8f01cfea');
  });
});
