import { describe, expect, it } from 'vitest';
import { findReplacements, readWords } from './diff.ts';

const diff = (a: string, b: string) => findReplacements(readWords(a), readWords(b)).map((r) => [r.a.map((w) => w.text).join(' '), r.b.map((w) => w.text).join(' ')]);

describe('findReplacements', () => {
  it.each([
    ['They slept at the sports hall on Kettle Road, officials said.', 'They slept at the town hall, officials said.', [['sports', 'town']]],
    ['Driscoll met Zelensky in Kyiv.', 'Driscoll met Shmyhal in Kyiv.', [['Zelensky', 'Shmyhal']]],
    ['He arrived in October.', 'He arrived in late October, in Miami.', []],
    ['Same words here.', 'Same words here.', []],
  ])('%s / %s', (a, b, expected) => {
    expect(diff(a, b)).toEqual(expected);
  });
});
