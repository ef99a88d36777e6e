import { describe, expect, it } from 'vitest';
import { toArticle } from '../extract/article.ts';
import { annotateArticle } from '../pipeline.ts';
import { readStatements } from './statements.ts';

function statementsOf(content: string) {
  const article = annotateArticle(toArticle({ source: 'test.txt', kind: 'text', content, meta: { published: '2025-11-20' } }));
  return readStatements(article);
}

describe('readStatements attribution', () => {
  it('rests a sentence on the speaker, not on a report the sentence is about', () => {
    const [s] = statementsOf(
      'When questioned about the Axios report detailing the plan, Kremlin spokesperson Dmitry Peskov stated that there were no new developments.',
    );
    expect(s?.attribution).toBe('Dmitry Peskov');
  });

  it('keeps the first source when it is the one speaking', () => {
    const [s] = statementsOf('Axios reported on Tuesday, citing anonymous US and Russian officials, that the plan has 28 points.');
    expect(s?.attribution).toBe('Axios');
  });

  it('takes "according to" as the sentence source', () => {
    const [s] = statementsOf('After the Reuters story ran, the delegation arrived in Kyiv on Wednesday, according to the Army.');
    expect(s?.attribution).toMatch(/Army/);
  });

  it.each([
    'Army Secretary Dan Driscoll arrived in Ukraine on Wednesday with a senior Pentagon delegation on what the Army described as a “fact-finding mission.”',
    'Dmitriev traveled to the United States in October for talks with Witkoff, which Russian sources characterized as "very productive."',
  ])('does not rest a sentence on the source of a phrase inside it: %s', (text) => {
    const [s] = statementsOf(text);
    expect(s?.attribution).toBeNull();
  });

  it('still rests a sentence on a source that describes it as a whole', () => {
    const [s] = statementsOf('The Army described the visit as a fact-finding mission to meet Ukrainian officials.');
    expect(s?.attribution).toBe('Army');
  });
});
