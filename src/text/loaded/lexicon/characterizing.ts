import { type LexiconGroup, noun, verb, word } from '../types.ts';

const STANCE_NOTE = 'Characterises a change or refusal of position (stubborn, weak) instead of reporting it.';

export const CHARACTERIZING: LexiconGroup = {
  kind: 'characterizing',
  note: 'Attributes an emotion or motive to the speaker; the neutral verb is "said".',
  entries: [
    // "the city boasts a harbour" is neutral: only the past and progressive report speech.
    verb('boast', { except: ['boast', 'boasts'] }),
    verb('brag'),
    verb('whine'),
    verb('whinge'),
    verb('rant', { except: ['rant', 'rants'] }),
    verb('fume', { except: ['fume', 'fumes'] }),
    verb('seethe'),
    verb('gloat'),
    verb('grumble'),
    verb('scoff'),
    verb('sneer'),
    verb('bristle', { except: ['bristle', 'bristles'] }),
    verb('snap at'),
    verb('gush', { except: ['gush', 'gushes'] }),
    verb('tout'),
    verb('mock', { unlessNext: 'trials?|ups?|drafts?|elections?|exams?|turtle' }),
    verb('ridicule'),
    verb('lament'),
    verb('bemoan'),
    verb('shrug off', { forms: ['shrugged off', 'shrugging off'] }),
    // "complained of chest pains" is a symptom, not a grievance.
    verb('complain', { unlessNext: 'of' }),
    verb('double down', { note: STANCE_NOTE }),
    verb('cave', { except: ['cave', 'caves'], note: STANCE_NOTE }),
    verb('backpedal', { forms: ['backpedaled', 'backpedalled', 'backpedaling', 'backpedalling'], note: STANCE_NOTE }),
    word('flip-flop', { forms: ['flip-flops', 'flip-flopped', 'flip-flopping'], note: STANCE_NOTE }),
    noun('tirade'),
    noun('diatribe'),
    noun('screed'),
    noun('harangue'),
  ],
};
