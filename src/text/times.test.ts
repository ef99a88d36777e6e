import { describe, expect, it } from 'vitest';
import { findTimes } from './times.ts';
import type { Sentence } from './types.ts';

/** Thursday. */
const P = '2025-11-20';

type Expected = Array<{ text: string; date: string | null }>;

function timesIn(sentence: string, published: string | null): Expected {
  const sentences: Sentence[] = [{ start: 0, end: sentence.length, text: sentence, heading: false }];
  return findTimes(sentence, sentences, published).map(({ text, date }) => ({ text, date }));
}

const SEED_CASES: Array<[string, string | null, Expected]> = [
  [
    'Army Secretary Dan Driscoll led a delegation to Ukraine on Wednesday morning.',
    P,
    [{ text: 'Wednesday morning', date: '2025-11-19' }],
  ],
  ['Axios reported on Tuesday that the plan was ready.', P, [{ text: 'Tuesday', date: '2025-11-18' }]],
  [
    "He spent three days meeting Trump's team in Miami in late October.",
    P,
    [{ text: 'late October', date: '2025-10' }],
  ],
  ['It builds on the Gaza ceasefire plan that was agreed last month.', P, [{ text: 'last month', date: '2025-10' }]],
  ['The delegation reached Ukraine this morning.', P, [{ text: 'this morning', date: '2025-11-20' }]],
  [
    'Driscoll led a delegation on Wednesday morning after talks in late October and a deal last month.',
    null,
    [
      { text: 'Wednesday morning', date: null },
      { text: 'late October', date: null },
      { text: 'last month', date: null },
    ],
  ],
];

const WEEKDAY_CASES: Array<[string, string | null, Expected]> = [
  ['Officials met on Thursday.', P, [{ text: 'Thursday', date: '2025-11-20' }]],
  ['Officials met on Friday.', P, [{ text: 'Friday', date: '2025-11-14' }]],
  ['Police said the attack happened Tuesday night.', P, [{ text: 'Tuesday night', date: '2025-11-18' }]],
  ['Strikes hit Kyiv early Monday.', P, [{ text: 'early Monday', date: '2025-11-17' }]],
  ['He will travel to Moscow on Friday.', P, [{ text: 'Friday', date: '2025-11-21' }]],
  ['Talks are due to resume on Wednesday.', P, [{ text: 'Wednesday', date: '2025-11-26' }]],
  ['The envoy plans to fly to Kyiv on Thursday.', P, [{ text: 'Thursday', date: '2025-11-20' }]],
  ['They meet again next Wednesday.', P, [{ text: 'next Wednesday', date: '2025-11-26' }]],
  ['They met last Thursday.', P, [{ text: 'last Thursday', date: '2025-11-13' }]],
  ['Trump said on Tuesday he will meet Putin.', P, [{ text: 'Tuesday', date: '2025-11-18' }]],
  ['Putin will meet Trump on Tuesday, the Kremlin said.', P, [{ text: 'Tuesday', date: '2025-11-25' }]],
  [
    'Officials met on Tuesday and will meet again on Friday.',
    P,
    [
      { text: 'Tuesday', date: '2025-11-18' },
      { text: 'Friday', date: '2025-11-21' },
    ],
  ],
  ['On Wednesday, Trump will meet Putin.', P, [{ text: 'Wednesday', date: '2025-11-26' }]],
  ['Putin will meet the newly elected leader on Monday.', P, [{ text: 'Monday', date: '2025-11-24' }]],
  ['Sales rose on Black Friday, the Sunday Times said.', P, []],
  ['The shop closes on Wednesdays.', P, []],
  ['Axios reported on Tuesday.', 'not a date', [{ text: 'Tuesday', date: null }]],
];

const DAY_CASES: Array<[string, string | null, Expected]> = [
  ['The envoy arrived today.', P, [{ text: 'today', date: '2025-11-20' }]],
  ['Talks end tonight.', P, [{ text: 'tonight', date: '2025-11-20' }]],
  ['Officials said yesterday that talks stalled.', P, [{ text: 'yesterday', date: '2025-11-19' }]],
  ['Shelling continued yesterday morning.', P, [{ text: 'yesterday morning', date: '2025-11-19' }]],
  ['The vote is tomorrow.', P, [{ text: 'tomorrow', date: '2025-11-21' }]],
  ['Drones struck last night.', P, [{ text: 'last night', date: '2025-11-19' }]],
  ['It was the last night of talks.', P, []],
  ['The envoy arrived today.', null, [{ text: 'today', date: null }]],
  ['Published at midnight.', '2025-11-20T23:59:59-08:00', []],
  ['Published late; drones struck this morning.', '2025-11-20T23:30:00-05:00', [{ text: 'this morning', date: '2025-11-20' }]],
];

const MONTH_CASES: Array<[string, string | null, Expected]> = [
  ['Talks began in October.', P, [{ text: 'October', date: '2025-10' }]],
  ['Talks began in December.', P, [{ text: 'December', date: '2024-12' }]],
  ['Talks began in November.', P, [{ text: 'November', date: '2025-11' }]],
  ['Elections will be held in March.', P, [{ text: 'March', date: '2026-03' }]],
  ['Fighting eased in early November.', P, [{ text: 'early November', date: '2025-11' }]],
  ['Fighting eased in mid-October.', P, [{ text: 'mid-October', date: '2025-10' }]],
  ['A ceasefire collapsed last October.', P, [{ text: 'last October', date: '2025-10' }]],
  ['A summit is set for next October.', P, [{ text: 'next October', date: '2026-10' }]],
  ['The plan was drafted in October 2024.', P, [{ text: 'October 2024', date: '2024-10' }]],
  ['The plan was drafted in late October 2024.', null, [{ text: 'late October 2024', date: '2024-10' }]],
  ['Talks stalled in May.', P, [{ text: 'May', date: '2025-05' }]],
  ['Officials may meet again.', P, []],
  ['May officials meet again?', P, []],
  ['Thousands joined the march; March organisers said.', P, []],
  ['The plan was rejected by May and her cabinet.', P, []],
  ['Talks began in October.', null, [{ text: 'October', date: null }]],
  ['The deal agreed this month holds.', P, [{ text: 'this month', date: '2025-11' }]],
  ['The deal agreed earlier this month holds.', P, [{ text: 'earlier this month', date: '2025-11' }]],
  ['Talks resume next month.', P, [{ text: 'next month', date: '2025-12' }]],
  ['The deal was agreed last month.', '2025-01-15', [{ text: 'last month', date: '2024-12' }]],
  ['Prices fell three months ago.', P, [{ text: 'three months ago', date: '2025-08' }]],
];

const DATE_CASES: Array<[string, string | null, Expected]> = [
  ['The draft is dated November 19.', P, [{ text: 'November 19', date: '2025-11-19' }]],
  ['The draft is dated December 25.', P, [{ text: 'December 25', date: '2024-12-25' }]],
  ['The summit will open on December 5.', P, [{ text: 'December 5', date: '2025-12-05' }]],
  ['The draft is dated 19 November 2025.', null, [{ text: '19 November 2025', date: '2025-11-19' }]],
  ['The draft is dated Nov. 19, 2025.', null, [{ text: 'Nov. 19, 2025', date: '2025-11-19' }]],
  ['The draft is dated 2025-11-19.', null, [{ text: '2025-11-19', date: '2025-11-19' }]],
  ['The draft is dated November 19.', null, [{ text: 'November 19', date: null }]],
  ['He was born on the 19th of November, 1980.', P, [{ text: '19th of November, 1980', date: '1980-11-19' }]],
  ['It happened on Wednesday, November 19.', P, [{ text: 'Wednesday, November 19', date: '2025-11-19' }]],
  ['Talks ran Nov. 17-19 in Geneva.', P, [{ text: 'Nov. 17', date: '2025-11-17' }]],
  ['The October 7 attacks changed everything.', P, [{ text: 'October 7', date: '2025-10-07' }]],
  ['The document is dated February 30.', P, []],
  // The end of a period under way lies ahead, whatever past verb stands near it.
  ['The campaign started Wednesday and runs through Nov. 5 in cable markets.', P, [{ text: 'Wednesday', date: '2025-11-19' }, { text: 'Nov. 5', date: '2026-11-05' }]],
  ['The offer is valid until March 30.', P, [{ text: 'March 30', date: '2026-03-30' }]],
  ['The exhibition ran through March 3 at the museum.', P, [{ text: 'March 3', date: '2025-03-03' }]],
  ['It cited the 28-point plan and a 20-point plan.', P, []],
  ['Prices rose 19% in a 2025-point index.', P, []],
];

const YEAR_CASES: Array<[string, string | null, Expected]> = [
  ['Russia invaded in 2022.', null, [{ text: '2022', date: '2022' }]],
  ['Fighting has raged since February 2022.', P, [{ text: 'February 2022', date: '2022-02' }]],
  ['Growth slowed in late 2024.', P, [{ text: 'late 2024', date: '2024' }]],
  ['Growth slowed in mid-2024.', P, [{ text: 'mid-2024', date: '2024' }]],
  // A decade with an apostrophe is no year; a year's possessive is.
  ["Mob deserters in the mid-1990's testified, and in 2016's last weeks others did.", P, [{ text: '2016', date: '2016' }]],
  ['He won in 2000 cases out of 3000.', P, []],
  ['Troop numbers rose by 2000 to 600,000.', P, []],
  ['The war has lasted more than two years.', P, []],
  ['He spent three days in Miami.', P, []],
  ['The war began two years ago.', P, [{ text: 'two years ago', date: '2023' }]],
  ['The war began two years ago.', null, [{ text: 'two years ago', date: null }]],
  ['Sanctions were imposed three days ago.', P, [{ text: 'three days ago', date: '2025-11-17' }]],
  ['It was agreed a few weeks ago.', P, [{ text: 'a few weeks ago', date: null }]],
  ['Output grew last year.', P, [{ text: 'last year', date: '2024' }]],
  ['Output grew earlier this year.', P, [{ text: 'earlier this year', date: '2025' }]],
  ['Output will grow next year.', P, [{ text: 'next year', date: '2026' }]],
  ['The case was filed in the 1990s.', P, []],
];

const VAGUE_CASES: Array<[string, string | null, Expected]> = [
  ['In recent days, forces advanced.', P, [{ text: 'recent days', date: null }]],
  ['More strikes are expected in the coming weeks.', P, [{ text: 'coming weeks', date: null }]],
  ['Talks were held this week.', P, [{ text: 'this week', date: null }]],
  ['Talks were held last week.', P, [{ text: 'last week', date: null }]],
  ['Talks resume next week.', P, [{ text: 'next week', date: null }]],
  ['It rained over the last week.', P, []],
];

/** Reported future ("would"), and a clause opened by "that" after the day, which has its own tense. */
const REPORTED_CASES: Array<[string, string | null, Expected]> = [
  ['Police officers would remain at the scene until Monday.', P, [{ text: 'Monday', date: '2025-11-24' }]],
  ['The pastor said church services would be held on schedule Sunday.', P, [{ text: 'Sunday', date: '2025-11-23' }]],
  ['A publicist said on Wednesday that there would be no further comment.', P, [{ text: 'Wednesday', date: '2025-11-19' }]],
  ['House Republicans approved a measure Thursday that aims to block the rule.', P, [{ text: 'Thursday', date: '2025-11-20' }]],
  ['The sisters decide to pull a Freaky Friday switcheroo.', P, []],
  // An arrangement in the present progressive is ahead; a progressive of something under way is not a marker.
  ['The lawmaker is running for re-election in December against a Democrat.', P, [{ text: 'December', date: '2025-12' }]],
  ['The two leaders are meeting in Geneva on Monday.', P, [{ text: 'Monday', date: '2025-11-24' }]],
  ['Police are investigating the shooting on Tuesday.', P, [{ text: 'Tuesday', date: '2025-11-18' }]],
];

describe('findTimes', () => {
  const tables = { SEED_CASES, WEEKDAY_CASES, DAY_CASES, MONTH_CASES, DATE_CASES, YEAR_CASES, VAGUE_CASES, REPORTED_CASES };
  for (const [name, cases] of Object.entries(tables)) {
    describe(name, () => {
      it.each(cases)('%s (published %s)', (sentence, published, expected) => {
        expect(timesIn(sentence, published)).toEqual(expected);
      });
    });
  }

  it('reports offsets into the whole text and the index of the containing sentence', () => {
    const text = 'Headline here\n\nAxios reported on Tuesday. Talks began in October.';
    const second = text.indexOf('Axios');
    const third = text.indexOf('Talks');
    const sentences: Sentence[] = [
      { start: 0, end: 13, text: 'Headline here', heading: true },
      { start: second, end: third - 1, text: text.slice(second, third - 1), heading: false },
      { start: third, end: text.length, text: text.slice(third), heading: false },
    ];
    const times = findTimes(text, sentences, P);
    expect(times).toEqual([
      { start: text.indexOf('Tuesday'), end: text.indexOf('Tuesday') + 7, text: 'Tuesday', date: '2025-11-18', sentence: 1 },
      { start: text.indexOf('October'), end: text.indexOf('October') + 7, text: 'October', date: '2025-10', sentence: 2 },
    ]);
  });

  it('skips expressions outside every sentence', () => {
    const text = 'On Tuesday. Nothing here.';
    expect(findTimes(text, [{ start: 12, end: text.length, text: 'Nothing here.', heading: false }], P)).toEqual([]);
  });
});
