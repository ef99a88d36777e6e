import { describe, expect, it } from 'vitest';
import { findLoaded } from './loaded.ts';
import type { Sentence } from './types.ts';

/** One sentence covering the whole text: enough for the word rules. */
function oneSentence(text: string): Sentence[] {
  return [{ start: 0, end: text.length, text, heading: false }];
}

function flags(text: string): string[] {
  return findLoaded(text, oneSentence(text)).map((l) => `${l.text}:${l.kind}`);
}

const FLAGGED: [string, string[]][] = [
  ['according to explosive new reports from multiple news outlets', ['explosive:sensational']],
  ["after more than two years of Israel's genocidal war on Gaza", ['genocidal:label']],
  ['after more than two years of Israel\u2019s genocidal war on Gaza', ['genocidal:label']],
  ['The senator slammed the plan.', ['slammed:combative']],
  ['She slams it; he slam it; they were slamming it.', ['slams:combative', 'slam:combative', 'slamming:combative']],
  ['He lashed out at reporters.', ['lashed out:combative']],
  ['Critics are lashing out again.', ['lashing out:combative']],
  ['The so-called reform passed.', ['so-called:epistemic']],
  ['It was, of course, a disgraceful display.', ['of course:epistemic', 'disgraceful:editorial']],
  ['A BOMBSHELL report on the regime.', ['BOMBSHELL:sensational', 'regime:label']],
  ["The regime's leaders fled.", ['regime:label']],
  ['Party thugs beat protesters.', ['thugs:label']],
  ['The governor boasted about jobs.', ['boasted:characterizing']],
  ['Senator Smith doubled down on Tuesday.', ['doubled down:characterizing']],
  ['This senseless war must end.', ['senseless:editorial']],
  ['He took a swipe at the press.', ['took a swipe at:combative']],
  ['Lawmakers complained that the bill was rushed.', ['complained:characterizing']],
];

const NOT_FLAGGED: string[] = [
  'Police found explosives in the car.',
  'An explosive device was found near the station.',
  'The car slammed into a tree.',
  'The sanctions regime was tightened.',
  'Analysts discussed regime change.',
  'He was admitted to hospital on Monday.',
  'She complained of chest pains.',
  'He was charged with reckless driving.',
  'The rocket blasted off at dawn.',
  'Two blasts were heard downtown.',
  'The city boasts a fine harbour.',
  'It was a terrorist attack, officials said.',
  'He said he had been called a racist.',
  'Slammedown and explosiveness are not words we list.',
  'The pre-explosive phase lasted a second.',
  'A mock trial was held at the school.',
  'The text was clearly visible and she stated clearly her position.',
];

const QUOTED: string[] = [
  'A White House official said Trump believes "there is a chance to end this senseless war if flexibility is shown,"',
  'A White House official said Trump believes \u201cthere is a chance to end this senseless war if flexibility is shown,\u201d',
  "Trump calls the talks 'a disgraceful sham' in a post.",
  '\u201cThey slammed us,\u201d he said.',
  '"It is chaos.\n"It is a bloodbath," he said.',
];

describe('findLoaded', () => {
  it.each(FLAGGED)('flags %s', (text, expected) => {
    expect(flags(text)).toEqual(expected);
  });

  it.each(NOT_FLAGGED)('does not flag %s', (text) => {
    expect(flags(text)).toEqual([]);
  });

  it.each(QUOTED)('skips words inside quotation marks: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });

  it('skips words inside given quote spans', () => {
    const text = 'He said the plan was senseless and stunning.';
    expect(flags(text)).toEqual(['senseless:editorial', 'stunning:sensational']);
    const quoted = findLoaded(text, oneSentence(text), [{ start: 12, end: 30 }]);
    expect(quoted.map((l) => l.text)).toEqual(['stunning']);
  });

  it('flags the words after a closed quote and an apostrophe', () => {
    const text = "\u201cWe won,\u201d he said. The players' union called it a stunning upset.";
    expect(flags(text)).toEqual(['stunning:sensational']);
  });

  it('gives offsets into the text as given and the containing sentence', () => {
    const text = 'Calm day.\u00a0Then\u2014chaos erupted.';
    const sentences: Sentence[] = [
      { start: 0, end: 9, text: 'Calm day.', heading: false },
      { start: 10, end: text.length, text: text.slice(10), heading: false },
    ];
    const [hit] = findLoaded(text, sentences);
    expect(hit).toMatchObject({ text: 'chaos', kind: 'sensational', sentence: 1 });
    expect(text.slice(hit!.start, hit!.end)).toBe('chaos');
    expect(hit!.note).toMatch(/\w/);
  });

  it('returns sentence -1 when no sentences are given', () => {
    expect(findLoaded('A shocking result.', [])).toMatchObject([{ text: 'shocking', sentence: -1 }]);
  });
});
