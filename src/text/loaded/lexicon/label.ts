import { type LexiconEntry, type LexiconGroup, noun, word } from '../types.ts';

/** "Regime" as a technical word: a sanctions regime, a tax regime, a treatment regime. */
const REGIME_TECHNICAL_PREV =
  'sanctions?|tax|taxation|visa|inspections?|treatment|drug|dosing|regulatory|trade|training|exchange-rate|' +
  'currency|fiscal|monetary|legal|price|pricing|dietary|fitness|tariff|export-control|control|compliance|' +
  'reporting|licensing|immigration|asylum|climate|emissions|safeguards|verification|nonproliferation|' +
  'non-proliferation|accounting|pension|insolvency|liability|privacy|data-protection|rules-based|flow|' +
  'temperature|exercise|medication|protection|disclosure|enforcement|antitrust|competition|border|wage';

/**
 * "Terrorist" where it describes an act or an official designation ("a terrorist attack", "a designated
 * terrorist organization") is standard news usage; as a label for people it should be attributed (Reuters).
 */
const TERRORIST_ACT_NEXT =
  'attacks?|bombings?|incidents?|acts?|activit(?:y|ies)|threats?|plots?|financing|designation|lists?|' +
  'watchlists?|offen[cs]es?|charges?|organi[sz]ations?|groups?';
const TERRORIST_DESIGNATION_PREV = 'designated|foreign|suspected|alleged|convicted|specially';

/**
 * A label someone else applies is reported speech, not the writer's label: "called him a racist",
 * "branded them thugs", "denounced as a traitor".
 */
const ATTRIBUTED_PREV =
  '(?:call(?:s|ed|ing)?|brand(?:s|ed|ing)?|label(?:s|l?ed|l?ing)?|dub(?:s|bed|bing)?|den(?:y|ies|ied)(?: being)?)' +
  '(?: \\w+){0,2}(?: an?)?|(?:denounced|described|condemned|accused of being|deride[ds]?) as(?: an?)?';

/** A label entry: pejorative when the writer applies it, reported speech after "called him a". */
function label(entry: LexiconEntry): LexiconEntry {
  const prev = entry.unlessPrev ? `${entry.unlessPrev}|${ATTRIBUTED_PREV}` : ATTRIBUTED_PREV;
  return { ...entry, unlessPrev: prev };
}

/*
 * Left out on purpose: "extremist(s)" and "militant(s)" are the wire services' standard words for armed groups
 * ("Al Qaeda-linked extremists"), so flagging them would be noise; "dictator" is often a plain description.
 */
export const LABEL: LexiconGroup = {
  kind: 'label',
  note: 'A pejorative label for a person or group; a neutral report says what they did or attributes the label.',
  entries: [
    word('genocidal', { note: "Asserts a legal finding (genocide) in the writer's voice; attribute it to a source." }),
    noun('regime', {
      unlessPrev: REGIME_TECHNICAL_PREV,
      unlessNext: 'change',
      note: '"Regime" instead of "government" signals illegitimacy; fine if the story says who calls it so.',
    }),
    noun('terrorist', { unlessNext: TERRORIST_ACT_NEXT, unlessPrev: TERRORIST_DESIGNATION_PREV }),
    ...['thug', 'zealot', 'fanatic', 'stooge', 'lackey', 'mouthpiece', 'demagogue', 'tyrant', 'despot'].map((w) =>
      noun(w),
    ),
    ...['warmonger', 'bigot', 'racist', 'xenophobe', 'fascist', 'traitor', 'illegal alien', 'death panel'].map((w) =>
      noun(w),
    ),
    noun('radical', { except: ['radical'] }),
    noun('crony', { forms: ['cronyism'] }),
    word('henchman', { forms: ['henchmen'] }),
    noun('anchor baby', { forms: ['anchor babies'] }),
    ...['death tax', 'illegals', 'bigoted', 'xenophobic', 'treasonous', 'un-american', 'despotic'].map((w) => word(w)),
    ...['tyrannical', 'murderous', 'bloodthirsty', 'rogue state', 'rogue states'].map((w) => word(w)),
  ].map(label),
};
