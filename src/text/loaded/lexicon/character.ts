import { type LexiconGroup, words } from '../types.ts';

/**
 * Judgements of a person's character or temperament in the writer's voice (MPQA strong-subjective adjectives
 * of personality): the reader gets the writer's verdict instead of the behaviour that prompted it.
 */
export const CHARACTER: LexiconGroup = {
  kind: 'editorial',
  note: "Judges a person's character in the writer's voice; a news report describes the behaviour instead.",
  entries: [
    ...words('arrogant', 'arrogantly', 'smug', 'smugly', 'brash', 'abrasive', 'petulant', 'petulantly'),
    ...words('thin-skinned', 'hot-headed', 'hotheaded', 'bombastic', 'pompous', 'condescending', 'patronizing'),
    ...words('patronising', 'haughty', 'erratic', 'unhinged', 'blustering', 'snide', 'snarky', 'sanctimonious'),
    ...words('self-righteous', 'vindictive', 'mean-spirited', 'spineless', 'feckless', 'clueless', 'dim-witted'),
  ],
};
