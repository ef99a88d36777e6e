import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readWithWink, type WinkTokenizer } from './wink.ts';

// wink-nlp's own readDoc, on a model loaded apart from the one readWithWink drives: the reference to match.
const reference = winkNLP(model, ['sbd', 'pos']);
const its = reference.its;

function readByWink(text: string) {
  const doc = reference.readDoc(text);
  const tokens = doc.tokens();
  return {
    values: tokens.out(its.value),
    pos: tokens.out(its.pos),
    // biome-ignore lint/suspicious/noExplicitAny: wink-nlp types its.lemma with an addon signature out() does not accept
    lemmas: tokens.out(its.lemma as any),
    types: tokens.out(its.type),
    stops: tokens.out(its.stopWordFlag),
    sentences: doc.sentences().out(its.span),
  };
}

function readOurs(text: string, tokenizer: WinkTokenizer = 'fast') {
  return readWithWink(text, (r) => {
    const all = <T>(f: (i: number) => T) => Array.from({ length: r.count }, (_, i) => f(i));
    return {
      values: all((i) => r.value(i)),
      pos: all((i) => r.pos(i)),
      lemmas: all((i) => r.lemma(i)),
      types: all((i) => r.type(i)),
      stops: all((i) => r.isStopWord(i)),
      sentences: r.sentences.map(([a, b]) => [a, b]),
    };
  }, tokenizer);
}

// Pieces of the shapes tokenizeText reads itself and of shapes it leaves to wink, side by side: words in and out
// of the vocabulary, contractions, abbreviations, numbers, accented letters; marks on either side; every kind of
// space wink splits at.
const WORDS = ['the', 'said', 'Trump', 'Onstad', 'Zelenskyy', 'cannot', 'gonna', 'it', 'U.S', 'Inc', 'a', 'I', 'O', 'Kyiv', 'don', 's', 'café', 'Zürich', '1990s', '28', '2,000', '2.5', '10:30', '2014', '7', '12345678', 'x', 'USD', 'GBPs', 'co', 'esque', 'well', 'constructor', 'm', 'J'];
const LEFT = ['', '', '', '"', '“', '‘', "'", '(', '[', '{', '…', '-', '–', '’', '--', '#', '@', '$', '$'];
const RIGHT = ['', '', '', ',', '.', '"', '”', '’', "'", ')', ']', '}', '…', '!', ';', '?', '/', ':', "'s", '’s', ',"', '.”', '-', '..', '%', '?!', ':"', '.)', ',’', '!”', '—', '–'];
const JOINERS = ['', '-', '-', "'", '.', '’', '--', '–', ',', '/', ':'];
const SEPARATORS = [' ', ' ', '  ', '\u00a0', ' \u2009', '\n', '\n\n', '\t', '\r\n', ' \n '];
const piece = fc
  .tuple(fc.constantFrom(...LEFT), fc.constantFrom(...WORDS), fc.constantFrom(...JOINERS), fc.constantFrom(...WORDS), fc.constantFrom(...RIGHT))
  .map(([left, first, joiner, second, right]) => left + first + (joiner === '' ? '' : joiner + second) + right);
const text = fc
  .array(fc.tuple(piece, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 25 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));

const CASES = [
  "Don't say it wasn't Clinton's. She'd've known; they're gone.",
  'The U.S. Army Secretary met Zelenskyy in Kyiv on Wednesday.\n\nHe said: "We\'ll see." 28\u2011point plan, $1.5bn, 3:45 p.m.',
  'Visit https://example.com/a?b=1 or mail press@example.org #breaking @reuters :) 1990s 21st',
  'Spaces\u00a0and\u2009thin spaces,   runs of   blanks\tand tabs.\r\nA new line. WASHINGTON (Reuters) - Talks ran late.',
  '',
  '“Curly quotes,” he said — with dashes… and ellipses.',
  '"It\'s the players\' fault," J. Smith said of "unfair" U.S. rules (1990s) at 10:30: $1,000, 28, 2014. "I',
  // Words and pieces longer than the tokenizer's tables file or remember, met again in other shapes.
  `${'Abc'.repeat(30)} then ${'Abc'.repeat(30)}, "${'Abc'.repeat(30)}" and ${'Abc'.repeat(30)}'s ${'x-y.'.repeat(20)} ${'x-y.'.repeat(20)}`,
];

describe('readWithWink', () => {
  it.each(CASES)('reads %j as wink-nlp readDoc does', (text) => {
    expect(readOurs(text)).toEqual(readByWink(text));
  });

  it('tokenizes as wink-nlp tokenize does, whatever the pieces', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(readOurs(t)).toEqual(readOurs(t, 'wink'));
      }),
      { numRuns: 400 },
    );
  });

  it('reads a text the same whatever was read before (the per-word tables remember across texts)', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 2, maxLength: 5 }), (texts) => {
        const first = texts.map((t) => readOurs(t));
        const again = [...texts].reverse().map((t) => readOurs(t)).reverse();
        expect(again).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });

  it('reads the demo corpus as wink-nlp readDoc does, token by token', () => {
    const dir = path.join(import.meta.dirname, '../../demo/corpus');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const text = readFileSync(path.join(dir, f), 'utf8');
      expect(readOurs(text), f).toEqual(readByWink(text));
    }
  });
});
