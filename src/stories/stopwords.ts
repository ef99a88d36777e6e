/**
 * English function words and news boilerplate that say nothing about which event an article reports.
 * Kept short on purpose: IDF already discounts frequent words; this list only removes words whose frequency varies
 * with style rather than with the event ("said", "told", "would").
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between
both but by can could did do does doing down during each few for from further had has have having he her here hers
herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once
only or other our ours out over own same she should so some such than that the their theirs them then there these
they this those through to too under until up very was we were what when where which while who whom why will with
would you your yours said says say told according also since including its it's he's she's s t one two new news
image photo caption copyright reuters ap afp cnn bbc read more click share email print advertisement video watch
mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week year years time
january february march april may june july august september october november december jan feb mar apr jun jul aug
sep sept oct nov dec`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/** Capitalised words that open sentences or name dates, never an event's own entity. */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  `the a an this that these those it he she they we i you his her their our its there here but and or if when while
after before as at in on of for by with from to what who why how where which monday tuesday wednesday thursday
friday saturday sunday january february march april may june july august september october november december mr mrs
ms dr president officials police update updated breaking live photo video`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);
