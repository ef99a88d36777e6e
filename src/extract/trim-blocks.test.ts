import { describe, expect, it } from 'vitest';
import type { TextBlock } from './render-text.ts';
import { trimBlocks } from './trim-blocks.ts';

const PARAGRAPH = 'The council approved the budget on Tuesday after a long debate about school funding, road repairs and the cost of the new library.';

function p(text: string, linkChars = 0, tag = 'P'): TextBlock {
  return { text, linkChars, tag };
}

function texts(blocks: TextBlock[], title?: string): string[] {
  return trimBlocks(blocks, { title }).map((b) => b.text);
}

describe('trimBlocks', () => {
  const dropped: Array<[string, TextBlock[]]> = [
    ['interface labels', [p('Advertisement'), p('Image 1 of 5')]],
    ['inline cross-links', [p('READ MORE: China plague outbreak confirmed')]],
    ['photo credits', [p('(Image: © NASA/ESA)')]],
    ['shouted promo links', [p('CLICK HERE TO GET THE FOX NEWS APP', 34)]],
  ];
  it.each(dropped)('drops %s', (_, blocks) => {
    expect(texts([p(PARAGRAPH), ...blocks, p(PARAGRAPH)])).toEqual([PARAGRAPH, PARAGRAPH]);
  });

  it('drops the headline and lead stamps above the first paragraph', () => {
    const blocks = [p('Council approves budget'), p('PUBLISHED: 10:48, Tue, Nov 19, 2019'), p('By Reuters'), p(PARAGRAPH)];
    expect(texts(blocks, 'Council approves budget')).toEqual([PARAGRAPH]);
  });

  it('drops closing credits, bios and sign-up lines but not a closing paragraph', () => {
    const blocks = [
      p(PARAGRAPH),
      p('(Reporting by Will Dunham; Editing by Tom Brown)'),
      p('Jane Doe is a freelance writer living in Minneapolis'),
      p('Sign up for our newsletter today.'),
    ];
    expect(texts(blocks)).toEqual([PARAGRAPH]);
  });

  it('drops repeated short widgets but keeps repeated questions and table cells', () => {
    const blocks = [
      p('Whatsapp Facebook Pint'),
      p('What inspired you?'),
      p('Pos', 0, 'TH'),
      p(PARAGRAPH),
      p('Whatsapp Facebook Pint'),
      p('What inspired you?'),
      p('Pos', 0, 'TH'),
      p(PARAGRAPH),
    ];
    expect(texts(blocks)).toEqual(['What inspired you?', 'Pos', PARAGRAPH, 'What inspired you?', 'Pos', PARAGRAPH]);
  });
});
