import { describe, expect, it } from 'vitest';
import { annotateText } from './annotate.ts';
import { findCites } from './cites.ts';

function socialIn(text: string): string[] {
  const cites = findCites(text, [{ start: 0, end: text.length, text, heading: false }], [], [], []);
  return cites.filter((c) => c.kind === 'social').map((c) => text.slice(c.start, c.end));
}

const SOCIAL_CASES: Array<[string, string[]]> = [
  ['The ministry posted on Telegram that the dam had failed.', ['Telegram']],
  ['Zelensky said in a post on X that talks would resume.', ['X']],
  ['Officials wrote on Twitter and later posted on Facebook.', ['Twitter', 'Facebook']],
  ['Posted on Telegram: the verb is matched in lower case only.', []],
  ['It was reposted on Telegram by others.', []],
  ['He said on Tuesday that nothing had changed.', []],
];

describe('findCites social posts', () => {
  it.each(SOCIAL_CASES)('%s', (text, expected) => {
    expect(socialIn(text)).toEqual(expected);
  });
});

describe('findCites kinds of named sources', () => {
  it('tells newspapers and broadcasters by their names, and an acronym no list knows for a body', () => {
    const text =
      'It rained. "It was bad," Jones told the Orlando Sentinel. The fire spread, KKCO reported. Twelve died, the Veridian Press reported. An aide told the Chronicle so. Prices fell, according to CBRE. "No," Smith said.';
    const cites = annotateText(text).cites.map((c) => [c.name, c.kind]);
    expect(cites).toEqual([
      ['Jones', 'person'],
      ['Orlando Sentinel', 'outlet'],
      ['KKCO', 'outlet'],
      ['Veridian Press', 'outlet'],
      ['an aide', 'anonymous'],
      ['Chronicle', 'outlet'],
      ['CBRE', 'official'],
      ['Smith', 'person'],
    ]);
  });

  it('cites a statement, an indictment and a lawsuit as documents', () => {
    const text = 'It rained. "This was expected," the statement said. Prices rose, according to the 47-page indictment. The suit says the firm lied.';
    expect(annotateText(text).cites.map((c) => [c.name, c.kind])).toEqual([
      ['the statement', 'document'],
      ['the 47-page indictment', 'document'],
      ['the suit', 'document'],
    ]);
  });

  it('cites an unnamed body or office as on the record, and an unnamed official as anonymous', () => {
    const text = 'It rained. Twelve died, police said. The navy said the ship sank. The judge said the case was over. A US official said talks failed.';
    expect(annotateText(text).cites.map((c) => [c.name, c.kind])).toEqual([
      ['police', 'official'],
      ['the navy', 'official'],
      ['the judge', 'official'],
      ['a US official', 'anonymous'],
    ]);
  });

  it('tells a paper or magazine ending in News or Magazine, and a document described rather than named', () => {
    const text =
      'It rained. He made a full confession, the Daily News reported. She is engaged, People Magazine said. He fled, according to a Texas prison statement Monday.';
    expect(annotateText(text).cites.map((c) => [c.name, c.kind])).toEqual([
      ['Daily News', 'outlet'],
      ['People Magazine', 'outlet'],
      ['statement', 'document'],
    ]);
  });

  it('cites a body named by its common noun at the start of a sentence as on the record', () => {
    const text = 'Lieutenant Hastings of the Police said he did not know why the officers took the bomb inside.\n\nPolice said early today that an investigation was under way.';
    expect(annotateText(text).cites.filter((c) => c.name === 'Police').map((c) => c.kind)).toEqual(['official']);
  });

  it('cites the person of a body rather than the body, and a document opening the words rather than a body named in them', () => {
    const text =
      'It rained. "Not again," Det. Charles Geiger of the LAPD’s Robbery-Homicide Division told reporters. According to slides from an internal presentation intended for NSA senior analysts, the program ran. According to a statement from the NSA, it stopped.';
    expect(annotateText(text).cites.map((c) => [c.name, c.kind])).toEqual([
      ['Charles Geiger', 'person'],
      ['slides', 'document'],
      ['National Security Agency', 'official'],
    ]);
  });

  it("cites a listed outlet's station or service as an outlet", () => {
    const text = 'It rained. "Not again," Jones told NBC Los Angeles. "Yes," Smith told CBC Toronto. "No," Lee told Fox News Chicago. "Sure," Ray told BBC Radio 4.';
    expect(annotateText(text).cites.filter((c) => c.kind !== 'person').map((c) => [c.name, c.kind])).toEqual([
      ['NBC Los Angeles', 'outlet'],
      ['CBC Toronto', 'outlet'],
      ['Fox News Chicago', 'outlet'],
      ['BBC Radio', 'outlet'],
    ]);
  });

  it('cites the outlet a description refers back to: the last one cited before it, a printed one for "the newspaper"', () => {
    const text =
      'Axios reported on Tuesday that talks began. The draft has four themes, the publication reported. A fire broke out, WDIV reported. Both are partners, the newspaper said. The Wall Street Journal reported it too. The paper said officials agreed.';
    expect(annotateText(text).cites.map((c) => [c.name, c.kind])).toEqual([
      ['Axios', 'outlet'],
      ['Axios', 'outlet'],
      ['WDIV', 'outlet'],
      ['Axios', 'outlet'],
      ['The Wall Street Journal', 'outlet'],
      ['The Wall Street Journal', 'outlet'],
    ]);
    expect(annotateText('It rained. Twelve died, the newspaper said.').cites.map((c) => [c.name, c.kind])).toEqual([['the newspaper', 'outlet']]);
  });
});

describe('findCites: whose person speaks', () => {
  const cites = (text: string) => annotateText(text).cites.map((c) => [c.name, c.kind]);

  it("cites a named person's lawyer or envoy as described, on the record, not the person", () => {
    expect(cites("It rained. Donald Trump's lawyer said the payment was legal. Putin's envoy told reporters it was over.")).toEqual([
      ["Donald Trump's lawyer", 'official'],
      ["Putin's envoy", 'official'],
    ]);
  });

  it('does not cite a name in the possessive before the verb, and reads an Irish surname as a name', () => {
    expect(cites("W. Mark Felt has died. John D. O'Connor, a family friend who wrote the 2005 Vanity Fair article uncovering Felt's secret, says he died Thursday.")).toEqual([
      ["John D. O'Connor", 'person'],
    ]);
  });
});

describe('findCites: audiences are no sources', () => {
  const cites = (text: string) => annotateText(text).cites.map((c) => c.name);

  it('does not cite whom something was told, nor the reporters a source told', () => {
    expect(cites('It rained. On one day, protesters were told to gather at the square. Smith was told to leave.')).toEqual([]);
    expect(cites('It rained. Donald Trump told White House reporters the deal was done.')).toEqual(['Donald Trump']);
  });
});

describe('findCites: an officer of a body', () => {
  it('cites the Senate historian, not the Senate', () => {
    expect(annotateText('It rained. The Senate historian said the record was clear.').cites.map((c) => [c.name, c.kind])).toEqual([['the Senate historian', 'official']]);
  });
});

describe("findCites: a body's spokesperson", () => {
  it('cites a police spokeswoman whole, on the record', () => {
    expect(annotateText('It rained. A police spokeswoman said the road was closed.').cites.map((c) => [c.name, c.kind])).toEqual([['a police spokeswoman', 'official']]);
  });
});

describe("findCites: a name's colleagues", () => {
  it('cites the colleagues of a name ending in s, not the name, and not as on the record', () => {
    expect(annotateText("It rained. Francis Collins was nominated. Dr. Collins' colleagues said he is a natural choice.").cites.map((c) => [c.name, c.kind])).toEqual([
      ["Dr. Collins' colleagues", 'anonymous'],
    ]);
  });
});

describe('citations: spokespeople and bodies on the record, nouns opening a sentence', () => {
  it('counts anyone\'s spokesperson, prosecutors and authorities as on the record, officials as anonymous, capitalised or not', () => {
    const cites = annotateText(
      'It rained. A Denver spokesman said it was over. Prosecutors said he lied. Two died, authorities said. Officials said more would come.',
    ).cites.map((c) => [c.name, c.kind]);
    expect(cites).toEqual([
      ['a Denver spokesman', 'official'],
      ['prosecutors', 'official'],
      ['authorities', 'official'],
      ['officials', 'anonymous'],
    ]);
  });
});

describe('citations: a pronoun after a quotation', () => {
  it('reads "she said" after a quotation as the quotation\'s speaker is read, not as a name the quotation holds', () => {
    const cites = annotateText('Nancy Pelosi won the vote. Mr. Ryan had challenged her.\n\n"He did not even carry his district for Hillary Clinton," she said.').cites;
    expect(cites.map((c) => c.name)).toEqual(['Nancy Pelosi']);
  });
});

describe('citations: names with a capital inside', () => {
  it('reads a one-word name with a capital inside as a body, but not a surname with a prefix', () => {
    const cites = annotateText('It rained. The threats demanded bitcoin, according to AppRiver. Mr. Smith met Senator Mitch McConnell. McConnell said no.').cites;
    expect(cites.map((c) => [c.name, c.kind])).toEqual([
      ['AppRiver', 'official'],
      ['Mitch McConnell', 'official'],
    ]);
  });
});

describe('citations: a subject before a clause set off by commas', () => {
  it('cites the subject before a relative clause or an appositive, not a name inside it', () => {
    const text = [
      'Representative Kurt Schrader of Oregon, who backed Mr. Ryan, said after the vote that it was over.',
      'House Majority Whip Kevin McCarthy (R-Calif.), a longtime target of immigration activists, said Tuesday that he would.',
      'Jack Gallagher, a spokesman for the city administrator’s office, which is reviewing all construction, said no plan had been filed.',
      'In a statement, the company, which is based in Ohio, said it would appeal.',
    ].join('\n\n');
    const a = annotateText(text);
    expect(a.sentences).toHaveLength(4);
    expect(a.cites.map((c) => [c.name, c.kind])).toEqual([
      ['Kurt Schrader', 'official'],
      ['Kevin McCarthy', 'official'],
      ['Jack Gallagher', 'official'],
      ['the company', 'official'],
    ]);
  });
});

describe('citations: an audience named by a party word', () => {
  it('does not cite "Republican" in "speaking to Republican contributors"', () => {
    const a = annotateText('When Mr. Steele made the remarks, he was speaking to Republican contributors at a fund-raiser.');
    expect(a.cites).toEqual([]);
  });
});

describe('citations: subjects of their own, and subjects left out', () => {
  it('cites "police in Sicily" after a name closing a clause, and a name alone before the verb, not the name before the comma', () => {
    const a = annotateText(
      'A man hanged himself hours after he was arrested in a blitz against Cosa Nostra, police in Sicily said.\n\nAmericans should look for someone who isn’t Donald Trump, Michael Bloomberg said.\n\nAMA President J. James Rohack, MD, said the nominee was strong.',
    );
    expect(a.cites.map((c) => c.name)).toEqual(['police', 'Michael Bloomberg', 'J. James Rohack']);
  });

  it('cites the person opening the sentence for a verb after "and" or "but", not a name in between', () => {
    const a = annotateText(
      'Premier Matteo Renzi visited the zone, greeted rescue teams and survivors and announced the toll stood at 120.\n\nSpokesman Jeff Rathke declined to say South Africa should have arrested Bashir but said some action was needed.\n\nWilliam Cowan was appointed. He left the Patrick administration last year but said the detour was worth it.',
    );
    expect(a.cites.map((c) => c.name)).toEqual(['Matteo Renzi', 'Jeff Rathke', 'William Cowan']);
  });
});

describe('citations: representatives on the record', () => {
  it('types an unnamed rep, representative or publicist as official, as a spokesperson is', () => {
    const a = annotateText('Reynolds was in hospital. His representative says he is doing better. Yes, the rep really said that. Her publicist said she was fine.');
    expect(a.cites.map((c) => [c.name, c.kind])).toEqual([
      ['his representative', 'official'],
      ['the rep', 'official'],
      ['her publicist', 'official'],
    ]);
  });
});
