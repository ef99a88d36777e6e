import { describe, expect, it } from 'vitest';
import { listForms } from './loaded/compile.ts';
import { inflectNoun, inflectVerb } from './loaded/inflect.ts';
import { LEXICON } from './loaded/lexicon/index.ts';
import { findDoubleQuoted, findSingleQuoted } from './loaded/quoted.ts';
import { scoreSpans, scoreTokens } from './loaded/score.ts';
import { findSentenceIndex, mergeSpans } from './loaded/spans.ts';
import { splitWords } from './loaded/words.ts';

describe('inflect', () => {
  it.each([
    ['slam', ['slam', 'slams', 'slammed', 'slamming']],
    ['blast', ['blast', 'blasts', 'blasted', 'blasting']],
    ['berate', ['berate', 'berates', 'berated', 'berating']],
    ['bash', ['bash', 'bashes', 'bashed', 'bashing']],
    ['decry', ['decry', 'decries', 'decried', 'decrying']],
    ['mock', ['mock', 'mocks', 'mocked', 'mocking']],
    ['snow', ['snow', 'snows', 'snowed', 'snowing']],
  ])('inflectVerb(%s)', (base, forms) => {
    expect(inflectVerb(base)).toEqual(forms);
  });

  it('pluralises nouns', () => {
    expect(inflectNoun('thug')).toEqual(['thug', 'thugs']);
    expect(inflectNoun('crony')).toEqual(['crony', 'cronies']);
  });
});

describe('lexicon', () => {
  it('has no surface form in two entries (the first would silently win)', () => {
    const seen = new Map<string, string>();
    for (const group of LEXICON) {
      for (const entry of group.entries) {
        for (const form of listForms(entry)) {
          expect(seen.get(form), `${form} in ${entry.phrase} and ${seen.get(form)}`).toBeUndefined();
          seen.set(form, entry.phrase);
        }
      }
    }
  });

  it('writes every form in lower case, single-spaced, as the scan splits words', () => {
    for (const group of LEXICON) {
      for (const entry of group.entries) {
        for (const form of listForms(entry)) expect(form).toMatch(/^[a-z0-9]+(?:['-][a-z0-9]+)*(?: [a-z0-9]+(?:['-][a-z0-9]+)*)*$/);
      }
    }
  });
});

describe('quoted stretches', () => {
  it.each([
    ['He said "no way" twice.', [[8, 16]]],
    ['\u201cOne,\u201d he said, \u201ctwo.\u201d', [[0, 6], [16, 22]]],
    ['"Unclosed at the paragraph end\nthen narrative.', [[0, 30]]],
    ['"A,"\n"B."', [[0, 4], [5, 9]]],
  ])('findDoubleQuoted(%j)', (text, spans) => {
    expect(findDoubleQuoted(text).map((s) => [s.start, s.end])).toEqual(spans);
  });

  it.each([
    ["Trump calls it 'a sham' again", [[15, 23]]],
    ["Israel's war and the players' union", []],
    ["Back in the '90s, rock 'n' roll", [[23, 26]]],
  ])('findSingleQuoted(%j)', (text, spans) => {
    expect(findSingleQuoted(text).map((s) => [s.start, s.end])).toEqual(spans);
  });
});

describe('words and spans', () => {
  it('splits words keeping inner hyphens and apostrophes', () => {
    const words = splitWords("so-called 'deal' caf\u00e9-explosive Israel's -x");
    const text = "so-called 'deal' caf\u00e9-explosive Israel's -x";
    expect(words.starts.map((s, i) => text.slice(s, words.ends[i]))).toEqual([
      'so-called',
      'deal',
      'caf\u00e9-explosive',
      "Israel's",
      'x',
    ]);
  });

  it('ends a word at a hyphen or apostrophe that ends the text', () => {
    for (const text of ['a so-', "the players'"]) {
      const words = splitWords(text);
      expect(words.starts.map((s, i) => text.slice(s, words.ends[i]))).toEqual(text === 'a so-' ? ['a', 'so'] : ['the', 'players']);
    }
  });

  it('finds the containing sentence by binary search', () => {
    const sentences = [0, 10, 20].map((start) => ({ start, end: start + 8, text: '', heading: false }));
    expect([0, 9, 10, 25, 99].map((p) => findSentenceIndex(sentences, p))).toEqual([0, 0, 1, 2, 2]);
    expect(findSentenceIndex([], 3)).toBe(-1);
  });

  it('merges overlapping spans and drops empty ones', () => {
    expect(mergeSpans([{ start: 5, end: 9 }, { start: 0, end: 6 }, { start: 3, end: 3 }])).toEqual([{ start: 0, end: 9 }]);
  });
});

describe('score', () => {
  const gold = [
    { key: 's1', start: 4, end: 11 },
    { key: 's2', start: 0, end: 5 },
  ];
  const predicted = [
    { key: 's1', start: 8, end: 15 },
    { key: 's2', start: 10, end: 12 },
    { key: 's3', start: 0, end: 3 },
  ];

  it('scores spans by overlap within the same sentence', () => {
    expect(scoreSpans(gold, predicted)).toMatchObject({ predicted: 3, correct: 1, gold: 2, found: 1 });
    expect(scoreSpans(gold, predicted).precision).toBeCloseTo(1 / 3);
    expect(scoreSpans(gold, []).recall).toBe(0);
  });

  it('scores words', () => {
    const texts = new Map([
      ['s1', 'the quick brown fox'],
      ['s2', 'jumps over it'],
      ['s3', 'dog'],
    ]);
    // s1: gold and predicted both touch "quick" and "brown"; s2: gold "jumps", predicted "it"; s3: "dog".
    const t = scoreTokens(texts, gold, predicted);
    expect([t.tp, t.fp, t.fn]).toEqual([2, 2, 1]);
    expect(t.f1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
  });
});
