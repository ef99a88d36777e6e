import { type LexiconGroup, noun, verb, word, words } from '../types.ts';

/** Literal uses of "explosive": the material, not the drama ("police found explosive material"). */
const EXPLOSIVE_LITERAL_NEXT =
  'devices?|materials?|vests?|belts?|charges?|ordnance|residue|substances?|detectors?|detection|powders?|' +
  'experts?|packages?|traces?|eruptions?|decompression|mixture|ordnance|power|yield|growth';

export const SENSATIONAL: LexiconGroup = {
  kind: 'sensational',
  note: 'Dramatises the event beyond what the facts state; a neutral report gives the fact and lets readers weigh it.',
  entries: [
    word('explosive', { unlessNext: EXPLOSIVE_LITERAL_NEXT, unlessPrev: 'high|plastic|improvised|military' }),
    noun('bombshell'),
    noun('firestorm'),
    noun('meltdown'),
    noun('bloodbath'),
    noun('nightmare'),
    noun('shockwave'),
    word('shock waves'),
    word('feeding frenzy'),
    word('seismic shift'),
    word('shock move'),
    word('shock decision'),
    word('blistering', { unlessNext: 'heat|sun|pace|temperatures?|speed' }),
    verb('skyrocket'),
    verb('spiral out of control'),
    ...words('stunning', 'stunningly', 'shocking', 'shockingly', 'jaw-dropping', 'eye-popping', 'staggering'),
    ...words('staggeringly', 'astonishing', 'astonishingly', 'astounding', 'mind-boggling', 'earth-shattering'),
    ...words('chaos', 'chaotic', 'mayhem', 'pandemonium', 'uproar', 'furor', 'furore', 'frenzy', 'frenzied'),
    ...words('horrific', 'horrifying', 'terrifying', 'harrowing', 'apocalyptic', 'whopping', 'sensational'),
    ...words('sensationally', 'brutal', 'brutally', 'carnage'),
  ],
};
