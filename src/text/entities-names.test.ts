import { describe, expect, it } from 'vitest';
import { annotateText } from './annotate.ts';

/** The entity each name's mentions are grouped under, with its type, and the speaker of each quote. */
function read(text: string) {
  const a = annotateText(text, { published: '2019-11-19' });
  const byId = new Map(a.entityIndex.map((e) => [e.id, e]));
  const mentions = a.entities.map((m) => ({ text: m.text, type: m.type, name: byId.get(m.entityId)?.name }));
  return { mentions, speakers: a.quotes.map((q) => q.speaker) };
}

describe('entities: names with initials and suffixes', () => {
  const nbc = [
    'Patrick W. Carlineo Jr., 55, of Addison, pleaded guilty on Monday.',
    "Carlineo's attorney said in an email that Carlineo never intended to harm anyone.",
    'James P. Kennedy Jr., the U.S. Attorney for the Western District of New York, said the case mattered.',
    '"The First Amendment right carries a responsibility," Kennedy said in a statement.',
  ].join('\n\n');

  it('takes a name ending in Jr. for a person, and its surname alone for the same person', () => {
    const { mentions } = read(nbc);
    expect(mentions.filter((m) => m.name === 'Patrick W. Carlineo Jr.').map((m) => [m.text, m.type])).toEqual([
      ['Patrick W. Carlineo Jr.', 'person'],
      ['Carlineo', 'person'],
      ['Carlineo', 'person'],
    ]);
  });

  it('reads a surname after a closing quotation mark, and after a middle initial, as mid-sentence', () => {
    const { mentions, speakers } = read(nbc);
    expect(mentions.filter((m) => m.text === 'Kennedy')).toEqual([{ text: 'Kennedy', type: 'person', name: 'James P. Kennedy Jr.' }]);
    expect(speakers).toEqual(['James P. Kennedy Jr.']);
  });

  it('keeps the suffix with the name, run-together initials too, and never takes a suffix or initials alone', () => {
    const { mentions } = read('Martin Luther King Jr. spoke first. George H.W. Bush spoke next. Queen Elizabeth II waved.');
    expect(mentions.map((m) => [m.text, m.type])).toEqual([
      ['Martin Luther King Jr.', 'person'],
      ['George H.W. Bush', 'person'],
      ['Elizabeth II', 'person'],
    ]);
  });

  it('does not take a place or league abbreviation, a numbered place or a place ending in initials for a person', () => {
    const { mentions } = read(
      'The U.S. Senate voted. The L.A. Weekly reported it. A briefing in Washington D.C. followed. Treblinka II was a camp. The N.F.C. North race tightened.',
    );
    expect(mentions.filter((m) => m.type === 'person')).toEqual([]);
  });
});

describe('sentences', () => {
  it('keeps a number written with a leading point inside its sentence', () => {
    const a = annotateText('Carlineo possessed a loaded .45-caliber handgun at his home. He was convicted in 1998.');
    expect(a.sentences.map((s) => s.text)).toEqual(['Carlineo possessed a loaded .45-caliber handgun at his home.', 'He was convicted in 1998.']);
  });
});

describe('entities: places and bodies', () => {
  it('keeps the first word of a known name that also opens ordinary phrases ("New")', () => {
    const { mentions } = read('A New York man was arrested. The New York Times reported it. New details emerged.');
    expect(mentions.map((m) => [m.text, m.type])).toEqual([
      ['New York', 'place'],
      ['New York Times', 'organization'],
    ]);
  });

  it('splits "Gov. Gavin Newsom of California" into the person and the state, and knows the fifty states', () => {
    const { mentions, speakers } = read(
      'Gov. Gavin Newsom of California called it a "vanity project." Senator Sheldon Whitehouse of Rhode Island agreed. "It will fail," said Mr. Newsom, a Democrat.',
    );
    expect(mentions.filter((m) => m.type !== 'other').map((m) => [m.text, m.type, m.name])).toEqual([
      ['Gavin Newsom', 'person', 'Gavin Newsom'],
      ['California', 'place', 'California'],
      ['Sheldon Whitehouse', 'person', 'Sheldon Whitehouse'],
      ['Rhode Island', 'place', 'Rhode Island'],
      ['Newsom', 'person', 'Gavin Newsom'],
    ]);
    expect(speakers).toEqual(['Gavin Newsom', 'Gavin Newsom']);
  });

  it('keeps a body named "X of Y" whole', () => {
    const { mentions } = read('The Future Farmers of America met the Royal Bank of Canada and the United States of America.');
    expect(mentions.map((m) => m.text)).toEqual(['Future Farmers of America', 'Royal Bank of Canada', 'United States of America']);
  });

  it('types caucuses, coalitions, societies, guilds as organisations, and a city side as a place', () => {
    const { mentions } = read('The House Democratic Caucus, the Republican Jewish Coalition, the National Audubon Society and the Screen Actors Guild met on the Upper East Side.');
    expect(mentions.map((m) => [m.text, m.type])).toEqual([
      ['House Democratic Caucus', 'organization'],
      ['Republican Jewish Coalition', 'organization'],
      ['National Audubon Society', 'organization'],
      ['Screen Actors Guild', 'organization'],
      ['Upper East Side', 'place'],
    ]);
  });
});

describe('entities: hyphenated names, offices "of ...", place prefixes', () => {
  it('keeps a hyphenated name whole and gives the office everything before the name', () => {
    const { mentions } = read('Deputy Director of Public Prosecution Eva-Marie Persson took the decision. Persson said it was final. Catherine Zeta-Jones and Jean-Paul Sartre came.');
    expect(mentions.map((m) => [m.text, m.type, m.name])).toEqual([
      ['Eva-Marie Persson', 'person', 'Eva-Marie Persson'],
      ['Persson', 'person', 'Eva-Marie Persson'],
      ['Catherine Zeta-Jones', 'person', 'Catherine Zeta-Jones'],
      ['Jean-Paul Sartre', 'person', 'Jean-Paul Sartre'],
    ]);
    const a = annotateText('Deputy Director of Public Prosecution Eva-Marie Persson took the decision.');
    expect(a.entityIndex[0]?.roles).toEqual(['Deputy Director of Public Prosecution']);
  });

  it('does not join a party and state ("D-Calif.") or make a company one person', () => {
    const { mentions } = read('Sen. Dianne Feinstein, D-Calif., spoke. Kimberly-Clark said it would leave.');
    expect(mentions.filter((m) => m.type === 'person').map((m) => m.text)).toEqual(['Dianne Feinstein']);
  });

  it('types a run opened by Fort, Mount, East... as a place, and a nationality with one word as no person', () => {
    const { mentions } = read('He flew from Fort Lauderdale to East Nashville, past Mount Cook, then to Soviet Turkmenistan and the North Korean Embassy, fleeing National Socialism.');
    expect(mentions.map((m) => [m.text, m.type])).toEqual([
      ['Fort Lauderdale', 'place'],
      ['East Nashville', 'place'],
      ['Mount Cook', 'place'],
      ['Soviet Turkmenistan', 'other'],
      ['North Korean Embassy', 'organization'],
      ['National Socialism', 'other'],
    ]);
  });
});

describe('quote speakers: a pronoun right before the verb', () => {
  it('is the subject, not the name before it', () => {
    const { speakers } = read('Michael Bloomberg, who is worth $48 billion, threw several jabs at Donald Trump, whom he called a "dangerous demagogue."');
    expect(speakers).toEqual(['Michael Bloomberg']);
  });
});

describe('entities: names from other languages and bodies that look like names', () => {
  it('keeps a hyphenated given name with its lower-case syllable ("Cheuk Hau-yip", "Kim Jong-un"), not an adjective', () => {
    const { mentions, speakers } = read('Cheuk Hau-yip, the commander of Kowloon West district, said: "They are criminals." Kim Jong-un met Moon Jae-in after the Cold War-era summit.');
    expect(mentions.filter((m) => m.type === 'person').map((m) => m.text)).toEqual(expect.arrayContaining(['Cheuk Hau-yip', 'Kim Jong-un', 'Moon Jae-in']));
    expect(mentions.map((m) => m.text)).not.toContain('Cold War-era');
    expect(speakers).toEqual(['Cheuk Hau-yip']);
  });

  it('splits a place from the name after it only after "to", "in", "from", "at"', () => {
    const { mentions } = read("China's ambassador to Britain Liu Xiaming spoke. The Boston Red Sox and the California Highway Patrol came.");
    expect(mentions.map((m) => [m.text, m.type])).toEqual([
      ['China', 'place'],
      ['Britain', 'place'],
      ['Liu Xiaming', 'person'],
      ['Boston Red Sox', 'organization'],
      ['California Highway Patrol', 'organization'],
    ]);
  });

  it('does not take centers, homes, teams or orders for people', () => {
    const { mentions } = read('The Betty Ford Center, the Whitehurst Powell Funeral Home, the New York Yankees and Executive Order 13769 were named.');
    expect(mentions.filter((m) => m.type === 'person')).toEqual([]);
  });
});

describe('entities and speakers: institutions, Spanish place names, acronyms, groups of people', () => {
  it('types institutional names as bodies and San, Santa, Los, El... names as places', () => {
    const { mentions } = read('Officials at Homeland Security, Border Protection and Social Security met in San Diego and El Paso.');
    expect(mentions.map((m) => [m.text, m.type])).toEqual([
      ['Homeland Security', 'organization'],
      ['Border Protection', 'organization'],
      ['Social Security', 'organization'],
      ['San Diego', 'place'],
      ['El Paso', 'place'],
    ]);
  });

  it('does not take an acronym after "in" for a place', () => {
    const { mentions } = read('Three children died in CBP custody last year.');
    expect(mentions.filter((m) => m.type === 'place')).toEqual([]);
  });

  it('names doctors, experts and investigators as described speakers, without a leading "But"', () => {
    const { speakers } = read('"We implore you to act," the physicians stated. But doctors said "it is bad." Forensic experts said "it is worse."');
    expect(speakers).toEqual(['the physicians', 'doctors', 'Forensic experts']);
  });
});

describe('entities: particles, first names, groups by gazetteer', () => {
  it('keeps a capitalised particle with its surname and joins it, and a first name after "to", to the full name', () => {
    const { mentions, speakers } = read(
      'James Van Der Beek left the show, and Ally Brooke stayed. Van Der Beek said it was hard. Van Der Beek thanked fans. "Can I give it to James?" Brooke tearfully asked.',
    );
    expect(mentions.filter((m) => /Beek|James/.test(m.text)).map((m) => [m.text, m.name])).toEqual([
      ['James Van Der Beek', 'James Van Der Beek'],
      ['Van Der Beek', 'James Van Der Beek'],
      ['Van Der Beek', 'James Van Der Beek'],
      ['James', 'James Van Der Beek'],
    ]);
    expect(speakers).toEqual(['Ally Brooke']);
  });

  it('knows Al Qaeda and the Islamic State as bodies', () => {
    const { mentions } = read('Al Qaeda and ISIS were named.');
    expect(mentions.map((m) => [m.text, m.type, m.name])).toEqual([
      ['Al Qaeda', 'organization', 'Al Qaeda'],
      ['ISIS', 'organization', 'Islamic State'],
    ]);
  });
});

describe('entities: publications and companies', () => {
  it('types a name after "the journal" as a publication, company last words as bodies, and knows more outlets', () => {
    const { mentions } = read('It appeared in the journal Nature Astronomy. Business Insider, BuzzFeed and Newsmax reported that Ceres Robotics, Bain Capital and General Motors agreed.');
    expect(mentions.map((m) => [m.text, m.type])).toEqual([
      ['Nature Astronomy', 'organization'],
      ['Business Insider', 'organization'],
      ['BuzzFeed', 'organization'],
      ['Newsmax', 'organization'],
      ['Ceres Robotics', 'organization'],
      ['Bain Capital', 'organization'],
      ['General Motors', 'organization'],
    ]);
  });
});

describe('entities: a lone name typed by its context', () => {
  it('joins a surname the words before it would make a place to the person the article names that way', () => {
    // From a seed article: the person is only ever "Trump" or "President Trump", never a full name.
    const text = 'President Trump spoke on Monday. Sanctions were announced, the first in Trump\u2019s second term. Trump said more would follow.';
    expect(read(text).mentions.filter((m) => m.text === 'Trump').map((m) => [m.type, m.name])).toEqual([
      ['person', 'Trump'],
      ['person', 'Trump'],
      ['person', 'Trump'],
    ]);
  });

  it('takes the name before "administration" for a person, and joins it to the person named later', () => {
    expect(read('The Obama administration refused.').mentions.map((m) => [m.text, m.type])).toEqual([['Obama', 'person']]);
    const { mentions } = read('Rules were weakened in the Bush administration. President Bush denied it.');
    expect(new Set(mentions.filter((m) => m.text === 'Bush').map((m) => `${m.type}:${m.name}`))).toEqual(new Set(['person:Bush']));
  });

  it('knows the platforms and technology companies, whatever the role word before them', () => {
    const { mentions } = read('His official Facebook page went quiet. Microsoft, Google and YouTube declined; she posted to Instagram.');
    expect(mentions.map((m) => [m.text, m.type])).toEqual([
      ['Facebook', 'organization'],
      ['Microsoft', 'organization'],
      ['Google', 'organization'],
      ['YouTube', 'organization'],
      ['Instagram', 'organization'],
    ]);
  });
});

describe('entities: titles, outlets named "The X", branches', () => {
  it('takes the name after a courtesy title for a person, and a rank\'s full stop for no sentence end', () => {
    const { mentions } = read('It rained. Then Mrs. Smith stayed. Dr. Brown argued with Mr. Obama. Sen. Ted Cruz left.');
    expect(mentions.map((m) => [m.text, m.type])).toEqual([
      ['Smith', 'person'],
      ['Brown', 'person'],
      ['Obama', 'person'],
      ['Ted Cruz', 'person'],
    ]);
  });

  it('knows an outlet by its capitalised "The" only, and a known body before a known place as a branch of it', () => {
    const { mentions } = read('His column appears in The Hill. Later, Hill wrote nothing. A source told CBC Toronto it was over, and NBC New York agreed.');
    expect(mentions.map((m) => [m.text, m.type, m.name])).toEqual([
      ['Hill', 'organization', 'The Hill'],
      ['Hill', 'other', 'Hill'],
      ['CBC Toronto', 'organization', 'CBC Toronto'],
      ['NBC New York', 'organization', 'NBC New York'],
    ]);
  });

  it('reads a surname that is also a place word as a person when the words after it are a person\'s', () => {
    const { mentions } = read('Fiona Hill, 54, testified. Later, Hill said it was wrong. Michael Bay told reporters. Capitol Hill said nothing. We went to Hyde Park.');
    expect(mentions.map((m) => [m.text, m.type])).toEqual([
      ['Fiona Hill', 'person'],
      ['Hill', 'person'],
      ['Michael Bay', 'person'],
      ['Capitol Hill', 'place'],
      ['Hyde Park', 'place'],
    ]);
  });

  it('reads a name after a quoted question and before a speech verb as mid-sentence', () => {
    expect(read('"Is it true?" Maynard asked.').mentions.map((m) => [m.text, m.type])).toEqual([['Maynard', 'person']]);
  });
});

describe('entities: names made of common words', () => {
  it('does not take a run of common words without a given name for a person', () => {
    const { mentions } = read('It rained. Officials said Blue Origin, the Super Bowl, Trump Tower and Election Day mattered, and Deep Throat spoke.');
    expect(mentions.filter((m) => m.type === 'person')).toEqual([]);
  });

  it('keeps people whose names are common words: a given name first, an initial, or a word no vocabulary lists', () => {
    const { mentions } = read('It rained. Bill Gates, Mike Pence, Tiger Woods, Donald Trump, Mark Kelly and W. Mark Felt spoke with Democrat Matt Lesser.');
    expect(mentions.filter((m) => m.type === 'person').map((m) => m.text)).toEqual([
      'Bill Gates',
      'Mike Pence',
      'Tiger Woods',
      'Donald Trump',
      'Mark Kelly',
      'W. Mark Felt',
      'Matt Lesser',
    ]);
  });

  it('reads police and court titles as roles, and no role into a clause after a place', () => {
    const { mentions } = read(
      'Officer Darren Wilson and Det. Charles Geiger arrived. A bomb exploded in Woodburn, killing a Woodburn police officer. In Amatrice, the Rev. Fabio Gammarota prayed.',
    );
    expect(mentions.map((m) => [m.text, m.type])).toEqual([
      ['Darren Wilson', 'person'],
      ['Charles Geiger', 'person'],
      ['Woodburn', 'place'],
      ['Woodburn', 'place'],
      ['Amatrice', 'place'],
      ['Fabio Gammarota', 'person'],
    ]);
  });
});

describe('entities: titles before names, bodies by their last word, party members', () => {
  it('strips a capitalised job title, and keeps the employer named before a lower-case one', () => {
    const { mentions } = read('It rained. Coach Sean Payton and Quarterback Peyton Manning met Associated Press writer Seth Borenstein.');
    expect(mentions.map((m) => [m.text, m.type])).toEqual([
      ['Sean Payton', 'person'],
      ['Peyton Manning', 'person'],
      ['Associated Press', 'organization'],
      ['Seth Borenstein', 'person'],
    ]);
  });

  it('reads the employer inside a role as an entity of its own, at a paragraph start too, never a modifier', () => {
    const { mentions } = read('He left.\n\nAssociated Press writer David Porter contributed. Kremlin spokesperson Dmitry Peskov, a senior Pentagon official and New Orleans coach Sean Payton spoke.');
    expect(mentions.map((m) => [m.text, m.type])).toEqual([
      ['Associated Press', 'organization'],
      ['David Porter', 'person'],
      ['Kremlin', 'organization'],
      ['Dmitry Peskov', 'person'],
      ['Pentagon', 'organization'],
      ['New Orleans', 'place'],
      ['Sean Payton', 'person'],
    ]);
  });

  it('takes an occupation in lower case before a name for a role, and "the actor" for the person it was given to', () => {
    const a = annotateText('It rained. The show starred actor James Van Der Beek. "It was hard," said the actor. Fox News host Sean Hannity agreed. "I love it," the host said.');
    expect(a.entityIndex.find((e) => e.name === 'James Van Der Beek')?.roles).toEqual(['actor']);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['James Van Der Beek', 'Sean Hannity']);
  });

  it('types hotels, studios, seminaries and banks as bodies, and a party member described by place as no one', () => {
    const { mentions } = read('It rained. Goldman Sachs, the Plaza Hotel, Sony Pictures and Princeton Theological Seminary agreed with a Florida Republican.');
    expect(mentions.map((m) => [m.text, m.type])).toEqual([
      ['Goldman Sachs', 'organization'],
      ['Plaza Hotel', 'organization'],
      ['Sony Pictures', 'organization'],
      ['Princeton Theological Seminary', 'organization'],
      ['Florida Republican', 'other'],
    ]);
  });
});

describe('entities: words that open sentences and describe faiths', () => {
  it('takes no capitalised adverb opening a sentence, nor a faith, for a person, whatever description follows', () => {
    const { mentions } = read('Slightly more was requested.\n\nStill, then-Deputy Assistant Secretary Charlene Lamb said no. His opponent, Matthew Lesser, who is Jewish, ran.');
    expect(mentions.map((m) => [m.text, m.type])).toEqual([
      ['Charlene Lamb', 'person'],
      ['Matthew Lesser', 'person'],
    ]);
  });
});

describe('entities: teams, storms, branches named after places', () => {
  it('types a known place and a common plural as a team, a storm by its first word, and keeps people named like places', () => {
    const { mentions } = read('It rained. The Chicago Bears beat the Washington Nationals as Hurricane Katrina hit. Surrey Fire and Scotland Yard came. Paris Hilton, Jordan Peterson and Chelsea Clinton watched.');
    expect(mentions.map((m) => [m.text, m.type])).toEqual([
      ['Chicago Bears', 'organization'],
      ['Washington Nationals', 'organization'],
      ['Hurricane Katrina', 'other'],
      ['Surrey Fire', 'organization'],
      ['Scotland Yard', 'organization'],
      ['Paris Hilton', 'person'],
      ['Jordan Peterson', 'person'],
      ['Chelsea Clinton', 'person'],
    ]);
  });
});

describe('entities: "First Lady" as a title', () => {
  it('reads "First Lady" as her title, so a lone surname is not taken for her name', () => {
    // Before, "First Lady Melania Trump" was the longest name, placed first, and every lone "Trump" joined it.
    const { mentions } = read('It rained. President Donald Trump spoke. First Lady Melania Trump visited the island. Trump said it went well.');
    expect(mentions.map((m) => [m.text, m.name])).toEqual([
      ['Donald Trump', 'Donald Trump'],
      ['Melania Trump', 'Melania Trump'],
      ['Trump', 'Donald Trump'],
    ]);
  });
});

describe('entities: middle names and initials', () => {
  it('joins a name written without its middle name or initials to the full one, never across "Jr."', () => {
    const names = (text: string) => read(text).mentions.map((m) => `${m.text} => ${m.name}`);
    expect(names('It rained. Donald J. Trump spoke. Donald Trump left. Trump said so.')).toEqual([
      'Donald J. Trump => Donald J. Trump',
      'Donald Trump => Donald J. Trump',
      'Trump => Donald J. Trump',
    ]);
    expect(names('It rained. Hillary Rodham Clinton spoke. Hillary Clinton left.')).toEqual([
      'Hillary Rodham Clinton => Hillary Rodham Clinton',
      'Hillary Clinton => Hillary Rodham Clinton',
    ]);
    expect(names('It rained. Jesse L. Jackson Jr. pleaded guilty. His father Jesse Jackson wept.')).toEqual([
      'Jesse L. Jackson Jr. => Jesse L. Jackson Jr.',
      'Jesse Jackson => Jesse Jackson',
    ]);
  });
});

describe('entities: familiar and formal first names', () => {
  it('joins "Chuck Schumer" to "Charles E. Schumer", and finds the person by the familiar first name alone', () => {
    const names = (text: string) => read(text).mentions.map((m) => `${m.text} => ${m.name}`);
    expect(names('It rained. Charles E. Schumer spoke. Chuck Schumer left. Schumer said so.')).toEqual([
      'Charles E. Schumer => Charles E. Schumer',
      'Chuck Schumer => Charles E. Schumer',
      'Schumer => Charles E. Schumer',
    ]);
    expect(names('It rained. Richard Blumenthal spoke. Dick Blumenthal left. They talked to Dick about it.')).toEqual([
      'Richard Blumenthal => Richard Blumenthal',
      'Dick Blumenthal => Richard Blumenthal',
      'Dick => Richard Blumenthal',
    ]);
  });
});

describe('entities: titles, shows, streets and companies shaped like names', () => {
  const typeOf = (text: string, name: string) => read(text).mentions.find((m) => m.text === name)?.type ?? null;

  it.each([
    ['As Secretary of State, she had the honor to lead.', 'State'],
    ['He earned Coach of the Year honors in 1987.', 'Year'],
    ['It followed the return of the President of the Republic.', 'Republic'],
  ])('reads a common word ending a title as part of it, no person: %s', (text, word) => {
    expect(typeOf(text, word)).toBeNull();
  });

  it('keeps a place or a body named after an office ("Governor of Alaska", "Secretary of the Navy")', () => {
    expect(typeOf('The Governor of Alaska has apologized.', 'Alaska')).toBe('place');
    expect(typeOf('He was never offered the job of Secretary of the Navy.', 'Navy')).toBe('organization');
  });

  it.each([
    ['She said on ABC’s This Week With George Stephanopoulos last Sunday.', 'Week With George Stephanopoulos', 'other'],
    ['She once appeared on "The Jackie Gleason Show" on television.', 'Jackie Gleason Show', 'other'],
    ['He wrote in his widely read Election Law Blog.', 'Election Law Blog', 'organization'],
    ['Kellogg Co., citing the deterioration of the economy, pulled out of Venezuela.', 'Kellogg Co.', 'organization'],
    ['She rents a house on 22nd Street S., near the Pentagon City neighborhood.', '22nd Street S.', 'place'],
    ['Robbers entered the store on the chic Avenue Montaigne in central Paris.', 'Avenue Montaigne', 'place'],
    ['Dr Carmine Galasso, a lecturer at University College London, agrees.', 'University College London', 'organization'],
  ])('types a run shaped like a name by its words, no person: %s', (text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });

  it('takes no one for a league named after its sport ("Major League Baseball")', () => {
    expect(read('Teams in Major League Baseball are willing to pay.').mentions.filter((m) => m.type === 'person')).toEqual([]);
  });

  it.each([
    ['Other teams in the battle for Teixeira are the Baltimore Orioles and the Red Sox.', 'Baltimore Orioles'],
    ['They saw The Beatles at the Lewisham Odeon in December 1963.', 'Lewisham Odeon'],
    ['An Indian navy ship, the INS Mysore, was escorting merchant ships.', 'INS Mysore'],
  ])('takes a name after "the" for a thing: %s', (text, name) => {
    expect(typeOf(text, name)).not.toBe('person');
    expect(typeOf(text, name)).not.toBeNull();
  });

  it('keeps a person after "the" when a noun follows or a given name opens the name', () => {
    expect(typeOf('He took a job in the Hillary Clinton campaign last year.', 'Hillary Clinton')).toBe('person');
    expect(typeOf('Minutes after the Yvonne Hiller was escorted out, she returned.', 'Yvonne Hiller')).toBe('person');
  });

  it('takes no time stamp and no run of initials for a person', () => {
    expect(read('Posted 10:30 AM ET Last Updated 11:45 AM ET.\n\nThe plan was announced.').mentions.filter((m) => m.type === 'person')).toEqual([]);
    expect(typeOf('Regina Benjamin, M. D., M. B. A., was nominated.', 'M. D.')).not.toBe('person');
    expect(typeOf('He was bribing the police of Old Tappan, N. J., for years.', 'N. J.')).not.toBe('person');
  });

  it('leaves an occupation opening the sentence, or an epithet, out of the name', () => {
    expect(read('Actor Burt Reynolds died on Thursday.').mentions.map((m) => [m.text, m.type])).toContainEqual(['Burt Reynolds', 'person']);
    expect(read('Seaman James Derek Lovelace, 20, died.').mentions.map((m) => [m.text, m.type])).toContainEqual(['James Derek Lovelace', 'person']);
    expect(read('He keeps calling her Crooked Hillary Clinton at rallies.').mentions.map((m) => [m.text, m.type])).toContainEqual(['Hillary Clinton', 'person']);
    expect(read('The New York Yankees won.').mentions.filter((m) => m.type === 'person')).toEqual([]);
  });

  it.each([
    ['She worked at the Kraft Foods plant in Northeast Philadelphia before.', 'Northeast Philadelphia', 'place'],
    ['He entered a not guilty plea at Taunton Deane Magistrates and was remanded.', 'Taunton Deane Magistrates', 'organization'],
  ])('types places and courts by their first and last words: %s', (text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });

  it('reads surnames with an inner capital ("McCain", "DeGeneres", "LaRue") as names', () => {
    const text = 'John McCain spoke with Ellen DeGeneres and Fred LaRue on Tuesday.';
    expect(read(text).mentions.map((m) => [m.text, m.type])).toEqual([
      ['John McCain', 'person'],
      ['Ellen DeGeneres', 'person'],
      ['Fred LaRue', 'person'],
    ]);
  });

  it('splits a person from the body named after "of", when a given name opens the name', () => {
    const text = 'Rick McGuire of the Alpine Lakes Protection Society spoke. Judge Henry E. Hudson of Federal District Court ruled. The Bank of America fell.';
    const mentions = read(text).mentions.map((m) => [m.text, m.type]);
    expect(mentions).toContainEqual(['Rick McGuire', 'person']);
    expect(mentions).toContainEqual(['Alpine Lakes Protection Society', 'organization']);
    expect(mentions).toContainEqual(['Henry E. Hudson', 'person']);
    expect(mentions).toContainEqual(['Federal District Court', 'organization']);
    expect(mentions.filter(([, type]) => type === 'person')).toHaveLength(2);
  });

  it('splits a person from one word after "of", unless the name is made of common words', () => {
    const mentions = read('Officer Charles Geiger of the LAPD said so. Julian Assange of WikiLeaks spoke. She joined the Florida Artist Hall of Fame.').mentions.map((m) => [m.text, m.type]);
    expect(mentions).toContainEqual(['Charles Geiger', 'person']);
    expect(mentions).toContainEqual(['Julian Assange', 'person']);
    expect(mentions.map(([text]) => text)).not.toContain('Fame');
  });

  it('splits a titled surname from the body or place after "of", but not a title from its last word', () => {
    const mentions = read('Dr. Gupta of Emory University spoke. Justice Ginsburg of the U.S. Supreme Court said so. As Secretary of State, she led.').mentions.map((m) => [m.text, m.type]);
    expect(mentions).toContainEqual(['Gupta', 'person']);
    expect(mentions).toContainEqual(['Emory University', 'organization']);
    expect(mentions).toContainEqual(['Ginsburg', 'person']);
    expect(mentions.map(([text]) => text)).not.toContain('State');
  });

  it("reads a body in the possessive inside an appositive as the person's employer", () => {
    const text = '"We are not asking for much," said Rafael Onstad, the union\'s general secretary, outside the terminal.';
    expect(read(text).mentions.map((m) => [m.text, m.type])).toContainEqual(['Rafael Onstad', 'person']);
  });
});

describe('entities: acronyms of bodies', () => {
  it('types the acronyms news uses for bodies as organisations, as written, and joins an acronym to its full name', () => {
    const { mentions } = read('Thompson was nominated by the IBF. The GOP said the Republican Party would win. ICE agents came. Ice Cube sang. The DOJ and the Justice Department agreed.');
    expect(mentions.filter((m) => m.type === 'organization').map((m) => [m.text, m.name])).toEqual([
      ['IBF', 'International Boxing Federation'],
      ['GOP', 'Republican Party'],
      ['Republican Party', 'Republican Party'],
      ['ICE', 'Immigration and Customs Enforcement'],
      ['DOJ', 'Justice Department'],
      ['Justice Department', 'Justice Department'],
    ]);
    expect(mentions.find((m) => m.text === 'Ice Cube')?.type).not.toBe('organization');
  });

  it('reads an acronym written with full stops as the one written without', () => {
    const { mentions } = read('It rained. The F.B.I. and the C.I.A. met the R.N.C.');
    expect(mentions.map((m) => [m.text, m.type, m.name])).toEqual([
      ['F.B.I.', 'organization', 'FBI'],
      ['C.I.A.', 'organization', 'CIA'],
      ['R.N.C.', 'organization', 'Republican National Committee'],
    ]);
  });
});

describe('sentences after a title abbreviation', () => {
  it('does not end a sentence at "Det.", "Rev.", "Cpl." or "Maj." before a name', () => {
    const a = annotateText('"No," Det. Charles Geiger said. The Rev. Larry Kroon spoke, with Cpl. Bo Ru and Maj. Gen. Al Li. He met Dr. Smith. Then he left.');
    expect(a.sentences.map((s) => s.text)).toEqual([
      '"No," Det. Charles Geiger said.',
      'The Rev. Larry Kroon spoke, with Cpl. Bo Ru and Maj. Gen. Al Li.',
      'He met Dr. Smith.',
      'Then he left.',
    ]);
    expect(read('"This is not amateur hour," Det. Charles Geiger of the LAPD’s Robbery-Homicide Division told NBC Los Angeles.').speakers).toEqual(['Charles Geiger']);
  });
});

describe('entities: a name with the kind of place it is', () => {
  it('types a name followed by "island", "province", "region"... as a place, not one followed by a noun it qualifies', () => {
    const { mentions } = read('The tremor struck Qeshm island, at the entrance to the Gulf. Clashes hit Akhal province and the Le Marche region last week. Trump held a Clinton town hall.');
    const types = new Map(mentions.map((m) => [m.text, m.type]));
    expect(types.get('Qeshm')).toBe('place');
    expect(types.get('Akhal')).toBe('place');
    expect(types.get('Le Marche')).toBe('place');
    expect(types.get('Clinton')).not.toBe('place');
  });
});

describe('entities: a given name alone, speaking', () => {
  it('types it a person, not after a preposition, and not a surname alone (companies speak as often)', () => {
    const { mentions } = read('The lake was cold. "It is crazy," Angela told Metro. The first people to stop were a mom and dad, said Malia, who was there. "We sell it," Waitrose said. The prosecutor in Palermo said so.');
    const types = new Map(mentions.map((m) => [m.text, m.type]));
    expect(types.get('Angela')).toBe('person');
    expect(types.get('Malia')).toBe('person');
    expect(types.get('Waitrose')).not.toBe('person');
    expect(types.get('Palermo')).not.toBe('person');
  });
});

describe('entities: teams and their nicknames', () => {
  it('types a team named by a city of two words or a given name and a plural, and joins the nickname alone to it', () => {
    const { mentions } = read('It rained. Fans said the Carolina Panthers won. The former New York Yankees manager Joe Torre played. The Yankees lost. We watched Meet the Press and the Associated Press story.');
    const byText = new Map(mentions.map((m) => [m.text, m]));
    expect(byText.get('Carolina Panthers')?.type).toBe('organization');
    expect(byText.get('New York Yankees')?.type).toBe('organization');
    expect(byText.get('Yankees')).toEqual({ text: 'Yankees', type: 'organization', name: 'New York Yankees' });
    expect(byText.get('Joe Torre')?.type).toBe('person');
    expect(byText.get('Press')?.name).not.toBe('Associated Press');
  });

  it('types a pass, canyon, falls or fault as a place, and keeps a given name and "Creek" before a speech verb a person', () => {
    const { mentions } = read('It snowed. Snow closed the Tejon Pass near the San Andreas Fault and Niagara Falls. Patrick Creek said so.');
    const types = new Map(mentions.map((m) => [m.text, m.type]));
    expect(types.get('Tejon Pass')).toBe('place');
    expect(types.get('San Andreas Fault')).toBe('place');
    expect(types.get('Niagara Falls')).toBe('place');
    expect(types.get('Patrick Creek')).toBe('person');
  });
});

describe('entities: ships, labels in capitals, bodies opened by an acronym', () => {
  it('types a ship as no person, drops a label in capitals before a name, and types a body opened by an acronym', () => {
    const { mentions } = read(
      'It rained today.\n\nJUST WATCHED Mitt Romney spoke. The INS Sukanya sailed with the USS Cole. DSM North America and LPL Financial grew. JD Vance and RNC Co-Chairwoman Ann Wagner met. NASA Administrator Bill Nelson spoke.',
    );
    const types = new Map(mentions.map((m) => [m.text, m.type]));
    expect(types.get('Mitt Romney')).toBe('person');
    expect(types.get('INS Sukanya')).toBe('other');
    expect(types.get('USS Cole')).toBe('other');
    expect(types.get('DSM North America')).toBe('organization');
    expect(types.get('LPL Financial')).toBe('organization');
    expect(types.get('JD Vance')).toBe('person');
    expect(types.get('RNC Co-Chairwoman Ann Wagner')).not.toBe('organization');
    expect(types.get('Bill Nelson')).toBe('person');
  });
});

describe('entities: major-league teams', () => {
  it('types a team by its nickname after a place or any name, not after a given name or a nationality', () => {
    const { mentions } = read('It rained. The Chargers play the Pittsburgh Steelers Sunday. The Miami Heat and the Golden State Warriors met. Howard Hawks directed it. American Indians protested.');
    const types = new Map(mentions.map((m) => [m.text, m.type]));
    expect(types.get('Pittsburgh Steelers')).toBe('organization');
    expect(types.get('Miami Heat')).toBe('organization');
    expect(types.get('Golden State Warriors')).toBe('organization');
    expect(types.get('Howard Hawks')).toBe('person');
    expect(types.get('American Indians')).not.toBe('organization');
  });
});

describe('entities: a word alone that opens a name', () => {
  it('joins a family name written first, or a given name, to the one person whose name it opens', () => {
    const { mentions } = read('It rained. Chinese President Xi Jinping met Kim Davis. Xi said the talks went well. Activist Chen Guangcheng escaped. Chen said he was safe. Malia Obama came. "Hi," Malia said.');
    const names = new Map(mentions.map((m) => [m.text, m.name]));
    expect(names.get('Xi')).toBe('Xi Jinping');
    expect(names.get('Chen')).toBe('Chen Guangcheng');
    expect(names.get('Malia')).toBe('Malia Obama');
  });

  it('prefers a surname, and joins no one when two names open with the word', () => {
    const { mentions } = read('It rained. Frank Lautenberg and Barney Frank met. Frank said no. John Boehner and John McLaughlin met. John said yes.');
    const names = new Map(mentions.map((m) => [m.text, m.name]));
    expect(names.get('Frank')).toBe('Barney Frank');
    expect(names.get('John')).toBe('John');
  });
});

describe('entities: a word of quantity opening a sentence', () => {
  it('is not part of the name after "of", however the tagger read it', () => {
    const { mentions } = read('It rained.\n\nVARNHOLM, Veridia: Part of the Kestrel Gorge Dam gave way. Members of Congress met. Most of Europe froze.');
    const texts = mentions.map((m) => m.text);
    expect(texts).toContain('Kestrel Gorge Dam');
    expect(texts).toContain('Congress');
    expect(texts).toContain('Europe');
    expect(texts.some((t) => /^(?:Part|Members|Most) of/.test(t))).toBe(false);
  });
});

describe('entities: datelines and state abbreviations', () => {
  it('types the region of a dateline and the AP abbreviation of a state as places, joined to the state', () => {
    const { mentions } = read('It rained.\n\nVARNHOLM, Veridia: the dam gave way. He was born in Nashville, Tenn., in 1950 and moved to Tennessee later.');
    const byText = new Map(mentions.map((m) => [m.text, m]));
    expect(byText.get('Veridia')?.type).toBe('place');
    expect(byText.get('Tenn.')).toEqual({ text: 'Tenn.', type: 'place', name: 'Tennessee' });
  });
});

describe('entities: the word after a dateline agency', () => {
  it('reads the word after "(Reuters) -" as opening a sentence', () => {
    const { mentions } = read('It rained.\nKYIV, Ukraine (Reuters) - Talks began on Monday.');
    expect(mentions.map((m) => m.text)).not.toContain('Talks');
  });
});

describe('entities: places the gazetteer knows', () => {
  it('knows the countries of the UK, the rest of the world, big and US cities, seas and gulfs; not given names', () => {
    const { mentions } = read('It rained. Ships from England and Turkmenistan sailed from Denver to Palermo and through the Gulf of Aden. Then Madison spoke.');
    const types = new Map(mentions.map((m) => [m.text, m.type]));
    for (const place of ['England', 'Turkmenistan', 'Denver', 'Palermo', 'Gulf of Aden']) expect(types.get(place), place).toBe('place');
    expect(types.get('Madison')).not.toBe('place');
  });
});

describe('entities: companies shaped like names, places opened by "Rancho"', () => {
  it('types them by the gazetteer and the prefix', () => {
    const { mentions } = read('It rained. Wells Fargo and Morgan Stanley fell while Toyota rose. She lives in Rancho Mirage.');
    const types = new Map(mentions.map((m) => [m.text, m.type]));
    expect(types.get('Wells Fargo')).toBe('organization');
    expect(types.get('Morgan Stanley')).toBe('organization');
    expect(types.get('Toyota')).toBe('organization');
    expect(types.get('Rancho Mirage')).toBe('place');
  });
});

describe('entities: names that are also months', () => {
  it('reads a month after a given name or a title, or before a speech verb, as a surname', () => {
    const { mentions } = read(
      'British Prime Minister Theresa May said on Tuesday that talks would go on. May said the deal was good. Mrs May left for Brussels in May. Brian May played guitar on May 5.',
    );
    expect(mentions.filter((m) => m.type === 'person').map((m) => [m.text, m.name])).toEqual([
      ['Theresa May', 'Theresa May'],
      ['May', 'Theresa May'],
      ['May', 'Theresa May'],
      ['Brian May', 'Brian May'],
    ]);
    expect(mentions.map((m) => m.text)).not.toContain('May 5');
  });

  it('reads a given name that is a month before a surname, but not a month after a preposition', () => {
    const { mentions } = read('Gov. Jan Brewer signed the bill. Correspondent April Ryan asked a question. In April Congress passed the law. By June Smith had left.');
    const people = mentions.filter((m) => m.type === 'person').map((m) => m.text);
    expect(people).toContain('Jan Brewer');
    expect(people).toContain('April Ryan');
    expect(people).not.toContain('April Congress');
    expect(people.some((p) => p.startsWith('June'))).toBe(false);
  });
});

describe('entities: chambers, outlets named short, numbered streets, local places, relatives', () => {
  it('reads "the House" and a parliament as bodies, not a house at a sentence start', () => {
    const { mentions } = read('In the House, Democratic lawmakers objected. The bill went to the Commons, and Parliament voted.');
    expect(mentions.filter((m) => m.type === 'organization').map((m) => m.text)).toEqual(['House', 'Commons', 'Parliament']);
    expect(read('It rained. House prices rose in London, and a House of Cards fan said so.').mentions.filter((m) => m.type === 'organization')).toEqual([]);
  });

  it('joins "the Post" to the outlet named in full before it', () => {
    const { mentions } = read('The Washington Post reported the deal on Monday. Felt died at his home, the Post stated.');
    expect(mentions.map((m) => [m.text, m.type, m.name])).toEqual([
      ['Washington Post', 'organization', 'The Washington Post'],
      ['Post', 'organization', 'The Washington Post'],
    ]);
  });

  it('reads no abbreviation of a number as a name', () => {
    expect(read('The win gave the Colts the No. 5 seed in the playoffs.').mentions.map((m) => m.text)).toEqual(['Colts']);
  });

  it('reads a numbered street as a place, and no letter of a party-state tag as a name', () => {
    const { mentions } = read('She was struck at 97th Avenue and 117th Street near West 52nd St. "It is bad," Sen. John Thune (R-S.D.) said.');
    expect(mentions.map((m) => [m.text, m.type])).toEqual([
      ['97th Avenue', 'place'],
      ['117th Street', 'place'],
      ['West 52nd St.', 'place'],
      ['John Thune', 'person'],
    ]);
  });

  it('reads a name before a local office as a place, and a name after a relative as a person', () => {
    const { mentions } = read('Investigators said a Woodburn police officer was killed. Her older sister Kate is a wild child, and his son Hunter left.');
    expect(mentions.map((m) => [m.text, m.type])).toEqual([
      ['Woodburn', 'place'],
      ['Kate', 'person'],
      ['Hunter', 'person'],
    ]);
  });
});

describe('entities: bodies after an office, appositives that describe people, openers', () => {
  it('reads the body an office is of as a body, not a person named by its last word', () => {
    const { mentions } = read('"It is political," said Michael Hutchins, executive director and CEO of The Wildlife Society.');
    expect(mentions.map((m) => [m.text, m.type])).toEqual([
      ['Michael Hutchins', 'person'],
      ['Wildlife Society', 'organization'],
    ]);
  });

  it('does not take a person for a body when the appositive only names a party in passing', () => {
    const { mentions } = read('It rained. Yannick Jadot, a former Green party presidential candidate, asked for answers. Greenpeace Direct, a campaign group, agreed.');
    expect(mentions.map((m) => [m.text, m.type])).toEqual([
      ['Yannick Jadot', 'person'],
      ['Green', 'other'],
      ['Greenpeace Direct', 'organization'],
    ]);
  });

  it('leaves a modifier opening the sentence out of a body\'s name', () => {
    const { mentions } = read('It rained.\n\nTop Senate leaders including Senate Republican Leader Mitch McConnell condemned the remarks.');
    expect(mentions.map((m) => m.text)).toEqual(['Senate', 'Mitch McConnell']);
  });
});

describe('entities: companies by what they have', () => {
  it('reads a name no word of the language before a store, a factory or shares as a company', () => {
    const { mentions } = read('A fire broke out at a Waitrose supermarket in Wellington. A worker opened fire at a Foxconn factory, and Costco shares fell. Obama supporters cheered.');
    expect(mentions.filter((m) => m.type === 'organization').map((m) => m.text)).toEqual(['Waitrose', 'Foxconn', 'Costco']);
  });
});

describe('entities: teams by their nickname alone', () => {
  it('reads a capitalised major-league nickname after "the" as a team, and joins it to the team named in full', () => {
    const { mentions } = read('Stefanski fired Cheeks with the Sixers at 9-14. He said the Angels might call. The Indianapolis Colts won, and the Colts are in.');
    expect(mentions.filter((m) => m.type === 'organization').map((m) => [m.text, m.name])).toEqual([
      ['Sixers', 'Sixers'],
      ['Angels', 'Angels'],
      ['Indianapolis Colts', 'Indianapolis Colts'],
      ['Colts', 'Indianapolis Colts'],
    ]);
  });
});

describe('entities: bodies named "X of Y"', () => {
  it('reads a kind of body before "of" as heading a body\'s name, and a board, a conference or a unit as bodies', () => {
    const { mentions } = read(
      'It rained. Officials at the Bloomberg School of Public Health and the Department of Health agreed. The Democratic Party of Turkmenistan won. The Accountability Review Board met. The Eastern Conference final is Monday.',
    );
    expect(mentions.filter((m) => m.type === 'organization').map((m) => m.text)).toEqual([
      'Bloomberg School of Public Health',
      'Department of Health',
      'Democratic Party of Turkmenistan',
      'Accountability Review Board',
      'Eastern Conference',
    ]);
  });
});

describe('entities: products, plural roles, watchdogs', () => {
  it('reads a known company and a word after it as a product, no person', () => {
    expect(read('A woman was hit by a silver Toyota Camry.').mentions.map((m) => [m.text, m.type])).toEqual([['Toyota Camry', 'other']]);
  });

  it('reads a plural role before given names as a role, and "Watch" as ending a body', () => {
    const { mentions } = read('It rained. Producers Laurence Mark and John Smith said so. Publicist Cece Yorke declined. Human Rights Watch said it was bad.');
    expect(mentions.map((m) => [m.text, m.type])).toEqual([
      ['Laurence Mark', 'person'],
      ['John Smith', 'person'],
      ['Cece Yorke', 'person'],
      ['Human Rights Watch', 'organization'],
    ]);
  });
});

describe('entities: a surname alone among two people of that name', () => {
  it('joins the one the article introduced first', () => {
    const { mentions } = read('Frederick C. LaRue, a Nixon aide, has died. His father, Ike Parsons LaRue Sr., was a banker. "I joined in that coverup," LaRue said.');
    expect(mentions.filter((m) => m.text === 'LaRue').map((m) => m.name)).toEqual(['Frederick C. LaRue']);
  });
});

describe('entities: firms named by what they do', () => {
  it('reads advisors, associates, consulting and communications as ending a firm\'s name', () => {
    const { mentions } = read('It rained. Gordon Advisors said the deal was done. Smith Associates agreed, and Glover Park Communications declined.');
    expect(mentions.map((m) => [m.text, m.type])).toEqual([
      ['Gordon Advisors', 'organization'],
      ['Smith Associates', 'organization'],
      ['Glover Park Communications', 'organization'],
    ]);
  });
});

describe('entities: squares named first', () => {
  it('reads "Place" and "Piazza" opening a name as a place', () => {
    expect(read("Thieves struck a jeweller near Paris's chic Place Vendôme on Tuesday.").mentions.map((m) => [m.text, m.type])).toEqual([
      ['Paris', 'place'],
      ['Place Vendôme', 'place'],
    ]);
  });
});

describe('entities: a month after a speech verb', () => {
  it('reads "May" between a speech verb and a surname as a given name', () => {
    const { mentions, speakers } = read('It rained. "Thank you all," wrote May Kollaritsch. The fair opens in May.');
    expect(mentions.map((m) => [m.text, m.type])).toEqual([['May Kollaritsch', 'person']]);
    expect(speakers).toEqual(['May Kollaritsch']);
  });
});

describe('entities: words after a quotation mark set off by spaces', () => {
  it('reads a name after a closing mark apart from its words as mid-sentence, a word after an opening one as a sentence start', () => {
    const { mentions, speakers } = read('It rained. "The plan has failed, " Grifo said. Then Lauten answered with a nonchalant, "Nah." He said, " Yes, we will. "');
    expect(mentions.map((m) => m.text)).toEqual(['Grifo', 'Lauten']);
    expect(speakers[0]).toBe('Grifo');
  });
});

describe("entities: offices named after their holder", () => {
  it("reads \"the U.S. Attorney's Office\" and \"the Sheriff's Office\" as bodies, not a role and a word", () => {
    const { mentions, speakers } = read(
      'It rained. "The Hunters knew the money was not theirs," according to the U.S. Attorney’s Office. The Marion County Sheriff\'s Office said two men died. The governor\'s office said no.',
    );
    expect(mentions.map((m) => [m.text, m.type])).toEqual([
      ['Hunters', 'other'],
      ['U.S. Attorney’s Office', 'organization'],
      ["Marion County Sheriff's Office", 'organization'],
    ]);
    expect(speakers).toEqual(["U.S. Attorney's Office"]);
  });
});

describe('entities: words that fill a quotation', () => {
  it("reads a quoted title of capitalised words as a title, not a person a later 'he' could stand for", () => {
    const { mentions, speakers } = read(
      "Jack Ketsoyan spoke for her. Her film credits include 'American Pie' and 'The Big Lebowski.' \"Tara was 100 percent professional,\" he told reporters.",
    );
    expect(mentions.filter((m) => m.text === 'Big Lebowski' || m.text === 'American Pie').map((m) => m.type)).toEqual(['other', 'other']);
    expect(speakers).toEqual(['Jack Ketsoyan']);
  });
});

describe('entities: outlets spelled with an exclamation mark', () => {
  it('reads "E! News" whole, in one sentence, and cites it when someone told it', () => {
    const a = annotateText('It rained. Her rep told E! News on Friday that she was fine. She told Us Weekly the same. KCNA said so.');
    expect(a.entities.map((m) => [m.text, m.type])).toEqual([
      ['E! News', 'organization'],
      ['Us Weekly', 'organization'],
      ['KCNA', 'organization'],
    ]);
    expect(a.sentences).toHaveLength(4);
    expect(a.cites.map((c) => [c.name, c.kind])).toContainEqual(['E! News', 'outlet']);
  });
});

describe('entities: a source after "according to"', () => {
  it('does not read a lone name after "according to" as a place, and cites it', () => {
    const a = annotateText('It rained. According to Kicktraq, the project raised $55,000. He went to Varnholm.');
    expect(a.entities.map((m) => [m.text, m.type])).toEqual([
      ['Kicktraq', 'other'],
      ['Varnholm', 'place'],
    ]);
    expect(a.cites.map((c) => c.name)).toEqual(['Kicktraq']);
  });
});

describe('entities: role words that are surnames', () => {
  it('reads a role word right after a given name as the surname, and alone later as that person', () => {
    const { mentions, speakers } = read(
      'Billy King spun the coaching door again.\n\nKing said he had the support of Ed Snider.\n\n"Mo is family," King said.\n\nFormer British prime minister John Major said it was wrong.',
    );
    expect(mentions.map((m) => [m.text, m.type, m.name])).toEqual([
      ['Billy King', 'person', 'Billy King'],
      ['King', 'person', 'Billy King'],
      ['Ed Snider', 'person', 'Ed Snider'],
      ['King', 'person', 'Billy King'],
      ['John Major', 'person', 'John Major'],
    ]);
    expect(speakers).toEqual(['Billy King']);
  });

  it('keeps the role word a title before a name, and after a title the given-name lists hold', () => {
    const { mentions } = read('King Charles met Prince William. The delegation included Sergeant Major of the Army Michael Weimer.');
    expect(mentions.map((m) => [m.text, m.type])).toEqual([
      ['Charles', 'person'],
      ['William', 'person'],
      ['Michael Weimer', 'person'],
    ]);
  });
});

describe('entities: bases', () => {
  it('types a name ending in "Base" as a place', () => {
    const { mentions } = read('The baby was born at Otis Air Force Base. He flew on to Bagram Air Base.');
    expect(mentions.map((m) => [m.text, m.type])).toEqual([
      ['Otis Air Force Base', 'place'],
      ['Bagram Air Base', 'place'],
    ]);
  });
});

describe('entities: parties, their people and God after a place cue', () => {
  it('does not type a party word, its people or God as a place after "to", "by", "in"', () => {
    const { mentions } = read('The bill went to Democratic leaders in Kent. It was opposed by Republicans. He gave thanks to God.');
    expect(mentions.map((m) => [m.text, m.type])).toEqual([
      ['Democratic', 'other'],
      ['Kent', 'place'],
      ['Republicans', 'other'],
      ['God', 'other'],
    ]);
  });
});

describe('entities: courtesy titles and surnames shared in a family', () => {
  it('does not give "Mr. Obama" to Malia Obama, and a bare "Obama" after it goes with him', () => {
    const { mentions } = read('Malia Obama and Sasha Obama were bored.\n\n"You want to pet him?" Mr. Obama asked his daughters.\n\n"Nah," Malia said. President Obama laughed.');
    expect(mentions.map((m) => [m.text, m.name])).toEqual([
      ['Malia Obama', 'Malia Obama'],
      ['Sasha Obama', 'Sasha Obama'],
      ['Obama', 'Obama'],
      ['Malia', 'Malia Obama'],
      ['Obama', 'Obama'],
    ]);
  });

  it('gives "Mrs. Biden" a person of her own, and a bare "Biden" to the man named in full', () => {
    const { mentions } = read('Joseph R. Biden Jr. spoke first. Mrs. Biden teaches at a college. Biden left early.');
    expect(mentions.map((m) => [m.text, m.name])).toEqual([
      ['Joseph R. Biden Jr.', 'Joseph R. Biden Jr.'],
      ['Biden', 'Biden'],
      ['Biden', 'Joseph R. Biden Jr.'],
    ]);
  });
});

describe('entities: names with letters past Latin-1', () => {
  it('keeps "Małgorzata", "Wałęsa", "Dvořák", "Łukasz" whole, and slugs them to ASCII', () => {
    const a = annotateText('"It is a controversial visit," said Małgorzata Bonikowska. Lech Wałęsa and Antonín Dvořák met Łukasz Kowalski.');
    expect(a.entities.map((m) => [m.text, m.type, m.entityId])).toEqual([
      ['Małgorzata Bonikowska', 'person', 'person:malgorzata-bonikowska'],
      ['Lech Wałęsa', 'person', 'person:lech-walesa'],
      ['Antonín Dvořák', 'person', 'person:antonin-dvorak'],
      ['Łukasz Kowalski', 'person', 'person:lukasz-kowalski'],
    ]);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Małgorzata Bonikowska']);
    expect(a.tokens.map((t) => t.text)).toContain('Wałęsa');
  });
});

describe('entities: law firms', () => {
  it('splits "Nanette Lee Miller of Marcum L.L.P." into the person and the firm', () => {
    const a = annotateText('"Taxes will rise," said Nanette Lee Miller of Marcum L.L.P. in New York.');
    expect(a.entities.map((m) => [m.text, m.type])).toEqual([
      ['Nanette Lee Miller', 'person'],
      ['Marcum L.L.P.', 'organization'],
      ['New York', 'place'],
    ]);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Nanette Lee Miller']);
  });
});

describe('entities: bodies named with "and" or "for", acronyms, places by their context', () => {
  it('reads a body named with "and" or "for" whole, and its acronym as the same body', () => {
    const { mentions } = read(
      'The Food and Drug Administration approved the drug. The FDA said trials were sound. Officials at Immigration and Customs Enforcement declined to comment. The Centers for Disease Control and Prevention said cases rose.',
    );
    expect(mentions.map((m) => [m.text, m.type, m.name])).toEqual([
      ['Food and Drug Administration', 'organization', 'Food and Drug Administration'],
      ['FDA', 'organization', 'Food and Drug Administration'],
      ['Immigration and Customs Enforcement', 'organization', 'Immigration and Customs Enforcement'],
      ['Centers for Disease Control and Prevention', 'organization', 'Centers for Disease Control and Prevention'],
    ]);
  });

  it('does not join two names across "and" when one is a person or place, a whole body, or bodies in the plural', () => {
    const { mentions } = read(
      'He praised the Obama and Biden Administration. The Senate Committee and House Committee voted. The US Interior and Commerce departments reported.',
    );
    expect(mentions.map((m) => m.text)).not.toContain('Obama and Biden Administration');
    expect(mentions.map((m) => m.text)).not.toContain('Senate Committee and House Committee');
    expect(mentions.map((m) => m.text)).not.toContain('US Interior and Commerce');
  });

  it('takes a word in capitals for the body of several words whose initials it is', () => {
    const { mentions } = read('The European Space Agency said its probe was healthy, and ESA engineers will meet again, the U.S. Fish and Wildlife Service (FWS) said.');
    expect(mentions.filter((m) => m.text === 'ESA' || m.text === 'FWS').map((m) => [m.text, m.type, m.name])).toEqual([
      ['ESA', 'organization', 'European Space Agency'],
      ['FWS', 'organization', 'U.S. Fish and Wildlife Service'],
    ]);
  });

  it('types a name by the kind of place before it or the state after it, and by a last word for cemeteries and film companies', () => {
    const { mentions } = read(
      'The quake hit the port city of Bandar Abbas. She was buried in Boca Raton, Florida, on Friday, at Westwood Memorial Cemetery. John Christie of Paperny Films said so.',
    );
    expect(mentions.map((m) => [m.text, m.type])).toEqual([
      ['Bandar Abbas', 'place'],
      ['Boca Raton', 'place'],
      ['Florida', 'place'],
      ['Westwood Memorial Cemetery', 'place'],
      ['John Christie', 'person'],
      ['Paperny Films', 'organization'],
    ]);
  });

  it('leaves a place in a list of places and teams alone', () => {
    const { mentions } = read('He has spent time with the Indianapolis Colts, Philadelphia and Buffalo this year.');
    expect(mentions.find((m) => m.text === 'Indianapolis Colts')?.type).toBe('organization');
  });

  it('takes a known place for the person of that surname when it speaks, and for the place otherwise', () => {
    const { mentions } = read('Eddie Jordan coached the team for years. Jordan said he was proud. He flew to Jordan on Monday.');
    expect(mentions.map((m) => [m.text, m.type, m.name])).toEqual([
      ['Eddie Jordan', 'person', 'Eddie Jordan'],
      ['Jordan', 'person', 'Eddie Jordan'],
      ['Jordan', 'place', 'Jordan'],
    ]);
  });

  it('types a body by the kind of body written right before it, not a person a verb follows nor a holiday', () => {
    const { mentions } = read(
      'The student news agency ISNA said three died. Researchers at security firm Trend Micro agreed. It was a company Donald Trump founded. Staff at a company Christmas party left. He walked into a staff Christmas party.',
    );
    expect(mentions.map((m) => [m.text, m.type])).toEqual([
      ['ISNA', 'organization'],
      ['Trend Micro', 'organization'],
      ['Donald Trump', 'person'],
      ['Christmas', 'other'],
      ['Christmas', 'other'],
    ]);
  });

  it('reads a counsel as a role before a name', () => {
    const { mentions } = read('White House Counsel John Dean testified on Monday.');
    expect(mentions.map((m) => [m.text, m.type])).toEqual([['John Dean', 'person']]);
  });
});
