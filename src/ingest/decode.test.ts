import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CorroborateError, type ErrorCode } from '../errors.ts';
import { type DecodeHints, decodeBytes } from './decode.ts';

/** Bytes from a string of byte values ('\xe9' -> 0xE9): how legacy-encoded fixtures are written here. */
const bytes = (s: string): Uint8Array => Buffer.from(s, 'latin1');
const utf8 = (s: string): Uint8Array => Buffer.from(s, 'utf8');
const utf16le = (s: string): Uint8Array => Buffer.from(s, 'utf16le');
const utf16be = (s: string): Uint8Array => Buffer.from(s, 'utf16le').swap16();
const concat = (...parts: Uint8Array[]): Uint8Array => Buffer.concat(parts);

const PNG = bytes('\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01');
/** "Привет" in Windows-1251. */
const PRIVET_1251 = '\xcf\xf0\xe8\xe2\xe5\xf2';

const decoded: Array<[string, Uint8Array, DecodeHints, string]> = [
  ['UTF-8 BOM, stripped', concat(bytes('\xef\xbb\xbf'), utf8('héllo')), {}, 'héllo'],
  ['UTF-16LE BOM', concat(bytes('\xff\xfe'), utf16le('café “q”')), {}, 'café “q”'],
  ['UTF-16BE BOM', concat(bytes('\xfe\xff'), utf16be('café “q”')), {}, 'café “q”'],
  ['BOM beats a declared charset', concat(bytes('\xef\xbb\xbf'), utf8('é')), { contentType: 'text/plain; charset=windows-1252' }, 'é'],
  ['BOM-less UTF-16LE, by NUL positions', utf16le('plain ASCII words'), {}, 'plain ASCII words'],
  [
    'Windows-1252 declared by <meta charset>',
    bytes('<meta charset="windows-1252"><p>caf\xe9 \x93quoted\x94 \x80</p>'),
    { isHtml: true },
    '<meta charset="windows-1252"><p>café “quoted” €</p>',
  ],
  [
    'Windows-1252 declared by http-equiv Content-Type',
    bytes('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>na\xefve \x91x\x92</p>'),
    { isHtml: true },
    '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>naïve ‘x’</p>',
  ],
  ['Windows-1251 declared only in <meta>', bytes(`<meta charset=windows-1251><p>${PRIVET_1251}</p>`), { isHtml: true }, '<meta charset=windows-1251><p>Привет</p>'],
  ['Content-Type hint beats <meta>', bytes(`<meta charset="windows-1252">${PRIVET_1251}`), { contentType: 'text/html; charset=cp1251', isHtml: true }, '<meta charset="windows-1252">Привет'],
  ['label normalised (latin1 -> windows-1252)', bytes('\x93x\x94'), { contentType: 'text/plain;charset="Latin1"' }, '“x”'],
  ['<meta> ignored for plain text', utf8('<meta charset="windows-1251">é'), {}, '<meta charset="windows-1251">é'],
  ['<meta> declaring UTF-16 in ASCII bytes means UTF-8', utf8('<meta charset="utf-16">é'), { isHtml: true }, '<meta charset="utf-16">é'],
  ['unknown <meta> charset falls back to UTF-8', utf8('<meta charset="x-no-such">café'), { isHtml: true }, '<meta charset="x-no-such">café'],
  ['unknown Content-Type charset falls back', utf8('café'), { contentType: 'text/plain; charset=bogus' }, 'café'],
  ['valid UTF-8, undeclared', utf8('Ünïcödé “quotes” — 日本'), {}, 'Ünïcödé “quotes” — 日本'],
  ['invalid UTF-8 that reads as Windows-1252', bytes('caf\xe9 cr\xe8me br\xfbl\xe9e, \x93\xe0 la carte\x94'), {}, 'café crème brûlée, “à la carte”'],
  ['tabs, CR, LF and ESC are text', utf8('a\tb\r\nc\x1b[0m'), {}, 'a\tb\r\nc\x1b[0m'],
];

const refused: Array<[string, Uint8Array, DecodeHints, ErrorCode, RegExp]> = [
  ['PNG bytes', PNG, {}, 'BINARY_INPUT', /^binary file \(PNG image\)$/],
  ['PNG bytes even with a text charset', PNG, { contentType: 'text/html; charset=utf-8' }, 'BINARY_INPUT', /PNG image/],
  ['PDF', bytes('%PDF-1.7\n%\xe2\xe3'), {}, 'BINARY_INPUT', /PDF document/],
  ['ZIP', bytes('PK\x03\x04\x14\0'), {}, 'BINARY_INPUT', /ZIP archive/],
  ['ELF', bytes('\x7fELF\x02\x01\x01'), {}, 'BINARY_INPUT', /ELF executable/],
  ['gzip left compressed', bytes('\x1f\x8b\x08\0'), {}, 'BINARY_INPUT', /gzip data/],
  ['NUL bytes', utf8('text\0with\0nuls and more text'), {}, 'BINARY_INPUT', /contains NUL bytes/],
  ['NUL bytes in declared Windows-1252', bytes('a\0b'), { contentType: 'text/plain; charset=windows-1252' }, 'BINARY_INPUT', /NUL/],
  ['many control characters', bytes('\x01\x02\x03\x04abc'), {}, 'BINARY_INPUT', /\d+% control characters/],
  ['undeclared Windows-1251 (mojibake as 1252)', bytes(`${PRIVET_1251} ${PRIVET_1251}`), {}, 'BAD_ENCODING', /not valid UTF-8.*words/],
  ['invalid UTF-8, never-valid bytes', bytes('\xc0\xc1\xf5\xf6 \xf7\xf8\xfa\xfb'), {}, 'BAD_ENCODING', /not valid UTF-8/],
  ['byte undefined in Windows-1252', bytes('abc \x81 def'), {}, 'BAD_ENCODING', /0x81, undefined in Windows-1252/],
  ['UTF-32 BOM', bytes('\xff\xfe\0\0a\0\0\0'), {}, 'BAD_ENCODING', /UTF-32/],
];

function codeOf(fn: () => unknown): ErrorCode | 'none' {
  try {
    fn();
    return 'none';
  } catch (err) {
    return err instanceof CorroborateError ? err.code : 'none';
  }
}

describe('decodeBytes', () => {
  it.each(decoded)('%s', (_name, input, hints, expected) => {
    expect(decodeBytes(input, hints)).toBe(expected);
  });

  it.each(refused)('refuses %s', (_name, input, hints, code, reason) => {
    expect(() => decodeBytes(input, hints)).toThrow(reason);
    expect(codeOf(() => decodeBytes(input, hints))).toBe(code);
  });

  it('never throws anything but a CorroborateError on arbitrary bytes', () => {
    const hints = fc.record({ contentType: fc.option(fc.string()), isHtml: fc.boolean() }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), hints, (input, h) => {
        try {
          expect(typeof decodeBytes(input, h)).toBe('string');
        } catch (err) {
          expect(err).toBeInstanceOf(CorroborateError);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips any UTF-8 text without control characters', () => {
    const text = fc.string({ unit: 'binary' }).filter((s) => !/[\u0000-\u0008\u000e-\u001a\u001c-\u001f\u007f]|^\uFEFF/.test(s));
    fc.assert(
      fc.property(text, (s) => {
        expect(decodeBytes(utf8(s))).toBe(s);
      }),
    );
  });
});
