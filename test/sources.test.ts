import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../src/analyze.ts';
import { toArticle } from '../src/extract/article.ts';
import { annotateArticle } from '../src/pipeline.ts';
import { withoutAttribution } from '../src/compare/prepare.ts';
import { annotateText } from '../src/text/annotate.ts';

const make = (source: string, outlet: string, content: string) =>
  annotateArticle(toArticle({ source, kind: 'text', content, meta: { outlet, published: '2016-07-28' } }, new Date('2016-07-29T00:00:00Z')));

/** The same five lines of a speech, as two outlets quote them, each in its own words around the quotes. */
const SPEECH = [
  '"I have built a business, and I did not start it with a million-dollar check from my father," Bloomberg said.',
  '"Throughout his career, Trump has left behind a record of bankruptcies and thousands of lawsuits," Bloomberg said.',
  '"Trump says he wants to run the nation like he is running his business. God help us," Bloomberg said.',
  '"The richest thing about Donald Trump is his hypocrisy," Bloomberg said.',
  '"Trump is a risky, reckless and radical choice, and we cannot afford to make that choice," Bloomberg said.',
];

describe('sources and families', () => {
  it('does not take two outlets quoting one speech for rewrites of one text', () => {
    const a = make('a.txt', 'Fox News', `Bloomberg Endorses Clinton\n\nFormer New York City Mayor Michael Bloomberg endorsed Hillary Clinton on Wednesday at the Democratic National Convention in Philadelphia.\n${SPEECH.join('\n')}\nThe speech drew loud cheers from the delegates in the hall.`);
    const b = make('b.txt', 'HuffPost', `Bloomberg Tears Into Trump\n\nMichael Bloomberg, the billionaire former mayor, told the convention on Wednesday night that Donald Trump is a con man.\n${SPEECH.join('\n')}\nBloomberg weighed an independent bid for president earlier this year before deciding against it.`);
    const story = analyzeArticles([a, b]).stories[0]!;
    expect(story.families.every((f) => f.articleIds.length === 1)).toBe(true);
  });

  it('reads "Bloomberg" in an article about Michael Bloomberg as the man, and counts him once across outlets', () => {
    const a = make('a.txt', 'Fox News', `Bloomberg Endorses Clinton\n\nFormer New York City Mayor Michael R. Bloomberg endorsed Hillary Clinton on Wednesday.\n"The richest thing about Donald Trump is his hypocrisy," Bloomberg said.`);
    const b = make('b.txt', 'HuffPost', `Bloomberg Speaks\n\nMichael Bloomberg spoke at the Democratic National Convention on Wednesday night.\n"The richest thing about Donald Trump is his hypocrisy," Bloomberg said on the stage.`);
    const story = analyzeArticles([a, b]).stories[0]!;
    const bloomberg = story.entities.filter((e) => /Bloomberg/.test(e.name));
    expect(bloomberg.map((e) => e.type)).toEqual(['person']);
    expect(story.entities.find((e) => e.name === 'Democratic National Convention')?.type).not.toBe('person');
    const hypocrisy = story.claims.find((c) => /hypocrisy/.test(c.text))!;
    expect(hypocrisy.origins).toHaveLength(1);
    expect(hypocrisy.status).toBe('single-source');
  });

  it('keeps two facts from one speaker apart though their attributions match word for word', () => {
    const a = make('a.txt', 'HuffPost', 'Trump Declares Emergency\n\nThe national emergency declaration will allow the Trump administration to use about $3.6 billion from Defense Department construction projects to build the wall, along with another $2.5 billion the department had allocated for counter-drug activities, acting White House chief of staff Mick Mulvaney told reporters.');
    const b = make('b.txt', 'The New York Times', 'Trump Declares Emergency at the Border\n\n"It actually creates zero precedent," Mick Mulvaney, the acting White House chief of staff, told reporters.');
    const c = make('c.txt', 'Fox News', 'Trump Declares Emergency on Border\n\nThe White House is also expected to use drug interdiction money from the Department of Defense.');
    const story = analyzeArticles([a, b, c]).stories[0]!;
    const precedent = story.claims.find((x) => x.statements.some((s) => /zero precedent/.test(s.text)))!;
    expect(precedent.articleIds).toEqual([b.id]);
  });

  it('compares what sentences state, not who they are attributed to', () => {
    expect(withoutAttribution('"It actually creates zero precedent," Mick Mulvaney, the acting White House chief of staff, told reporters.')).toBe('"It actually creates zero precedent');
    expect(withoutAttribution('A further 28 people were injured overnight, said Petra Sandor, head of civil protection for the province.')).toBe('A further 28 people were injured overnight');
    expect(withoutAttribution('According to the report, Steve Witkoff has been leading the talks.')).toBe('Steve Witkoff has been leading the talks.');
    // Too little left without it: the sentence is about the speaking, and is compared whole.
    expect(withoutAttribution('He said so, Mulvaney told reporters.')).toBe('He said so, Mulvaney told reporters.');
  });

  it('gives a quotation running over several sentences its speaker in each', () => {
    const text =
      '"We have heard a lot of talk in this campaign about business. I could not agree more with the people who say that this year. I have built a business," Bloomberg said.';
    const article = annotateArticle(toArticle({ source: 'c.txt', kind: 'text', content: text, meta: {} }));
    const story = analyzeArticles([article]).stories[0]!;
    const statements = story.claims.flatMap((c) => c.statements);
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) expect(s.attribution).toBe('Bloomberg');
  });

  it('credits the person before an appositive, not the body named in it', () => {
    const { cites, quotes } = annotateText('"It actually creates zero precedent," Mick Mulvaney, the acting White House chief of staff, told reporters.');
    expect(cites.map((c) => c.name)).toEqual(['Mick Mulvaney']);
    expect(quotes.map((q) => q.speaker)).toEqual(['Mick Mulvaney']);
  });

  it('takes a garden, a plaza or a stadium for a place, so "he said" there is not it speaking', () => {
    const { quotes, entities } = annotateText('President Trump spoke for an hour. "I did not need to do this," he said in the Rose Garden.');
    expect(entities.find((e) => e.text === 'Rose Garden')?.type).toBe('place');
    expect(quotes.map((q) => q.speaker)).toEqual(['Trump']);
  });

  it('types a name described as a body as an organisation, and a member of one as a person', () => {
    const types = (t: string) => annotateText(t).entities.map((e) => [e.text, e.type]);
    expect(types('The ad was paid for by Secure America Now, a neoconservative nonprofit organization.')).toEqual([['Secure America Now', 'organization']]);
    expect(types('John Smith, a member of the group, said it was over.')).toEqual([['John Smith', 'person']]);
    expect(types('He won the Nobel Peace Prize in 2009.')).toEqual([['Nobel Peace Prize', 'other']]);
    expect(types('Senate Republicans blocked the vote on Tuesday.')).toEqual([['Senate Republicans', 'other']]);
  });

  it('reads "he said" after a quote as the subject of the sentence before, not a name inside the quote', () => {
    const { quotes } = annotateText('Benjamin Netanyahu appeared on NBC on Sunday, urging Barack Obama to act. "President Obama has said that he is determined to stop Iran," he said.');
    expect(quotes.map((q) => q.speaker)).toEqual(['Benjamin Netanyahu']);
  });

  it('gives a spokesperson set off in apposition, not her ministry, the quote', () => {
    const { quotes } = annotateText('Katrin Dessel, a spokeswoman for the Interior Ministry, said: "Our first duty is to the families."');
    expect(quotes.map((q) => q.speaker)).toEqual(['Katrin Dessel']);
  });
});
