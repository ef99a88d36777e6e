import { describe, expect, it } from 'vitest';
import { annotateText } from './annotate.ts';

/** Each quote of `text` with its speaker. */
function speakers(text: string): Array<[string, string | null]> {
  return annotateText(text).quotes.map((q) => [q.text, q.speaker]);
}

describe('quote speakers', () => {
  it('takes the speech verb nearest the quote, not a capitalised noun that looks like one', () => {
    expect(
      speakers('Kirill Dmitriev traveled to the United States in October for talks with other officials, which Russian sources characterized as "very productive."'),
    ).toEqual([['very productive', 'Russian sources']]);
  });

  it('keeps the person who said the words over the one whose belief they report', () => {
    expect(speakers('A White House official said Trump believes "there is a chance to end this war."')).toEqual([
      ['there is a chance to end this war', 'a White House official'],
    ]);
  });

  it('gives a verb with its subject left out the subject of the clause before', () => {
    expect(speakers('Mayor Ilse Marrec declined to give a figure but said "the damage is severe."')).toEqual([['the damage is severe', 'Ilse Marrec']]);
    expect(speakers('Mayor Ilse Marrec toured the shelter in Varnholm on Tuesday, saying "no one should go back yet."')).toEqual([
      ['no one should go back yet', 'Ilse Marrec'],
    ]);
  });

  it('reads a description set off after a name as describing it', () => {
    expect(speakers('Peter Carr, a spokesman for the special counsel, told reporters "the account is inaccurate."')).toEqual([
      ['the account is inaccurate', 'Peter Carr'],
    ]);
  });

  it('names no speaker for a passive introducer', () => {
    expect(speakers('Born in Brooklyn, the boxer was called "Chin" for short.')).toEqual([['Chin', null]]);
  });

  it('reads "according to" as naming the source', () => {
    expect(speakers('Those actors, according to the official, were "one step" removed from the government.')).toEqual([['one step', 'the official']]);
  });

  it('gives a clause opened by "he" the person a run of such sentences is about, verbs in a series too', () => {
    const text = [
      'Patrick Carlineo faces ten years in prison. Sentencing is set for February.',
      'He was arrested in April for the call to the offices of Ilhan Omar.',
      'During the call, he asked about the Muslim Brotherhood, called Omar a "terrorist" and said, "somebody ought to act," the prosecutor said.',
    ].join('\n\n');
    expect(speakers(text)).toEqual([
      ['terrorist', 'Patrick Carlineo'],
      ['somebody ought to act', 'Patrick Carlineo'],
    ]);
  });

  it('follows a quotation over paragraphs, left open where the next paragraph re-opens it', () => {
    const text = [
      'Secretary of State Mike Pompeo said the release "gives us hope for the negotiations.',
      '"We see these developments as hopeful signs."',
      'The US welcomed the exchange.',
      '"We are profoundly pleased.',
      '"We thank everyone who helped," said Scott Morrison.',
      'A stray "quotation mark with no end.',
      'Nothing re-opens it here.',
    ].join('\n\n');
    expect(speakers(text)).toEqual([
      ['gives us hope for the negotiations', 'Mike Pompeo'],
      ['We see these developments as hopeful signs', 'Mike Pompeo'],
      ['We are profoundly pleased', 'Scott Morrison'],
      ['We thank everyone who helped', 'Scott Morrison'],
    ]);
  });

  it('reads "the president" as the person the article made president', () => {
    const text = 'US President Donald Trump spoke in Ohio.\n\nThe president said on Tuesday that China "is going to have to make a deal that I like."';
    expect(speakers(text)).toEqual([['is going to have to make a deal that I like', 'Donald Trump']]);
  });

  it('finds ", said X" after a clause that names no one, but not a place or a listener', () => {
    expect(speakers('"The president wants a bigger deal" announced in October, said Derek Scissors, a scholar.')).toEqual([['The president wants a bigger deal', 'Derek Scissors']]);
    expect(speakers('"It was rushed" in the end, said on Capitol Hill by no one.')).toEqual([['It was rushed', null]]);
    // The words are the indictment's, which the clause before them names; not Credico's, who was told.
    expect(speakers('Stone, according to the indictment, "on multiple occasions" in 2017, told Randy Credico to lie.')).toEqual([['on multiple occasions', 'the indictment']]);
  });

  it('gives an office and a party-state tag their place: "Senate Majority Whip John Cornyn, R-Texas, said"', () => {
    expect(speakers('"He can get 100 votes," Senate Majority Whip John Cornyn, R-Texas, said on Capitol Hill.')).toEqual([['He can get 100 votes', 'John Cornyn']]);
  });

  it('names officers, neighbours and friends as described speakers, shouting or ordering', () => {
    expect(speakers('"Open the door!" an officer shouts. "Hands!" an officer ordered. "He was quiet," a neighbor said.')).toEqual([
      ['Open the door!', 'an officer'],
      ['Hands!', 'an officer'],
      ['He was quiet', 'a neighbor'],
    ]);
  });
});

describe('quote speakers: titles, continued paragraphs, bodies and other names', () => {
  it('reads a name after a courtesy title or a rank, before or after the verb', () => {
    expect(speakers('Officials met. "I did not say it," Mr. Steele said. "I said it," said Mrs. Brown. "No," Sen. Ted Cruz said.')).toEqual([
      ['I did not say it', 'Steele'],
      ['I said it', 'Brown'],
      ['No', 'Ted Cruz'],
    ]);
  });

  it('gives a paragraph that is only a quotation the speaker of the quote closing the paragraph before', () => {
    expect(speakers('Stone was arrested.\n\n"Make no mistake," DiGenova said.\n\n"This was designed to be vindictive."\n\nOthers disagreed.\n\n"It was not."')).toEqual([
      ['Make no mistake', 'DiGenova'],
      ['This was designed to be vindictive', 'DiGenova'],
      ['It was not', null],
    ]);
  });

  it('does not carry a speaker over a paragraph whose own attribution it cannot read', () => {
    const text =
      '"We would never accept that," Mr. Gingrich said.\n\n"Ground zero is hallowed," Elliott Maynard, a Republican trying to unseat Representative Nick J. Rahall II, a Democrat, in the Third District, of West Virginia, of all places, stated in writing.';
    expect(speakers(text)[1]![1]).not.toBe('Gingrich');
  });

  it('does not read a question closing a paragraph as attributed by the next paragraph', () => {
    expect(speakers('"Is it true?" Elliott Maynard said. "Do you think so?"\n\nAccording to BuzzFeed, "Cohen acknowledged the instructions."')).toEqual([
      ['Is it true?', 'Elliott Maynard'],
      ['Do you think so?', 'Elliott Maynard'],
      ['Cohen acknowledged the instructions', 'BuzzFeed News'],
    ]);
  });

  it('names a body by the noun that stands for it, and a name typed neither person nor body right at the verb', () => {
    expect(speakers('"The anger will sweep everything away," the paper said. "This is a sad day," the company said. "It was highest in Iowa," the ERCOT wrote. "It took five tries," said Angela.')).toEqual([
      ['The anger will sweep everything away', 'the paper'],
      ['This is a sad day', 'the company'],
      ['It was highest in Iowa', 'ERCOT'],
      ['It took five tries', 'Angela'],
    ]);
  });

  it('does not take the platform the words were posted on for their speaker', () => {
    expect(speakers('Police met. "We responded to threats," Chief Bill Scott said on Twitter. "It was fine," Clinton testified.')).toEqual([
      ['We responded to threats', 'Bill Scott'],
      ['It was fine', 'Clinton'],
    ]);
  });
});

describe('quote speakers: colons, more verbs, relative clauses', () => {
  it('gives a quote after a colon to the name opening the sentence, and no title of a few words', () => {
    expect(speakers('Joe Biden spoke.\n\nBiden was quick to retort: "That is just a bunch of malarkey." Added Gibbs: "You would have to ask somebody else."')).toEqual([
      ['That is just a bunch of malarkey', 'Joe Biden'],
      ['You would have to ask somebody else', 'Gibbs'],
    ]);
    expect(speakers('She doubled down late Monday, telling CNN: "He is a faker and always was."')).toEqual([['He is a faker and always was', null]]);
    expect(speakers('Esther Williams - Esther Williams: "Million Dollar Mermaid" star dies.')).toEqual([['Million Dollar Mermaid', null]]);
  });

  it('reads "put it", "commented", "stressed" and "contended" as attributions', () => {
    expect(speakers('It rained. As Sen. Rand Paul, R-Ky., put it, "Libya was a hot spot." Ermias Kebreab commented by email that "it has real potential."')).toEqual([
      ['Libya was a hot spot', 'Rand Paul'],
      ['it has real potential', 'Ermias Kebreab'],
    ]);
  });

  it('takes the subject before a relative clause, not a name inside it', () => {
    const text =
      'It rained.\n\nRepresentative Jerrold Nadler of New York, the top Democrat on the committee, who has been investigating collusion with Trump campaign associates for more than a year, also stressed that there "needs to be other Americans in the room."';
    expect(speakers(text)).toEqual([['needs to be other Americans in the room', 'Jerrold Nadler']]);
  });
});

describe('sentences and speakers around abbreviations', () => {
  it('keeps a sentence whole across a party-state tag, and reads the name in it', () => {
    const a = annotateText('"You cannot really blame her," Rep. Hank Johnson (D-Ga.) told reporters. Then Sen. Jack Reed, D-R.I., said Trump should go.');
    expect(a.sentences.map((s) => s.text)).toEqual([
      '"You cannot really blame her," Rep. Hank Johnson (D-Ga.) told reporters.',
      'Then Sen. Jack Reed, D-R.I., said Trump should go.',
    ]);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Hank Johnson']);
  });

  it('reads an attribution that follows a quote closed by a full stop as its own sentence', () => {
    expect(speakers('It rained.\n\n"We offered the prime minister an opportunity." Durbin said. "His refusal is disappointing."')).toEqual([
      ['We offered the prime minister an opportunity', 'Durbin'],
      ['His refusal is disappointing', 'Durbin'],
    ]);
  });
});

describe('quote speakers: titles in quotation marks', () => {
  it('gives a show or film title no speaker, and lets the speaker before it go on', () => {
    expect(speakers('"Nazis have no right to it," Mr. Gingrich said on the Fox News program "Fox and Friends." "We would never accept that."')).toEqual([
      ['Nazis have no right to it', 'Gingrich'],
      ['Fox and Friends', null],
      ['We would never accept that', 'Gingrich'],
    ]);
    expect(speakers('Netanyahu appeared on NBC\'s "Meet the Press" on Sunday. "No," Smith said.')).toEqual([
      ['Meet the Press', null],
      ['No', 'Smith'],
    ]);
  });

  it('reads an investigator and an announcer as described speakers', () => {
    expect(speakers('It rained. The lead investigator said Friday that police "have not developed any suspects." Then an unseen announcer concludes: "The world needs strength."')).toEqual([
      ['have not developed any suspects', 'the lead investigator'],
      ['The world needs strength', 'an unseen announcer'],
    ]);
  });
});

describe('quote speakers: pronouns and given names', () => {
  it('does not give "she" to a man or "he" to a woman the given-name lists know', () => {
    expect(speakers('John McCain wrote a letter. His running mate, Sarah Palin, defended him. "It is not about you," she wrote. John Smith met Mary Jones. "Fine," he said.')).toEqual([
      ['It is not about you', 'Sarah Palin'],
      ['Fine', 'John Smith'],
    ]);
    expect(speakers('John Smith left. "We did everything right," she said.')).toEqual([['We did everything right', null]]);
    expect(speakers('Earlier, Bryant Dalton and Yvonne Hiller argued at the plant. She claimed the shootings "did not happen at all."')).toEqual([
      ['did not happen at all', 'Yvonne Hiller'],
    ]);
  });

  it('reads names both lists hold but one sex almost only bears ("Jerry", "Lauren") as his or hers; "Chris" as either', () => {
    expect(speakers('Bettie Page posed often. A photographer named Jerry Tibbs asked her to pose. "I thought my arms would come out of their sockets," she said.')).toEqual([
      ['I thought my arms would come out of their sockets', 'Bettie Page'],
    ]);
    expect(speakers('Lauren Boebert spoke to Chris Hale. "We will win," he said.')).toEqual([['We will win', 'Chris Hale']]);
  });

  it('reads first names neither list holds but one sex bears ("Donald") as his, and never takes a name from the quotation or a photo credit', () => {
    expect(speakers('Former Democrats helped Republican Donald Trump win that state.\n\n"We did not lose today," she said.')).toEqual([['We did not lose today', null]]);
    expect(
      speakers('Nancy Pelosi won the vote. Mr. Ryan had challenged her.\n\n"He did not even carry his district for Hillary Clinton," she said.'),
    ).toEqual([['He did not even carry his district for Hillary Clinton', 'Nancy Pelosi']]);
    expect(speakers('Police searched the home. (Jane Grimman/CBC)\n\n"They have been understanding," she said.')).toEqual([['They have been understanding', null]]);
  });
});

describe('quote speakers: documents', () => {
  it('names a document as the source of its words, but not over the person or body it comes from', () => {
    expect(
      speakers(
        'It rained. "This was expected," the statement said. "It began," the suit states. Michael Steele issued a statement saying: "There is no question that we must win." "Romney is wrong," a statement from the Democratic committee said.',
      ),
    ).toEqual([
      ['This was expected', 'the statement'],
      ['It began', 'the suit'],
      ['There is no question that we must win', 'Michael Steele'],
      ['Romney is wrong', 'the Democratic committee'],
    ]);
  });

  it('does not read "saying" inside a later word as a speech verb after a quote, but reads "quoted X as saying"', () => {
    expect(speakers('Jesse Jackson Jr. pleaded guilty.\n\nHe acknowledged he "used money that should not have been used," calling the government statement accurate and saying he had no interest in wasting time.')).toEqual([
      ['used money that should not have been used', 'Jesse Jackson Jr.'],
    ]);
    expect(speakers('It rained. "The cops jumped out of the car so fast," the Daily News quoted witness Devonte Brown as saying.')).toEqual([
      ['The cops jumped out of the car so fast', 'Devonte Brown'],
    ]);
  });
});

describe('quote speakers: embedded posts', () => {
  it('gives a quote inside an embedded post its signature, as the article names the author', () => {
    expect(speakers('Trump wrote on Twitter.\n\nThe Russian "hoax" was that the campaign colluded - it never did! — Donald J. Trump (@realDonaldTrump) February 18, 2018\n\n"Hey Seth! Come see what your Mom tweeted!" pic.twitter.com/8aanQvxDK6 — john macdonald (@lennon4life1968) July 5, 2017')).toEqual([
      ['hoax', 'Donald J. Trump'],
      ['Hey Seth! Come see what your Mom tweeted!', 'john macdonald'],
    ]);
  });
});

describe('quote speakers: offices and bodies described', () => {
  it('names an office no one in the article holds as described, and bodies by their common nouns', () => {
    expect(speakers('It rained. "If I could give you more, I would," the judge said. "Twenty-three men surrendered," the navy said. On Saturday, the Alaska Governor said she apologizes "if it was connected."')).toEqual([
      ['If I could give you more, I would', 'the judge'],
      ['Twenty-three men surrendered', 'the navy'],
      ['if it was connected', 'the Alaska Governor'],
    ]);
  });
});

describe('quote speakers: the subject a participle takes over', () => {
  it('is no possessive and follows no preposition', () => {
    const text = [
      'Benjamin Netanyahu will address Congress next week. National Security Adviser Susan E. Rice criticised the invitation.',
      "Rice's comments came as Netanyahu turned down an invitation to meet privately with leading Senate Democrats during his trip to Washington, saying such a session could \"compound the misperception of partisanship\" surrounding his visit.",
    ].join('\n\n');
    expect(speakers(text)).toEqual([['compound the misperception of partisanship', 'Benjamin Netanyahu']]);
  });

  it("gives words said after an appositive to the person it names, not the possessive before it", () => {
    const text = [
      '"Many ppl think hard about who they want as commander-in-chief," McCain wrote.',
      "McCain's running mate, Sarah Palin, defended Trump and said he shouldn't \"take the bait.\"",
    ].join('\n\n');
    expect(speakers(text)).toEqual([
      ['Many ppl think hard about who they want as commander-in-chief', 'McCain'],
      ['take the bait', 'Sarah Palin'],
    ]);
  });

  it('reads a single or a song named after a comma as a title', () => {
    expect(speakers('Lady Gaga announced the release of her new single, "The Cure," at the end of her performance.')).toEqual([['The Cure', null]]);
  });
});

describe('quote speakers: documents that read, bodies spelled the British way', () => {
  it('gives words a statement or memo "reads" to it, and "the text says" to the text', () => {
    expect(speakers('"This is a sad time for the Kraft Foods family," a statement reads.')).toEqual([['This is a sad time for the Kraft Foods family', 'a statement']]);
    expect(speakers('The text says, "Please give the agreed documents to the embassy official in Pakistan."')).toEqual([
      ['Please give the agreed documents to the embassy official in Pakistan', 'the text'],
    ]);
  });

  it('reads "the organisation" as a body speaking', () => {
    expect(speakers('"The absence of a common cause does not allow further investigation," said the organisation.')).toEqual([
      ['The absence of a common cause does not allow further investigation', 'the organisation'],
    ]);
  });
});

describe('quote speakers: "according to" at the end of the sentence', () => {
  it('gives the words to the source the sentence ends on when no one is named at the quote or before it', () => {
    expect(
      speakers('It rained. The administration has been "secretly working" with Moscow on a plan, according to a report. CIA briefers told the senators it was now "quite clear" that Russia had a goal, according to officials.'),
    ).toEqual([
      ['secretly working', 'a report'],
      ['quite clear', 'CIA'],
    ]);
  });
});

describe('quote speakers: an outlet named by what it is', () => {
  it('is the outlet the article cited last before the quote, as the citations read it', () => {
    expect(speakers('The Wall Street Journal reported the deal on Monday. "It will be signed," the paper said. It rained. "It was bad," the paper said.')).toEqual([
      ['It will be signed', 'The Wall Street Journal'],
      ['It was bad', 'The Wall Street Journal'],
    ]);
    expect(speakers('It rained. "It was bad," the paper said.')).toEqual([['It was bad', 'the paper']]);
  });
});

describe('quote speakers: attributions read less often', () => {
  it('takes the name set off after a description the verb introduces', () => {
    expect(speakers('"He was wonderful," said his grandmother, Jan Pugh, in a telephone interview from Florida.')).toEqual([['He was wonderful', 'Jan Pugh']]);
  });

  it('reads a body described in lower-case words as speaking', () => {
    expect(speakers('"No common exposure was identified," the medical legal service said in a statement.')).toEqual([
      ['No common exposure was identified', 'the medical legal service'],
    ]);
    expect(speakers('It rained. The group said in a statement: "We will appeal the ruling in every court."')).toEqual([
      ['We will appeal the ruling in every court', 'the group'],
    ]);
  });

  it("reads a star's rep as speaking", () => {
    expect(speakers('Reynolds\' rep told the magazine on Friday, "He is doing well and will be home soon."')).toEqual([
      ['He is doing well and will be home soon', "Reynolds' rep"],
    ]);
  });

  it('keeps the possessive that says whose spokesman or lawyer speaks', () => {
    expect(speakers('Lindsay Lohan is in rehab. "She is doing well," her rep told the magazine. "We are proud," His spokesman said.')).toEqual([
      ['She is doing well', 'her rep'],
      ['We are proud', 'his spokesman'],
    ]);
  });

  it('reads a speaker shown or heard saying the words', () => {
    expect(speakers('"Iran is building a bomb," Mr. Netanyahu is shown saying.')).toEqual([['Iran is building a bomb', 'Netanyahu']]);
  });

  it('reads a document whose text "read"', () => {
    expect(speakers('"The president has been briefed," the statement read.')).toEqual([['The president has been briefed', 'the statement']]);
  });
});

describe('quote speakers: pronouns and relatives', () => {
  it('does not give "she" to a person named only as someone\'s relative', () => {
    expect(
      speakers('Angela Shymanski was driving home when the car crashed. Her daughter Lexi woke up to her brother\'s cries.\n\n"It was a miracle," she said.'),
    ).toEqual([['It was a miracle', 'Angela Shymanski']]);
  });
});

describe("quote speakers: a name's people", () => {
  it("gives the words to a named person's lawyer or envoy, not to the person", () => {
    expect(speakers('It rained. Donald Trump\'s lawyer said "the payment was legal." "No," Putin\'s envoy told reporters.')).toEqual([
      ['the payment was legal', "Donald Trump's lawyer"],
      ['No', "Putin's envoy"],
    ]);
  });
});

describe('quote speakers: a quotation over paragraphs attributed at its end', () => {
  it('gives the whole quotation to the speaker named in its last paragraph, not to the speaker before it', () => {
    const text = ['"The talks are over," Smith said.', '"We have done what we could. We will go home now.', '"There is nothing left," said Mayor Ann Jones.'].join('\n\n');
    expect(speakers(text)).toEqual([
      ['The talks are over', 'Smith'],
      ['We have done what we could. We will go home now', 'Ann Jones'],
      ['There is nothing left', 'Ann Jones'],
    ]);
  });
});

describe('quote speakers: documents as "it", bodies after "according to", the speaker of the sentence before', () => {
  it('gives words a document "says" or "reads" to the document named before, and "It said" to the body', () => {
    expect(speakers('It rained. Kennedy wrote a letter to the senator in 1962. "You are wrong about the tariffs and the farm bill," it says.')).toEqual([
      ['You are wrong about the tariffs and the farm bill', 'a letter'],
    ]);
    expect(speakers('It rained. In a statement Shell said the plan was safe. It said: "The Arctic region currently produces ten percent of our oil."')).toEqual([
      ['The Arctic region currently produces ten percent of our oil', 'Shell'],
    ]);
  });

  it('reads a body described after "according to"', () => {
    expect(speakers('It rained. According to the library, "this photograph is a montage of three separate images."')).toEqual([
      ['this photograph is a montage of three separate images', 'the library'],
    ]);
  });

  it('gives a quotation opening a sentence, with no attribution of its own, the speaker of the sentence before', () => {
    expect(speakers('It rained.\n\nDr. Ann Alsip also said Dr. Benjamin is tenacious. "If Regina is in a fight, she will not give up."')).toEqual([
      ['If Regina is in a fight, she will not give up', 'Ann Alsip'],
    ]);
  });
});

describe('quote speakers: a show after a plural possessive', () => {
  it('gives a show named after "Fox News\'" no speaker', () => {
    expect(speakers('"It shows complete disrespect," Graham said Tuesday night on Fox News\' "On the Record with Greta Van Susteren."')).toEqual([
      ['It shows complete disrespect', 'Graham'],
      ['On the Record with Greta Van Susteren', null],
    ]);
  });
});

describe('quote speakers: participles after a comma', () => {
  it('gives words introduced by "writing" or "adding" after a comma the subject of the clause before', () => {
    expect(speakers('It rained. Elizabeth Lauten later apologized on Facebook, writing "I quickly judged the girls in a way I never would."')).toEqual([
      ['I quickly judged the girls in a way I never would', 'Elizabeth Lauten'],
    ]);
  });
});

describe('quote speakers: an office and the name set off after it', () => {
  it('gives the words to the person named after the office', () => {
    expect(speakers('It rained. "It was false," the White House press secretary, Sarah Huckabee Sanders, told reporters.')).toEqual([
      ['It was false', 'Sarah Huckabee Sanders'],
    ]);
    expect(speakers('It rained. "She may have got out over her skis," Sen. Chris Murphy, D-Conn., told Politico.')).toEqual([
      ['She may have got out over her skis', 'Chris Murphy'],
    ]);
  });
});

describe('quote speakers: constables, hopefuls, posts shared', () => {
  it('reads "Const." as a title, "the presidential hopeful" as an office, and "shared" as a speech verb', () => {
    expect(
      speakers('It rained. "We found the car in a ditch," Const. Tim Fanning said. Marco Rubio spoke in Iowa. "We will win Iowa," the presidential hopeful said. Serena Williams posted a photo. "It is a great day," she shared.'),
    ).toEqual([
      ['We found the car in a ditch', 'Tim Fanning'],
      ['We will win Iowa', 'the presidential hopeful'],
      ['It is a great day', 'Serena Williams'],
    ]);
  });
});

describe('quote speakers: advertisements, recounted', () => {
  it('gives words an advertisement says or an indictment recounts to that document', () => {
    expect(speakers('It rained. "Romney will raise your taxes," the advertisement says. "He took the money for himself," the indictment recounts.')).toEqual([
      ['Romney will raise your taxes', 'the advertisement'],
      ['He took the money for himself', 'the indictment'],
    ]);
  });
});

describe('quote speakers: quotation marks set off by spaces', () => {
  it('reads a name after a closing mark with a space before it as after any closing mark', () => {
    expect(
      speakers('It rained. "After years of scandal, the department has failed, " Grifo said. "The plan is fine. " Maynard said. "Is it over? " Brooke asked.'),
    ).toEqual([
      ['After years of scandal, the department has failed', 'Grifo'],
      ['The plan is fine', 'Maynard'],
      ['Is it over?', 'Brooke'],
    ]);
  });
});

describe('quote speakers: more people described', () => {
  it('reads jurors, workers, voters and the like, and "a second juror", as described speakers', () => {
    expect(
      speakers('It rained. "I had to hear that tape again," one juror said. "He could run the same business," a second juror added. "We lost everything," the farmers said.'),
    ).toEqual([
      ['I had to hear that tape again', 'one juror'],
      ['He could run the same business', 'a second juror'],
      ['We lost everything', 'the farmers'],
    ]);
  });
});

describe('quote speakers: names with dots and exclamation marks, documents read before the words', () => {
  it('reads a name holding a web address ("MoveOn.org") and an outlet spelled with "!" ("E! News") inside the attribution', () => {
    expect(
      speakers(
        'It rained. "This is a bad deal," MoveOn.org Political Action Executive Director Ilya Sheyman said in a statement. Happily, Burt Reynolds\' rep told E! News on Friday, "He is doing better."',
      ),
    ).toEqual([
      ['This is a bad deal', 'Ilya Sheyman'],
      ['He is doing better', "Burt Reynolds' rep"],
    ]);
  });

  it('gives words a statement or an email "read" before them, or a message said, to that document', () => {
    expect(
      speakers('It rained. The statement read: "We will close the plant on Friday." The email read, "Nobody will be paid." Among other things, the message said: "Come round the back and see you."'),
    ).toEqual([
      ['We will close the plant on Friday', 'the statement'],
      ['Nobody will be paid', 'the email'],
      ['Come round the back and see you', 'the message'],
    ]);
  });
});

describe('quote speakers: emirs, staffers, ages, and the attribution ending a sentence', () => {
  it('reads "the outgoing emir", "the Democratic staffer" and "the 43-year-old" as speakers, not "a 10-year-old girl"', () => {
    expect(
      speakers(
        'It rained. "I had not desired power," the outgoing emir said. "We have things on the calendar," said the Democratic staffer. "It takes years," the 43-year-old said. The mother of a 10-year-old girl said her daughter cried out "Mommy, I have been hit," and fell.',
      ),
    ).toEqual([
      ['I had not desired power', 'the outgoing emir'],
      ['We have things on the calendar', 'the Democratic staffer'],
      ['It takes years', 'the 43-year-old'],
      ['Mommy, I have been hit', 'the mother'],
    ]);
  });

  it('gives a partial quote to the attribution ending its sentence, however far, but not to a clause after "said"', () => {
    expect(
      speakers(
        'Kellogg Co., citing the "deterioration" of a country in the midst of an economic meltdown, said Tuesday it was closing operations that employed 400 workers. The summit is part of efforts to portray Poland "as a kind of regional leader" outside the Franco-German-dominated EU power structure with which it has clashed, says Prof Aleks Szczerbiak. Mr Trump will give his blessing. "The message is that the US is keen" to build ties with governments challenging Brussels, Prof Szczerbiak says.',
      ),
    ).toEqual([
      ['deterioration', null],
      ['as a kind of regional leader', 'Aleks Szczerbiak'],
      ['The message is that the US is keen', 'Aleks Szczerbiak'],
    ]);
  });

  it('reads a quoted word inside a name as a nickname, nobody\'s words', () => {
    expect(speakers('It rained. Convicted mobster Vincent "Chin" Gigante died on Monday in federal prison, officials said.')).toEqual([['Chin', null]]);
  });
});

describe('quote speakers: a long name before the verb, a participle after the quote', () => {
  it('reads a name with a long title before its verb, but no name after a participle opening a clause', () => {
    expect(
      speakers(
        'It rained. "That is not a licensed facility," California Department of Alcohol and Drug Program deputy director Millicent Tidwell told The Post.\n\nIt rained again.\n\nThe administration is considering staying in the deal "under the right conditions," offering to re-engage in the international deal three months after President Donald Trump said the U.S. would pull out.',
      ),
    ).toEqual([
      ['That is not a licensed facility', 'Millicent Tidwell'],
      ['under the right conditions', null],
    ]);
  });
});

describe('quote speakers: names opening a sentence, outlets ending in a role word, several quotes in a sentence', () => {
  it('reads an unknown word opening a sentence before a speech verb as a name ("Dempsey said:")', () => {
    expect(speakers('Graham asked a question.\n\nDempsey said: "I would call myself surprised that she did not."')).toEqual([
      ['I would call myself surprised that she did not', 'Dempsey'],
    ]);
  });

  it('reads "The Hollywood Reporter" as the outlet it is, not as a role', () => {
    expect(speakers('It rained. "Choosing her is a fine idea," trade magazine The Hollywood Reporter wrote.')).toEqual([['Choosing her is a fine idea', 'The Hollywood Reporter']]);
  });

  it('gives the quotes of a sentence the speaker the attribution after its last quote names', () => {
    expect(speakers('It rained. "The combination of the Pakistani design" allowed North Korea to "put the pieces together," Hecker said. He called it "a disaster."')).toEqual([
      ['The combination of the Pakistani design', 'Hecker'],
      ['put the pieces together', 'Hecker'],
      ['a disaster', 'Hecker'],
    ]);
  });
});

describe('quote speakers: a lower-case verb after a full stop, a relative clause after the name', () => {
  it('reads "added X" after a quote closed by a full stop as its attribution, and X as named before any relative clause', () => {
    expect(
      speakers('It rained. "To become an honorary life member is a great honour." added Immelman who follows in the footsteps of Gary Player. "I hope they fix it soon," said an Egyptian blogger and journalist, who added more.'),
    ).toEqual([
      ['To become an honorary life member is a great honour', 'Immelman'],
      ['I hope they fix it soon', 'an Egyptian blogger'],
    ]);
  });
});

describe('quote speakers: a pronoun standing for a person described, not named', () => {
  it('gives "she said" the one woman the sentence before describes when no woman is named, and nobody when two are described', () => {
    expect(
      speakers('A woman, who asked not to be identified, said she heard noises in the house she rents.\n\n"I heard footsteps above me," she said.\n\nA woman and her mother were hurt. "It was awful," she said.'),
    ).toEqual([
      ['I heard footsteps above me', 'a woman'],
      ['It was awful', null],
    ]);
  });
});

describe('quote speakers: a colon that hands the quotation over', () => {
  it('gives a quotation opening the paragraph after a colon to whoever the sentence before names, also after the verb', () => {
    expect(
      speakers(
        'It was a first.\n\nPolitics Daily recently reported:\n\n"Beyond its symbolic power, the reading will change little."\n\nHe lived quietly. One big difference between Page and most neighbors, said Yeager:\n\n"She felt more comfortable in the nude than most people."\n\nThey hope for the best. Says one family friend: "They want the best for their kids, and they will work it out."',
      ),
    ).toEqual([
      ['Beyond its symbolic power, the reading will change little', 'Politics Daily'],
      ['She felt more comfortable in the nude than most people', 'Yeager'],
      ['They want the best for their kids, and they will work it out', 'one family friend'],
    ]);
  });
});

describe('quote speakers: more verbs, documents and offices', () => {
  it('reads "marveled X", "points out X", "the chief added", "the records say", "according to the documents", and a name before a description of someone\'s', () => {
    expect(
      speakers(
        'It rained. "It was a miracle," marveled resident Maria Gianni. "The data are old," points out Laszlo Kiss.\n\nPolice Chief Tom Jackson spoke. The chief added "we needed to release that at the time."\n\n"He was a great man," the records say.\n\nShe spent $300 on "stuffed animals and accessories," according to the documents.\n\n"Cuts are coming," John Rother, AARP\'s policy chief, said in a telephone interview, "and we will fight them."',
      ),
    ).toEqual([
      ['It was a miracle', 'Maria Gianni'],
      ['The data are old', 'Laszlo Kiss'],
      ['we needed to release that at the time', 'Tom Jackson'],
      ['He was a great man', 'the records'],
      ['stuffed animals and accessories', 'the documents'],
      ['Cuts are coming', 'John Rother'],
      ['and we will fight them', 'John Rother'],
    ]);
  });
});

describe('quote speakers: "responded" in its other sense', () => {
  it('does not read "Officers responded to 911 calls" as speaking', () => {
    expect(
      speakers('It rained. Officers responded to 911 calls from the building, arriving with teams trained in an "active shooter" situation, according to Commissioner Ramsey.'),
    ).toEqual([['active shooter', 'Ramsey']]);
  });
});

describe('quote speakers: titles, mottos and names quoted without a cue', () => {
  it('gives nobody a quoted phrase of capitalised words, but a title-cased sentence someone speaks keeps its speaker', () => {
    expect(
      speakers('It rained. The House voted to reaffirm that "In God We Trust" is the motto, President Obama said. Weitz will direct "New Moon," the studio said. "I\'m a New Yorker," Trump said.'),
    ).toEqual([
      ['In God We Trust', null],
      ['New Moon', null],
      ["I'm a New Yorker", 'Trump'],
    ]);
  });
});

describe('quote speakers: a bare pronoun going on with the speaker before', () => {
  it('gives "he said" the speaker of the quotation just before when no one is named since, not the last man named earlier', () => {
    expect(
      speakers(
        'It rained.\n\nMr. Trump told one reporter: “Mr. Kim and I get along very well, and we will meet soon.”\n\nOn point after point, the president insisted that he would be proved correct. “People said that it would never happen,” he said at one point.\n\nTheodus Times II, owner of the funeral home, spoke next. He said building there is wrong. "There are still a lot of people who remember that cemetery," he said.',
      ),
    ).toEqual([
      ['Mr. Kim and I get along very well, and we will meet soon', 'Trump'],
      ['People said that it would never happen', 'Trump'],
      ['There are still a lot of people who remember that cemetery', 'Theodus Times II'],
    ]);
  });

  it('goes on with the speaker past someone the same pronoun names as an object, not past someone named as a subject', () => {
    expect(
      speakers(
        'Serena Williams announced it by mistake.\n\n“I missed four calls,” she explained to Oprah Winfrey during a conference.\n\n"It is going by so fast," she shared.\n\n“It was wrong,” said Kennan Jones.\n\nDART Spokesman Mark Ball says police are investigating.\n\n“It is awful,” he said.',
      ),
    ).toEqual([
      ['I missed four calls', 'Serena Williams'],
      ['It is going by so fast', 'Serena Williams'],
      ['It was wrong', 'Kennan Jones'],
      ['It is awful', 'Mark Ball'],
    ]);
  });
});

describe('quote speakers: a person named with the body they are with', () => {
  it('gives the words to the person, not to the body after "with", "at" or "from"', () => {
    expect(
      speakers(
        'It rained.\n\n"A couple of them started to panic," said Sgt. Ed Harris with the San Diego Lifeguards.\n\n"We saw it coming," said Jane Roe at Moody\'s Analytics.',
      ),
    ).toEqual([
      ['A couple of them started to panic', 'Ed Harris'],
      ['We saw it coming', 'Jane Roe'],
    ]);
  });
});

describe('quote speakers: words someone names or judges a thing with', () => {
  it('gives the quoted label to the subject of "calling", "blasted ... as", "deemed", "vowing", never to "so-called"', () => {
    expect(
      speakers(
        'It rained. Donald Trump met the so-called "Squad" on Tuesday.\n\nDonald Trump attacked Mitt Romney, calling him a "failed candidate" at a rally.\n\nNancy Pelosi blasted the plan as "a disgrace" and deemed it "dead on arrival."\n\nJoe Biden took office Friday, vowing to "fight" for the country.',
      ),
    ).toEqual([
      ['Squad', null],
      ['failed candidate', 'Donald Trump'],
      ['a disgrace', 'Nancy Pelosi'],
      ['dead on arrival', 'Nancy Pelosi'],
      ['fight', 'Joe Biden'],
    ]);
  });

  it('does not give the label to the person "calling her" points at, nor to a name after a preposition', () => {
    expect(
      speakers(
        'It rained.\n\nIn his speech the senator took a swipe at presidential hopeful Hillary Clinton, calling her tenure "ineffective at best."\n\nThe candidate attributed his victory to God, calling the win a "miracle."',
      ),
    ).toEqual([
      ['ineffective at best', 'the senator'],
      ['miracle', 'the candidate'],
    ]);
  });

  it('does not carry a speaker over a sentence that opens with someone else', () => {
    expect(speakers('It rained. "We won," Donald Trump said. Nancy Pelosi dismissed the claim as "nonsense" on Sunday. Joe Biden met the "Squad."')).toEqual([
      ['We won', 'Donald Trump'],
      ['nonsense', 'Nancy Pelosi'],
      ['Squad', null],
    ]);
  });
});

describe('quote speakers: courtesy titles tell a pronoun whom it can stand for', () => {
  it('does not give "she said" to a man the article calls "Mr.", at that mention or, named by surname only, at another', () => {
    expect(speakers('Justice Ruth Bader Ginsburg spoke first.\n\nAnd Mr. Gingrich? "He is a faker," she said.')).toEqual([['He is a faker', 'Ruth Bader Ginsburg']]);
    expect(
      speakers('Maggie Gallagher spoke for the group. Mr. Obama had changed his view.\n\nGallagher called it a mistake. Obama was away.\n\n"It will cost him," she said.'),
    ).toEqual([['It will cost him', 'Maggie Gallagher']]);
  });
});

describe('quote speakers: a party-state tag with two full stops', () => {
  it('does not cut the sentence inside "(D-W.Va.)", so the senator, not the state, speaks', () => {
    expect(speakers('It rained. Sen. Joe Manchin (D-W.Va.) said "law-abiding" gun owners would like the bill.')).toEqual([['law-abiding', 'Joe Manchin']]);
  });
});

describe('quote speakers: the subject nearest the verb', () => {
  it('takes an office right before the verb, not a name earlier in the sentence', () => {
    expect(
      speakers('It rained. President Barack Obama spoke.\n\nCritics said the White House had leaked it, an allegation the president has rejected as "offensive."'),
    ).toEqual([['offensive', 'Barack Obama']]);
  });

  it('passes over a relative in an aside and the agent of a clause set off before the subject', () => {
    expect(
      speakers(
        'It rained.\n\nMelinda Mostini (pictured with her son Leo above) has questioned if "it could be environmental".\n\nAsked by host David Gregory about the deal, Senator Marco Rubio rejected the "political calculus" of the moment.',
      ),
    ).toEqual([
      ['it could be environmental', 'Melinda Mostini'],
      ['political calculus', 'Marco Rubio'],
    ]);
  });

  it('gives words to the subject of "attacked ... as", "accused ... of", "disputed ... as"', () => {
    expect(
      speakers(
        'It rained. Steve Bannon attacked Doug Jones as a "radical." Paul Ryan accused Obama of "projecting weakness." Blumenthal\'s campaign disputed the report as an "outrageous distortion." The spokesperson also touted the senator\'s "strong record."',
      ),
    ).toEqual([
      ['radical', 'Steve Bannon'],
      ['projecting weakness', 'Paul Ryan'],
      ['outrageous distortion', "Blumenthal's campaign"],
      ['strong record', 'the spokesperson'],
    ]);
  });
});

describe('quote speakers: a pronoun opening the sentence after a quotation', () => {
  it('stands for the one who spoke the quotation, not a name inside it', () => {
    expect(speakers('Ken Buck posted a photo.\n\n"My friend Trey Gowdy stopped by with his AR-15," Buck tweeted.\n\nHe said he "received permission" to bring it.')).toEqual([
      ['My friend Trey Gowdy stopped by with his AR-15', 'Ken Buck'],
      ['received permission', 'Ken Buck'],
    ]);
  });
});

describe('quote speakers: a clause put before the subject', () => {
  it('gives "she said" to the subject after "When ... ," rather than to someone named in that clause', () => {
    expect(
      speakers('Angela Shymanski crashed. Her daughter Lexi went for help.\n\nWhen Lexi was four years old, Angela said they taught her to call neighbours.\n\n“It seems crazy to do that with a four-year-old,” she said.'),
    ).toEqual([['It seems crazy to do that with a four-year-old', 'Angela Shymanski']]);
  });
});

describe('quote speakers: tweets, and verbs with their agent after them', () => {
  it('gives words a tweet reads to the tweet, and does not take "a tweet shared by" for an attribution', () => {
    expect(
      speakers(
        'Greenpeace climbed the Shard.\n\nAnother tweet read: "Look up London. We are scaling the Shard."\n\nDonald Trump called her "disgusting" and alleged in a tweet shared by 20,000 people that she was "bleeding badly" at a party.\n\nErmias Kebreab commented by email that "it has real potential."',
      ),
    ).toEqual([
      ['Look up London. We are scaling the Shard', 'another tweet'],
      ['disgusting', 'Donald Trump'],
      ['bleeding badly', 'Donald Trump'],
      ['it has real potential', 'Ermias Kebreab'],
    ]);
  });
});

describe('quote speakers: descriptions and the subject before the quote', () => {
  it('reads "the manager of a bank", "the athlete", and a pronoun after the quote for its own sentence\'s subject', () => {
    expect(
      speakers(
        'Joseph Lieberman was named.\n\nPresident Donald Trump is "very close" to selecting a candidate, he told White House reporters on Thursday.\n\n"It is scary," said the manager of a bank that the gang robbed twice.\n\nSerena Williams spoke. During an interview, the athlete admitted that she "would have thought it a lie."',
      ),
    ).toEqual([
      ['very close', 'Donald Trump'],
      ['It is scary', 'the manager'],
      ['would have thought it a lie', 'the athlete'],
    ]);
  });
});

describe('quote speakers: a pronoun after a sentence ending with its speaker', () => {
  it('goes on with the speaker named at the end of the sentence before, not the first person it names', () => {
    expect(
      speakers(
        'It rained.\n\nMedics could not revive Seaman James Derek Lovelace after he was pulled out of the pool, center spokesman Lt. Trevor Davids said.\n\n"Safety observers saw he was having difficulty," he said.',
      ),
    ).toEqual([['Safety observers saw he was having difficulty', 'Trevor Davids']]);
  });
});

describe('quote speakers: a described subject before a relative clause', () => {
  it('gives the words to "the lawsuit", not to the name inside the clause after it', () => {
    expect(speakers('It rained. The lawsuit, which was brought by Oklahoma attorney general Scott Pruitt, accused Colorado of running a "scheme" for years.')).toEqual([
      ['scheme', 'the lawsuit'],
    ]);
  });

  it('reads "where" as opening a relative clause, a description of the document before it, and "describe ... as"', () => {
    expect(
      speakers(
        'It rained. But the lawsuit from Nebraska and Oklahoma, where marijuana is still outlawed, argues that Colorado has "created a dangerous gap" in the system. As Donald Trump continues to describe the probe as a "witch hunt," the White House downplayed the charges.',
      ),
    ).toEqual([
      ['created a dangerous gap', 'the lawsuit'],
      ['witch hunt', 'Donald Trump'],
    ]);
  });
});

describe('quote speakers: a quotation over paragraphs whose later paragraph does not re-open it', () => {
  it('reads the next paragraph up to its closing mark as the same quotation, and the attribution after it for both', () => {
    expect(
      speakers(
        'The families thanked the prosecutors.\n\n"I believe Brian Nichols did not win.\n\nIn his own words, he said it is not in his DNA to stay in jail," said Christina Greenway, daughter of a slain court reporter.\n\n"He will look forward to that," she said.',
      ),
    ).toEqual([
      ['I believe Brian Nichols did not win', 'Christina Greenway'],
      ['In his own words, he said it is not in his DNA to stay in jail', 'Christina Greenway'],
      ['He will look forward to that', 'Christina Greenway'],
    ]);
  });
});

describe('quote speakers: a place qualifying a description', () => {
  it('gives the words to "the US software giant", not to the United States', () => {
    expect(speakers('It rained.\n\n"This is serious," the US software giant said. Moscow said no. "It failed," Surrey police said.')).toEqual([
      ['This is serious', 'the US software giant'],
      ['It failed', 'Surrey police'],
    ]);
    expect(annotateText('The US software giant said it had mobilized teams.').cites.map((c) => [c.name, c.kind])).toEqual([['the US software giant', 'official']]);
  });
});

describe('quote speakers: two people speaking together', () => {
  it('names both when two people joined by "and" attribute a quote, and one when the other is described', () => {
    expect(
      speakers(
        'It rained.\n\n"We are thrilled," said Craig Zadan and Neil Meron.\n\n"This is a power grab," Speaker Nancy Pelosi of California and Senator Chuck Schumer of New York said in a joint statement.\n\n"It is fine," said John Smith and his wife.',
      ),
    ).toEqual([
      ['We are thrilled', 'Craig Zadan and Neil Meron'],
      ['This is a power grab', 'Nancy Pelosi and Chuck Schumer'],
      ['It is fine', 'John Smith'],
    ]);
  });
});
