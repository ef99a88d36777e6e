/**
 * The kinds of loaded language we flag. Few on purpose: each tells a journalist what to check.
 * - sensational: dramatises an event beyond what the facts state ("bombshell", "chaos").
 * - combative: casts criticism as a physical fight ("slammed", "lashed out").
 * - characterizing: attributes an emotion or motive to a speaker instead of "said" ("boasted", "whined").
 * - epistemic: presupposes that a claim is true or false (Recasens et al. 2013's factive/assertive verbs and
 *   hedges: "so-called", "of course", "insisted").
 * - editorial: the writer's own value judgement or praise ("senseless", "disgraceful", "legendary").
 * - label: a pejorative label for a person, group or government ("thug", "regime", "genocidal").
 */
export type LoadedKind = 'sensational' | 'combative' | 'characterizing' | 'epistemic' | 'editorial' | 'label';

/** How an entry is inflected when compiled: a verb phrase's first word, a noun phrase's last word. */
export type Inflection = 'verb' | 'noun' | 'none';

export interface LexiconEntry {
  /** Lower-case base phrase, words separated by single spaces ("lash out", "so-called"). */
  phrase: string;
  inflect: Inflection;
  /** Extra surface forms (irregular verbs: "tore into"). */
  forms?: string[];
  /** Generated forms to drop because they are usually another word ("blasts" the noun, "fumes"). */
  except?: string[];
  /** Regex alternation of following words that make the match literal ("device" after "explosive"). */
  unlessNext?: string;
  /** Regex alternation of preceding words that make the match literal ("sanctions" before "regime"). */
  unlessPrev?: string;
  /** Overrides the group note when this word needs its own explanation. */
  note?: string;
}

export interface LexiconGroup {
  kind: LoadedKind;
  /** Why words of this group are loaded, shown to the journalist with each flag. */
  note: string;
  entries: LexiconEntry[];
}

type EntryOptions = Omit<LexiconEntry, 'phrase' | 'inflect'>;

/** A verb (or verb phrase, first word inflected): verb('lash out') matches "lashed out", "lashing out". */
export function verb(phrase: string, options: EntryOptions = {}): LexiconEntry {
  return { phrase, inflect: 'verb', ...options };
}

/** A noun with its plural: noun('thug') matches "thug", "thugs". */
export function noun(phrase: string, options: EntryOptions = {}): LexiconEntry {
  return { phrase, inflect: 'noun', ...options };
}

/** A fixed word or phrase, matched as written (adjectives, adverbs, idioms). */
export function word(phrase: string, options: EntryOptions = {}): LexiconEntry {
  return { phrase, inflect: 'none', ...options };
}

/** Several fixed words sharing the group note: words('shocking', 'shockingly'). */
export function words(...phrases: string[]): LexiconEntry[] {
  return phrases.map((phrase) => word(phrase));
}
