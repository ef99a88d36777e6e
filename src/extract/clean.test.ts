import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from './clean.ts';

const removedText = (text: string) => cleanText(text).removed.map((r) => [text.slice(r.start, r.end), r.reason]);

describe('cleanText', () => {
  it.each([
    ['Body text here.\nAlso Read: Something else entirely', [['Also Read: Something else entirely', 'related link']]],
    ['Body text here.\n#Ukraine #Russia', [['#Ukraine #Russia', 'hashtags']]],
    ['Headline\n\nBy\nFILE PHOTO: Leaders meet in Alaska. / Reuters\n\nBody.', [['By', 'empty byline'], ['FILE PHOTO: Leaders meet in Alaska. / Reuters', 'photo credit']]],
    ['He said so, officials added. (ANI)', [['(ANI)', 'agency tag']]],
    ['Key Contributors:\nCNN\u2019s Jane Roe', [['Key Contributors:', 'credits'], ['CNN\u2019s Jane Roe', 'credits']]],
    ['Plain body sentence one. Plain body two.', []],
    ['CLOSE Hundreds of infants have died in hot cars. This simple trick could help. VPC\n\nBody.', [['CLOSE Hundreds of infants have died in hot cars. This simple trick could help. VPC', 'video caption']]],
    ['(Metropolitan Nashville Police Department)\n\nThe girl was found in the truck.', [['(Metropolitan Nashville Police Department)', 'caption credit']]],
    ['Close friends said he was kind.\n\n(He declined to comment on the case.) The end.', []],
    ['Body.\n\nHide Caption 4 of 76 Photos: Photos: Emotions run high in Ferguson', [['Hide Caption 4 of 76 Photos: Photos: Emotions run high in Ferguson', 'gallery caption']]],
    ['Body.\n\nPhoto 3 of 12\n\nTweet with a location', [['Photo 3 of 12', 'gallery caption'], ['Tweet with a location', 'embedded post']]],
    ['12 of 15 senators voted against it.\n\nBody.', []],
  ])('%j', (text, expected) => {
    expect(removedText(text)).toEqual(expected);
  });

  it('reads the outlet line, headline, byline and dateline', () => {
    const r = cleanText('Harbor Ledger\n\nDam Gives Way After Storm\n\nBy Ana Reyes\n\nPORT ELLISON, Veridia: Water rose fast.\n\nDam Gives Way After Storm');
    expect(r.meta).toEqual({ title: 'Dam Gives Way After Storm', outlet: 'Harbor Ledger', byline: 'Ana Reyes', dateline: 'PORT ELLISON, Veridia' });
    expect(r.removed.map((x) => x.reason)).toEqual(['outlet', 'byline', 'dateline', 'repeated line']);
  });

  it('drops a key-points block only when it repeats the body', () => {
    const body = 'The council approved the budget of 40 million after a long debate on Tuesday.';
    expect(cleanText(`Key points: council approved budget million debate Tuesday\n\n${body}`).removed[0]?.reason).toBe('key points repeating the body');
    expect(cleanText(`Key points: unrelated harbour strike ferries cancelled\n\n${body}`).removed).toEqual([]);
  });

  it('never throws and reports spans inside the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const r = cleanText(text);
        for (const s of [...r.removed, ...r.headings]) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(s.start).toBeLessThanOrEqual(s.end);
        }
      }),
    );
  });
});
