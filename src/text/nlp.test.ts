import { describe, expect, it } from 'vitest';
import { runNlp } from './nlp.ts';

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
});
