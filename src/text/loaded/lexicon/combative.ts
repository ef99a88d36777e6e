import { type LexiconGroup, noun, verb, word, words } from '../types.ts';

export const COMBATIVE: LexiconGroup = {
  kind: 'combative',
  note: 'Casts criticism as a physical fight; the neutral report is "criticised" or "said".',
  entries: [
    // "slammed into" is a car crash; "slam dunk" a sure thing, not an attack.
    verb('slam', { unlessNext: 'into|shut|dunks?|the brakes' }),
    // "blast"/"blasts" are usually the noun (an explosion); "blasted off" is a rocket.
    verb('blast', { except: ['blast', 'blasts'], unlessNext: 'off|through|away|out|open' }),
    verb('lash out'),
    verb('lambaste', { forms: ['lambast', 'lambasts'] }),
    verb('rip into'),
    verb('tear into', { forms: ['tore into', 'torn into'], except: ['teared into'] }),
    verb('assail'),
    verb('berate'),
    verb('savage', { except: ['savage'], note: 'Casts criticism as a mauling; the neutral report is "criticised".' }),
    verb('eviscerate'),
    verb('excoriate'),
    verb('skewer'),
    verb('bash', { except: ['bash', 'bashes'] }),
    verb('trash', { except: ['trash'] }),
    verb('pounce on'),
    verb('rail against'),
    word('take a swipe at', {
      forms: ['takes a swipe at', 'taking a swipe at', 'took a swipe at', 'taken a swipe at', 'took swipes at'],
    }),
    verb('fire back'),
    noun('broadside'),
    word('war of words', { forms: ['wars of words'] }),
    ...words('scathing', 'scathingly', 'withering'),
    // Manner adverbs that make a statement an assault ("angrily denounced"); "sharply" is left out because it
    // is mostly about numbers ("fell sharply").
    ...words('angrily', 'furiously', 'fiercely', 'bitterly', 'vehemently', 'viciously', 'viscerally', 'savagely'),
  ],
};
