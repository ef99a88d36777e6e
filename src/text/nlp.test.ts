import { describe, expect, it } from 'vitest';
import { readWithWink, runNlp } from './nlp.ts';

describe('runNlp', () => {
  it('reads a text the same whatever the process read before (wink-nlp learns words it meets)', () => {
    const text = "The committee asked about emails relating to Clinton's response as secretary of state.";
    const before = runNlp(text).tokens.values;
    // wink-nlp learns "Clinton's" whole from a sentence that ends with it, and its tokenizer then keeps a known
    // word whole: without forgetting, the next "Clinton's response" stays one token.
    runNlp("The trajectory of the race is steeper than Clinton's. But the math is the math.");
    const after = runNlp(text).tokens.values;
    expect(before).toContain("'s");
    expect(after).toEqual(before);
  });

  it('places every token where its value stands, line breaks as tokens of no width, whichever way it was found', () => {
    const text = 'Conservative EIB Network\n\nradio host Rush Limbaugh said: \u201cIt\u2019s over,\u201d on 28 Oct.\n';
    const { values, starts, ends, space, plain } = runNlp(text).tokens;
    const breaks = values.flatMap((v, i) => (space[i] === 1 ? [v] : []));
    expect(breaks).toEqual(['\n\n', '\n']);
    for (const [i, v] of values.entries()) {
      if (space[i] === 1) expect(ends[i]).toBe(starts[i]);
      else expect(text.slice(starts[i], ends[i]), v).toBe(v);
    }
    // Words found whole and free of the characters normalising rewrites are marked plain; marks and quotes are not.
    const plainWords = values.filter((_, i) => plain[i] === 1);
    expect(plainWords).toEqual(expect.arrayContaining(['radio', 'host', 'on', '28']));
    expect(plainWords).not.toContain('\u201c');
    expect(plainWords).not.toContain('\n\n');
  });

  it('tags a number the same whatever was read before (wink learns a number in the category it first meets it in)', () => {
    // Cut out of "hit.358" by wink's rules, "358" is learned as a word (PROPN); met alone first, as a number (NUM).
    const batting = (n: string) => `Teixeira hit.${n} with 13 homers and 43 RBIs.`;
    const fresh = runNlp(batting('358')).tokens.pos;
    runNlp('He hit. 359 with 13 homers.');
    expect(runNlp(batting('359')).tokens.pos).toEqual(fresh);
  });

  it('gives a word a document teaches wink again its old lexeme, and reads every document as if it were the first', () => {
    const text = 'The U.S. said in 2013 that I\'m "not" bound by u.s. rules, A.B. Smith wrote at 10:30.';
    const reading = (t: string) => {
      const { values, pos, lemmas, norms } = runNlp(t).tokens;
      return { values, pos, lemmas, norms };
    };
    const first = reading(text);
    const known = readWithWink('x', (r) => r.lexemeCount);
    expect(reading(text)).toEqual(first);
    // Read again, the document teaches wink nothing new: its words get back the lexemes they had.
    expect(readWithWink('x', (r) => r.lexemeCount)).toBe(known);
    // The lower-case form met first, alone, then the word: wink points the word at the form it has.
    reading('Officials of the u.s. agreed. In 2013, U.S. rules, I\'m told, 10:30 A.B.');
    reading('2013 10:30');
    expect(reading(text)).toEqual(first);
  });
});
