import { describe, expect, it } from 'vitest';
import { deriveEntityKeys } from './entities.ts';

describe('deriveEntityKeys', () => {
  it.each([
    ['Officials said Dan Driscoll met them.', ['name:dan driscoll', 'name:dan', 'name:driscoll']],
    ['A 7.1 magnitude quake hit.', ['num:7.1 magnitud', 'num:7.1']],
    ['It happened on June 08, 2013 there.', ['date:june 8', 'year:2013']],
    ['Governor of Alaska, Sarah Palin, spoke.', ['name:sarah palin']],
  ])('%s', (text, expected) => {
    expect(deriveEntityKeys(text)).toEqual(expect.arrayContaining(expected));
  });

  it('skips capitals at a sentence start unless the word is a name elsewhere', () => {
    expect(deriveEntityKeys('Rescuers arrived. Crews said rescuers came.')).toEqual([]);
    expect(deriveEntityKeys('Kyiv woke up. Residents of Kyiv said so.')).toContain('name:kyiv');
  });

  it('does not break runs across punctuation', () => {
    expect(deriveEntityKeys('Governor of Alaska, Sarah Palin, spoke.')).not.toContain('name:alaska sarah palin');
  });
});
