import { describe, expect, it } from 'vitest';
import { decodeAs } from './text-decoder.ts';

const range = (from: number, to: number): Uint8Array => Uint8Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('decodeAs', () => {
  it('decodes Windows-1252 0x80-0x9F per the WHATWG index, whatever the Node version', () => {
    expect(decodeAs('windows-1252', range(0x80, 0x9f))).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
  });

  it.each(['latin1', 'iso-8859-1', 'us-ascii'])('treats the label %s as Windows-1252, as browsers do', (label) => {
    expect(decodeAs(label, Uint8Array.of(0x93, 0x41, 0x94))).toBe('“A”');
  });

  it('leaves Latin-1 letters and other encodings alone', () => {
    expect(decodeAs('windows-1252', range(0xe0, 0xe3))).toBe('àáâã');
    expect(decodeAs('iso-8859-2', Uint8Array.of(0xa9))).toBe('Š');
    expect(decodeAs('windows-1251', Uint8Array.of(0x93, 0xcf))).toBe('“П');
  });
});
