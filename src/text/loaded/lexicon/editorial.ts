import { type LexiconGroup, noun, word, words } from '../types.ts';

const PRAISE_NOTE = 'Praise in the writer\'s voice (puffery); a news report attributes praise to a source.';
const LABEL_NOTE = 'Wikipedia MOS:LABEL "contentious label": attribute it to whoever calls it so.';

export const EDITORIAL: LexiconGroup = {
  kind: 'editorial',
  note: "The writer's own value judgement; a news report attributes judgements to a source.",
  entries: [
    ...words('senseless', 'disgraceful', 'shameful', 'shameless', 'shamelessly', 'outrageous', 'outrageously'),
    ...words('absurd', 'absurdly', 'ridiculous', 'ridiculously', 'ludicrous', 'preposterous', 'laughable'),
    ...words('appalling', 'appallingly', 'deplorable', 'despicable', 'reprehensible', 'abhorrent', 'disgusting'),
    ...words('vile', 'heinous', 'egregious', 'egregiously', 'atrocious', 'monstrous', 'callous', 'callously'),
    ...words('craven', 'cowardly', 'pathetic', 'farcical', 'bizarre', 'bizarrely', 'brazen', 'brazenly'),
    ...words('notorious', 'notoriously', 'infamous', 'infamously', 'disastrous', 'disastrously', 'dismal'),
    ...words('abysmal', 'woeful', 'woefully', 'inept', 'hapless', 'embattled', 'beleaguered', 'humiliating'),
    ...words('scandal-plagued', 'scandal-ridden', 'gaffe-prone', 'bogus', 'draconian', 'heavy-handed'),
    ...words('job-killing', 'bloated', 'blatant', 'blatantly', 'flagrant', 'flagrantly', 'patently'),
    ...words('utterly', 'downright', 'grossly', 'unfortunately', 'sadly', 'tragically', 'fortunately'),
    ...words('thankfully', 'mercifully', 'fawning', 'sycophantic', 'cushy'),
    // "reckless driving" and "reckless endangerment" are charges, not judgements.
    word('reckless', { unlessNext: 'driving|endangerment|homicide|manslaughter|conduct|operation' }),
    word('recklessly', { unlessPrev: 'driving|drove|drives|drive' }),
    word('radical', { unlessNext: 'surgery|mastectomy|prostatectomy|hysterectomy|cystectomy' }),
    noun('debacle'),
    noun('fiasco'),
    noun('boondoggle'),
    noun('travesty'),
    noun('farce'),
    noun('sham'),
    noun('witch hunt', { note: LABEL_NOTE }),
    word('propaganda', { note: LABEL_NOTE }),
    ...['legendary', 'iconic', 'visionary', 'heroic', 'heroically', 'courageous', 'courageously'].map((w) =>
      word(w, { note: PRAISE_NOTE }),
    ),
    ...['brilliant', 'brilliantly', 'masterful', 'masterfully', 'stellar', 'world-class', 'remarkable'].map((w) =>
      word(w, { note: PRAISE_NOTE }),
    ),
    word('remarkably', { note: PRAISE_NOTE }),
  ],
};
