import { describe, expect, it } from 'vitest';
import { charsetFromContentType, charsetFromMeta, normaliseLabel, readBom } from './charset.ts';

const ascii = (s: string): Uint8Array => Buffer.from(s, 'latin1');

describe('normaliseLabel', () => {
  it.each([
    ['utf8', 'utf-8'],
    [' UTF-8 ', 'utf-8'],
    ['latin1', 'windows-1252'],
    ['ISO-8859-1', 'windows-1252'],
    ['cp1251', 'windows-1251'],
    ['sjis', 'shift_jis'],
    ['koi8-r', 'koi8-r'],
    ['bogus', null],
    ['', null],
    ['replacement', null],
  ])('%j -> %j', (label, expected) => {
    expect(normaliseLabel(label)).toBe(expected);
  });
});

describe('charsetFromContentType', () => {
  it.each([
    ['text/html; charset=ISO-8859-1', 'windows-1252'],
    ['text/html;charset="windows-1251"', 'windows-1251'],
    ["text/plain; format=flowed; charset='utf-8'", 'utf-8'],
    ['text/html', null],
    ['text/html; charset=nonsense', null],
    [null, null],
    [undefined, null],
  ])('%j -> %j', (contentType, expected) => {
    expect(charsetFromContentType(contentType)).toBe(expected);
  });
});

describe('charsetFromMeta', () => {
  it.each([
    ['<meta charset="windows-1252">', 'windows-1252'],
    ["<META CHARSET='koi8-r'>", 'koi8-r'],
    ['<meta charset=shift_jis/>', 'shift_jis'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', 'windows-1251'],
    ['<meta content="text/html; charset=iso-8859-2" http-equiv=content-type>', 'iso-8859-2'],
    ['<meta name="description" content="charset=koi8-r is old">', null],
    ['<meta charset="utf-16le">', 'utf-8'],
    ['<meta charset="bogus"><meta charset="windows-1250">', 'windows-1250'],
    ['<p>no meta</p>', null],
    [`${' '.repeat(5000)}<meta charset="windows-1251">`, null],
  ])('%j -> %j', (html, expected) => {
    expect(charsetFromMeta(ascii(html))).toBe(expected);
  });
});

describe('readBom', () => {
  it.each([
    [[0xef, 0xbb, 0xbf, 0x41], 'utf-8'],
    [[0xff, 0xfe, 0x41, 0], 'utf-16le'],
    [[0xfe, 0xff, 0, 0x41], 'utf-16be'],
    [[0xef, 0xbb], null],
    [[], null],
  ])('%j -> %j', (bytes, expected) => {
    expect(readBom(Uint8Array.from(bytes))).toBe(expected);
  });
});
