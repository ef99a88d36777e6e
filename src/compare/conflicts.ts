import type { AnnotatedArticle } from '../pipeline.ts';
import type { EntityMention } from '../text/types.ts';
import { memoize } from '../memo.ts';
import { findReplacements, type Replacement, readWords, type Word } from './diff.ts';
import { countShared } from './similarity-overlap.ts';
import { type NumberSlot, PART_OF_DAY, pastOf, readNumbers, readPlannedPhrase, readPlannedVerb, sameQuantity, statesPast, WEEKDAY } from './slots.ts';
import type { Claim, Conflict, ConflictKind, Statement, StoryEntity, StoryQuote } from './types.ts';

/** A hedged number this close to a plain one is the same figure softened ("nearly 30" vs "28"), not a new figure. */
const HEDGE_TOLERANCE = 0.15;

interface Side {
  value: string;
  statements: Statement[];
}

/** Sides are only a disagreement when no article stands on two of them. */
function disjoint(sides: Side[]): boolean {
  const seen = new Set<string>();
  for (const side of sides) {
    const ids = new Set(side.statements.map((s) => s.articleId));
    for (const id of ids) {
      if (seen.has(id)) return false;
    }
    for (const id of ids) seen.add(id);
  }
  return true;
}

function addTo(sides: Map<string, Side>, value: string, s: Statement): void {
  const side = sides.get(value) ?? { value, statements: [] };
  if (!side.statements.some((x) => x.articleId === s.articleId && x.sentence === s.sentence)) side.statements.push(s);
  sides.set(value, side);
}

/**
 * Numbers with a unit in a sentence that can stand on a side, remembered by text: wire copies repeat a statement
 * across a claim. A statement giving two figures for one unit cannot stand on one side.
 */
const MAX_MEMO_TEXTS = 20_000;
const unitNumbersOf = memoize((text) => {
  const numbers = readNumbers(text).filter((n) => n.unit);
  return numbers.filter((n) => numbers.filter((m) => m.unit === n.unit).length === 1);
}, MAX_MEMO_TEXTS);

/** Statements' numbers grouped by what they count (sameQuantity), each group's statements by value. */
function quantityGroups(
  statements: Iterable<Statement>,
  same: (a: NumberSlot, b: NumberSlot) => boolean = sameQuantity,
): Array<{ slot: NumberSlot; sides: Map<string, Side> }> {
  const groups: Array<{ slot: NumberSlot; sides: Map<string, Side> }> = [];
  for (const s of statements) {
    for (const n of unitNumbersOf(s.text)) {
      let g = groups.find((x) => same(x.slot, n));
      if (!g) {
        g = { slot: n, sides: new Map<string, Side>() };
        groups.push(g);
      }
      addTo(g.sides, n.hedge ? `${n.hedge} ${n.value}` : String(n.value), s);
    }
  }
  return groups;
}

/** The word a number counts, as written ("Twelve people" -> "people"); undefined when the number stands alone. */
function quantityOf(slot: NumberSlot): string | undefined {
  if (!slot.unit) return undefined;
  return slot.text.split(/[-\s]+/).pop()?.toLowerCase();
}

/** `{ quantity }` when a conflict found one, else nothing (the field is left out, not written as undefined). */
function quantityField(found: { kind: ConflictKind; quantity?: string }): { quantity?: string } {
  return found.quantity ? { quantity: found.quantity } : {};
}

/** A group of values for one quantity as a conflict: two or more, from two or more articles, none on two sides. */
function judgeNumbers({ slot, sides }: { slot: NumberSlot; sides: Map<string, Side> }): { kind: ConflictKind; sides: Side[]; quantity?: string } | null {
  const values = [...sides.values()];
  const articles = new Set(values.flatMap((v) => v.statements.map((s) => s.articleId)));
  if (values.length < 2 || articles.size < 2 || !disjoint(values)) return null;
  const plain = values.map((v) => Number(v.value.split(' ').pop()));
  const hedged = values.some((v) => v.value.includes(' '));
  const spread = (Math.max(...plain) - Math.min(...plain)) / Math.max(1, Math.max(...plain));
  return { kind: hedged && spread <= HEDGE_TOLERANCE ? 'hedge' : 'number', sides: values, quantity: tollOf(slot) };
}

/** Numbers counting the same thing that differ across a claim's statements: a number or a hedge conflict. */
function numberConflict(claim: Claim): { kind: ConflictKind; sides: Side[]; quantity?: string } | null {
  for (const group of quantityGroups(claim.statements)) {
    const found = judgeNumbers(group);
    if (found) return found;
  }
  return null;
}

/**
 * The words (crudely stemmed, as NumberSlot.context) of the counts a story has one of: its dead, injured, missing,
 * arrested, evacuated. Across claims only these are compared; other counts in a story are often of different
 * things ("35,355 new cases" in one state, "137,000 new daily cases" nationwide; 253 electoral votes won, 279 to
 * win), which paraphrase grouping keeps apart inside a claim but a shared context word alone does not.
 */
const TOLL = /^(kill|dead|death|di|die|injur|wound|hurt|arrest|detain|evacuat|missing|rescu|displac|hospitaliz|hospitalis)$/;

/** Two numbers counting the same toll: the same unit and a toll word around both. */
function sameToll(a: NumberSlot, b: NumberSlot): boolean {
  if (a.unit !== b.unit || a.rate !== b.rate || a.since !== b.since) return false;
  for (const w of a.context) if (TOLL.test(w) && b.context.has(w)) return true;
  return false;
}

/** What a toll word counts, for a reader ("kill" -> "killed"). */
const TOLL_WORDS: Record<string, string> = {
  kill: 'killed', dead: 'dead', death: 'dead', di: 'dead', die: 'dead', injur: 'injured', wound: 'wounded', hurt: 'hurt',
  arrest: 'arrested', detain: 'detained', evacuat: 'evacuated', missing: 'missing', rescu: 'rescued', displac: 'displaced',
  hospitaliz: 'in hospital', hospitalis: 'in hospital',
};

/** "people killed": the counted word and the toll it is counted in. */
function tollOf(slot: NumberSlot): string | undefined {
  const counted = quantityOf(slot);
  const toll = [...slot.context].find((w) => TOLL.test(w));
  return counted && toll ? `${counted} ${TOLL_WORDS[toll] ?? toll}` : counted;
}

/**
 * The same toll given differently in statements of different claims ("Twelve people were killed when part of the
 * dam gave way" and "The collapse killed 14 people"): sentences worded too differently to be one claim still
 * disagree on it. A conflict already found inside a claim for that count takes the new statements on its
 * sides (and their claims); otherwise a new conflict is made.
 */
function crossClaimNumbers(claims: Claim[], claimsByStatement: ClaimsByStatement, out: Conflict[], outletOf: Map<string, string | null>): void {
  const key = (s: Statement) => `${s.articleId}\u0000${s.sentence}`;
  for (const group of quantityGroups(claims.flatMap((c) => c.statements), sameToll)) {
    const found = judgeNumbers(group);
    if (!found) continue;
    const statements = found.sides.flatMap((side) => side.statements);
    const claimIds = [...new Set(statements.flatMap((st) => claimsByStatement.of(st).map((c) => c.id)))];
    if (claimIds.length < 2) continue; // inside one claim: numberConflict's
    const keys = new Set(statements.map(key));
    const existing = out.find((c) => (c.kind === 'number' || c.kind === 'hedge') && c.sides.some((side) => side.statements.some((st) => keys.has(key(st)))));
    if (!existing) {
      out.push({ id: `conflict-${out.length + 1}`, kind: found.kind, claimIds, sides: found.sides, summary: summarize(found.kind, found.sides, null, outletOf), ...quantityField(found) });
      continue;
    }
    // The existing sides with the new statements added by value; kept only if still no article stands on two.
    const merged = new Map(existing.sides.map((side) => [side.value, { value: side.value, statements: [...side.statements] }]));
    for (const side of found.sides) for (const st of side.statements) addTo(merged, side.value, st);
    const sides = [...merged.values()];
    if (!disjoint(sides)) continue;
    existing.sides = sides;
    existing.claimIds = [...new Set([...existing.claimIds, ...claimIds])];
    if (found.quantity) existing.quantity = found.quantity;
    existing.summary = summarize(existing.kind, existing.sides, null, outletOf);
  }
}

/** Different days (or parts of the same day) given for one event; refinements are not conflicts. */
function timeConflict(claim: Claim, articles: Map<string, AnnotatedArticle>): { kind: ConflictKind; sides: Side[] } | null {
  const days = new Map<string, Side>();
  const parts = new Map<string, Side>();
  for (const s of claim.statements) {
    const article = articles.get(s.articleId);
    const times = article ? inSentence(article.annotation.times, s.sentence) : [];
    // A sentence with several times (an event and its aftermath) does not pin one day to the claim.
    if (times.length !== 1) continue;
    for (const t of times) {
      const day = t.date && /^\d{4}-\d{2}-\d{2}$/.test(t.date) ? t.date : (WEEKDAY.exec(t.text)?.[1]?.toLowerCase() ?? null);
      if (day) addTo(days, day, s);
      const part = PART_OF_DAY.exec(t.text)?.[1]?.toLowerCase();
      if (part && day) addTo(parts, `${day} ${part}`, s);
    }
  }
  const dayValues = [...days.values()];
  if (dayValues.length >= 2 && new Set(dayValues.flatMap((v) => v.statements.map((s) => s.articleId))).size >= 2) {
    // A weekday and an ISO date may name the same day: keep only ISO dates when both kinds appear.
    const iso = dayValues.filter((v) => /^\d/.test(v.value));
    const use = iso.length >= 2 ? iso : iso.length === 0 ? dayValues : [];
    if (use.length >= 2 && disjoint(use)) return { kind: 'date', sides: use };
  }
  const partValues = [...parts.values()];
  if (partValues.length >= 2 && disjoint(partValues) && new Set(partValues.map((p) => p.value.split(' ')[0])).size === 1) {
    return { kind: 'time', sides: partValues };
  }
  return null;
}

/** "met" in one outlet, "is due to meet" in another. */
function statusConflict(claim: Claim): { kind: ConflictKind; sides: Side[] } | null {
  for (const s of claim.statements) {
    const verb = readPlannedVerb(s.text);
    if (!verb) continue;
    const done = claim.statements.filter((o) => o.articleId !== s.articleId && statesPast(o.text, verb));
    if (done.length === 0) continue;
    const sides = new Map<string, Side>();
    for (const o of claim.statements) {
      const v = readPlannedVerb(o.text) === verb ? (readPlannedPhrase(o.text) ?? `will ${verb}`).toLowerCase() : statesPast(o.text, verb) ? pastOf(verb) : null;
      if (v) addTo(sides, v, o);
    }
    if (sides.size >= 2 && disjoint([...sides.values()])) return { kind: 'status', sides: [...sides.values()] };
  }
  return null;
}

function summarize(kind: ConflictKind, sides: Side[], claim: Claim | null, outletOf: Map<string, string | null>): string {
  const who = (side: Side) => [...new Set(side.statements.map((s) => outletOf.get(s.articleId) ?? s.articleId))].join(', ');
  const parts = sides.map((side) => `${who(side)}: ${side.value}`).join('; ');
  const about = claim ? ` on "${claim.text.slice(0, 90)}${claim.text.length > 90 ? '...' : ''}"` : '';
  return `Outlets differ (${kind})${about}: ${parts}.`;
}

const LOCATIVE = new Set(['at', 'in', 'near', 'inside', 'outside', 'from']);
/** Head nouns of places a report can get wrong ("the sports hall" vs "the town hall"). */
const PLACE_NOUNS = /^(hall|hospital|school|stadium|center|centre|church|mosque|shelter|camp|base|airport|station|hotel|square|street|road|avenue|bridge|port|harbour|harbor|building|office|embassy|palace|parliament|court|prison|market|mall|park|village|town|city|district|province|region|border|crossing|checkpoint|plant|factory|mine|dam|river|lake)$/;
/**
 * Two statements are compared slot by slot only when one is a near copy of the other: this share of the shorter
 * one's words in common, in order. Freely reworded statements differ everywhere, which says nothing (seeds).
 */
const NEAR_COPY_SHARE = 0.6;

/** Share of the shorter sentence's words that A and B have in common, in order, given A's replacements by B. */
function commonShare(a: Word[], b: Word[], replaced: Replacement[]): number {
  const shorter = Math.min(a.length, b.length);
  if (shorter === 0) return 0;
  const same = shorter - replaced.reduce((n, x) => n + Math.max(x.a.length, x.b.length), 0);
  return same / shorter;
}

/** A's replacements by B when B is a near copy of A; none otherwise. */
function nearCopyReplacements(a: Word[], b: Word[]): Replacement[] {
  const replaced = findReplacements(a, b);
  return commonShare(a, b, replaced) < NEAR_COPY_SHARE ? [] : replaced;
}

/**
 * An article's items (entity mentions, times) by sentence, in order, indexed once per list: every statement of a
 * story looks up its own sentence's items, often several times.
 */
const sentenceIndexes = new WeakMap<readonly { sentence: number }[], Map<number, { sentence: number }[]>>();

function inSentence<T extends { sentence: number }>(items: readonly T[], sentence: number): readonly T[] {
  let index = sentenceIndexes.get(items) as Map<number, T[]> | undefined;
  if (index === undefined) {
    index = new Map();
    for (const x of items) {
      const list = index.get(x.sentence);
      if (list) list.push(x);
      else index.set(x.sentence, [x]);
    }
    sentenceIndexes.set(items, index);
  }
  return index.get(sentence) ?? [];
}

function mentionsIn(article: AnnotatedArticle | undefined, sentence: number): readonly EntityMention[] {
  return article ? inSentence(article.annotation.entities, sentence) : [];
}

/** A story's entities by name and alias, indexed once per list: the first entity to have it, as a find gives. */
const entityIndexes = new WeakMap<StoryEntity[], Map<string, StoryEntity>>();

function entityNamed(entities: StoryEntity[], text: string): StoryEntity | undefined {
  let index = entityIndexes.get(entities);
  if (index === undefined) {
    index = new Map();
    for (const e of entities) {
      for (const name of [e.name, ...e.aliases]) if (!index.has(name)) index.set(name, e);
    }
    entityIndexes.set(entities, index);
  }
  return index.get(text);
}

function isPlaceWord(w: Word, article: AnnotatedArticle | undefined, sentence: number): boolean {
  if (PLACE_NOUNS.test(w.norm)) return true;
  if (!article) return false;
  const base = article.annotation.sentences[sentence]?.start ?? 0;
  return mentionsIn(article, sentence).some((m) => m.type === 'place' && base + w.start < m.end && m.start < base + w.end);
}

/**
 * Index of the word that ends the place a preposition governs: the first place noun or place name within five
 * words after it; -1 when there is none. A replaced stretch must end by then to be a different place, not a
 * different continuation ("at Ungheni in Moldova" vs "at Ungheni collapsed late on Sunday").
 */
function placeEnd(words: Word[], prep: number, article: AnnotatedArticle | undefined, sentence: number): number {
  for (let k = prep + 1; k < Math.min(words.length, prep + 6); k++) if (isPlaceWord(words[k]!, article, sentence)) return k;
  return -1;
}
const ARTICLES = new Set(['the', 'a', 'an']);

/** The clause a preposition governs, from its object to the next comma or full stop ("Varnholm sports hall on Kettle Road"). */
function phraseAfter(text: string, words: Word[], prep: number): string {
  let k = prep + 1;
  while (k < words.length && ARTICLES.has(words[k]!.norm)) k++;
  const start = words[k]?.start ?? words[prep]!.end;
  const stop = text.slice(start).search(/[,.;]/);
  return text.slice(start, stop < 0 ? undefined : start + stop).trim();
}

/** The locative preposition governing a replaced stretch: within three words before it, in the same clause. */
function governingPreposition(words: Word[], first: Word): number {
  const at = words.indexOf(first);
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) if (LOCATIVE.has(words[k]!.norm)) return k;
  return -1;
}

/**
 * Places and people that differ in the same slot of one claim ("at the sports hall" / "at the town hall", "met
 * Zelensky" / "met Shmyhal"). Spelling variants and additions are not conflicts: only a replaced stretch counts,
 * and a person only when both sides name different story entities.
 */
function slotConflicts(claim: Claim, articles: Map<string, AnnotatedArticle>, entities: StoryEntity[]): Array<{ kind: ConflictKind; sides: Side[] }> {
  const out: Array<{ kind: ConflictKind; sides: Side[] }> = [];
  const st = claim.statements;
  // Wire copies repeat a statement word for word: words and replacements are worked out once per distinct pair of
  // texts (numbered, so a pair's key is a number, not the two texts joined), and identical texts have none.
  const textIds = new Map<string, number>();
  const words: Word[][] = [];
  const idOf = st.map((s) => {
    let id = textIds.get(s.text);
    if (id === undefined) {
      textIds.set(s.text, (id = words.length));
      words.push(readWords(s.text));
    }
    return id;
  });
  // One text (copies of one sentence): nothing differs.
  if (words.length < 2) return [];
  const diffs: Array<Replacement[] | undefined> = new Array(words.length * words.length);
  const replacementsOf = (ia: number, ib: number): Replacement[] => (diffs[ia * words.length + ib] ??= nearCopyReplacements(words[ia]!, words[ib]!));
  for (let x = 0; x < st.length; x++) {
    for (let y = x + 1; y < st.length; y++) {
      const a = st[x]!;
      const b = st[y]!;
      if (a.articleId === b.articleId || idOf[x] === idOf[y]) continue;
      const wa = words[idOf[x]!]!;
      const wb = words[idOf[y]!]!;
      for (const r of replacementsOf(idOf[x]!, idOf[y]!)) {
        const prepA = governingPreposition(wa, r.a[0]!);
        const prepB = governingPreposition(wb, r.b[0]!);
        const sameEntity = isSameEntityText(r.a, r.b, entities);
        if (sameEntity) continue;
        // The governed phrase must name a place ("the Varnholm sports hall": hall), and the change must lie inside it.
        const endA = prepA >= 0 ? placeEnd(wa, prepA, articles.get(a.articleId), a.sentence) : -1;
        const endB = prepB >= 0 ? placeEnd(wb, prepB, articles.get(b.articleId), b.sentence) : -1;
        const placeLike = endA >= 0 && endB >= 0 && wa.indexOf(r.a[r.a.length - 1]!) <= endA && wb.indexOf(r.b[r.b.length - 1]!) <= endB;
        if (prepA >= 0 && prepB >= 0 && wa[prepA]!.norm === wb[prepB]!.norm && placeLike && !isNumberish(r.a) && !isTimeWord(r.a) && !isTimeWord(r.b)) {
          const va = phraseAfter(a.text, wa, prepA);
          const vb = phraseAfter(b.text, wb, prepB);
          if (va && vb && va.toLowerCase() !== vb.toLowerCase() && !va.toLowerCase().includes(vb.toLowerCase()) && !vb.toLowerCase().includes(va.toLowerCase())) {
            out.push({ kind: 'place', sides: [{ value: va, statements: [a] }, { value: vb, statements: [b] }] });
          }
          continue;
        }
        const pa = personIn(r.a, articles.get(a.articleId), a.sentence, entities);
        const pb = personIn(r.b, articles.get(b.articleId), b.sentence, entities);
        if (pa && pb && pa !== pb) out.push({ kind: 'person', sides: [{ value: pa, statements: [a] }, { value: pb, statements: [b] }] });
      }
    }
  }
  return mergeSlotConflicts(out);
}

function isNumberish(words: Word[]): boolean {
  return words.every((w) => /^\d/.test(w.text));
}

function isTimeWord(words: Word[]): boolean {
  return words.some((w) => /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|night|evening|afternoon|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|week|month|year)$/.test(w.norm));
}

/** Replaced words that are two spellings of one entity (Zelensky / Zelenskyy) are not a conflict. */
function isSameEntityText(a: Word[], b: Word[], entities: StoryEntity[]): boolean {
  const ta = a.map((w) => w.text).join(' ');
  const tb = b.map((w) => w.text).join(' ');
  return entities.some((e) => {
    const forms = [e.name, ...e.aliases];
    return forms.some((f) => f.includes(ta)) && forms.some((f) => f.includes(tb));
  });
}

/** The story person named by the replaced words, if they are (part of) a person mention in that sentence. */
function personIn(words: Word[], article: AnnotatedArticle | undefined, sentence: number, entities: StoryEntity[]): string | null {
  if (!article) return null;
  const base = article.annotation.sentences[sentence]?.start ?? 0;
  for (const m of mentionsIn(article, sentence)) {
    if (m.type !== 'person') continue;
    const overlaps = words.some((w) => base + w.start < m.end && m.start < base + w.end);
    if (!overlaps) continue;
    return entityNamed(entities, m.text)?.name ?? m.text;
  }
  return null;
}

/** One conflict per kind and pair of values, with every statement on each side. */
function mergeSlotConflicts(found: Array<{ kind: ConflictKind; sides: Side[] }>): Array<{ kind: ConflictKind; sides: Side[] }> {
  const byKey = new Map<string, { kind: ConflictKind; sides: Map<string, Side> }>();
  for (const f of found) {
    const key = `${f.kind}|${f.sides.map((s) => s.value.toLowerCase()).sort().join('|')}`;
    const entry = byKey.get(key) ?? { kind: f.kind, sides: new Map<string, Side>() };
    for (const side of f.sides) for (const st of side.statements) addTo(entry.sides, side.value, st);
    byKey.set(key, entry);
  }
  return [...byKey.values()].map((e) => ({ kind: e.kind, sides: [...e.sides.values()] })).filter((c) => disjoint(c.sides));
}

const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };
/** "two top US army officials": a count of people, up to three words between the number and the noun. */
const PEOPLE_COUNT = /\b(two|three|four|five|six)\s+(?:[\w.]+\s+){0,3}?(officials|officers|generals|commanders|leaders|members|envoys|people)\b/i;
/** A sentence that lists who was there. */
const LIST_CUE = /\b(included|including|joined by|accompanied by|accompanying|traveled with|travelled with|among them)\b/i;
/** Both tests remembered by text, as unitNumbersOf: they run on every statement of the story. */
const peopleCountIn = memoize((text) => PEOPLE_COUNT.exec(text), MAX_MEMO_TEXTS);
const hasListCue = memoize((text) => LIST_CUE.test(text), MAX_MEMO_TEXTS);

function personsIn(article: AnnotatedArticle | undefined, sentence: number, entities: StoryEntity[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentionsIn(article, sentence)) if (m.type === 'person') out.add(entityNamed(entities, m.text)?.id ?? m.text);
  return out;
}

/**
 * Scope: one outlet counts the people ("two top US army officials") where another lists more of them by name (a
 * delegation of four). The count's sentence and the next one name who is counted; a list in another family that
 * shares one of them and names more people than the count disagrees on the scope.
 */
function scopeConflicts(statements: Statement[], articles: Map<string, AnnotatedArticle>, entities: StoryEntity[], familyOf: Map<string, string>): Side[][] {
  const found: Side[][] = [];
  const listing = statements.filter((b) => hasListCue(b.text));
  for (const a of statements) {
    const m = peopleCountIn(a.text);
    if (!m) continue;
    const count = COUNT_WORDS[m[1]!.toLowerCase()]!;
    const article = articles.get(a.articleId);
    const counted = new Set([...personsIn(article, a.sentence, entities), ...personsIn(article, a.sentence + 1, entities)]);
    if (counted.size === 0) continue;
    const lists = listing.filter((b) => {
      if (familyOf.get(b.articleId) === familyOf.get(a.articleId)) return false;
      const named = personsIn(articles.get(b.articleId), b.sentence, entities);
      return named.size > count && [...named].some((p) => counted.has(p));
    });
    if (lists.length === 0) continue;
    const size = Math.max(...lists.map((b) => personsIn(articles.get(b.articleId), b.sentence, entities).size));
    found.push([
      { value: m[0], statements: [a] },
      { value: `a list of ${size} named people`, statements: lists },
    ]);
  }
  return found;
}

/** Entities a statement names, as story entity ids (so "Zelensky" and "Zelenskyy" are one). */
function namedIn(s: Statement, articles: Map<string, AnnotatedArticle>, entities: StoryEntity[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentionsIn(articles.get(s.articleId), s.sentence)) {
    if (m.type === 'other') continue;
    const e = entityNamed(entities, m.text);
    if (e) out.add(e.id);
  }
  return out;
}

/** Shared named people and places for a planned/done pair to be about the same event. */
const MIN_SHARED_ENTITIES = 2;

/**
 * "X is due to meet Y" in one outlet and "X met Y" in another, even when the sentences are worded too differently
 * to be grouped as one claim: the same verb, planned on one side and done on the other, with the same people.
 */
function crossClaimStatus(statements: Statement[], articles: Map<string, AnnotatedArticle>, entities: StoryEntity[], familyOf: Map<string, string>): Side[][] {
  const found: Side[][] = [];
  // Every planned statement is tested against every other: what each statement names is worked out once.
  const names = new Map<Statement, Set<string>>();
  const namesOf = (s: Statement) => {
    let n = names.get(s);
    if (n === undefined) names.set(s, (n = namedIn(s, articles, entities)));
    return n;
  };
  // And the statements that state each verb in the past, found once per verb (many statements plan the same verb),
  // testing each distinct text once: wire copies repeat both the planned and the other texts.
  const past = new Map<string, Statement[]>();
  const statingPast = (verb: string) => {
    let list = past.get(verb);
    if (list === undefined) {
      const byText = new Map<string, boolean>();
      list = statements.filter((o) => {
        let answer = byText.get(o.text);
        if (answer === undefined) byText.set(o.text, (answer = statesPast(o.text, verb)));
        return answer;
      });
      past.set(verb, list);
    }
    return list;
  };
  for (const p of statements) {
    const verb = readPlannedVerb(p.text);
    if (!verb) continue;
    const pNames = namesOf(p);
    if (pNames.size < MIN_SHARED_ENTITIES) continue;
    const done = statingPast(verb).filter((o) => familyOf.get(o.articleId) !== familyOf.get(p.articleId) && countShared(namesOf(o), pNames) >= MIN_SHARED_ENTITIES);
    if (done.length === 0) continue;
    if (found.some((sides) => sides[0]!.statements.some((x) => x.articleId === p.articleId && x.sentence === p.sentence))) continue;
    found.push([
      { value: (readPlannedPhrase(p.text) ?? `will ${verb}`).toLowerCase(), statements: [p] },
      { value: pastOf(verb), statements: done },
    ]);
  }
  return found;
}

/** The claims holding each statement, by its article and sentence, in claim order. */
class ClaimsByStatement {
  private readonly byArticle = new Map<string, Map<number, Claim[]>>();

  constructor(claims: Claim[]) {
    for (const c of claims) {
      for (const x of c.statements) {
        let bySentence = this.byArticle.get(x.articleId);
        if (bySentence === undefined) this.byArticle.set(x.articleId, (bySentence = new Map()));
        const list = bySentence.get(x.sentence);
        if (list === undefined) bySentence.set(x.sentence, [c]);
        else if (list[list.length - 1] !== c) list.push(c);
      }
    }
  }

  of(s: Statement): readonly Claim[] {
    return this.byArticle.get(s.articleId)?.get(s.sentence) ?? [];
  }
}

/** Conflicts inside each claim (numbers, hedges, dates, times, status) and between quote attributions. */
export function findConflicts(
  claims: Claim[],
  quotes: StoryQuote[],
  articles: Map<string, AnnotatedArticle>,
  outletOf: Map<string, string | null>,
  context: { entities: StoryEntity[]; familyOf: Map<string, string> } = { entities: [], familyOf: new Map() },
): Conflict[] {
  const out: Conflict[] = [];
  // The claims holding each statement, indexed once: the first is what a find over every claim's statements gives,
  // and a quote's claims are those holding any of its statements.
  const claimsByStatement = new ClaimsByStatement(claims);
  const claimOf = (s: Statement) => claimsByStatement.of(s)[0];
  for (const claim of claims) {
    // Fewer than two articles (what a set of the ids would count).
    if (!claim.articleIds.some((id) => id !== claim.articleIds[0])) continue;
    for (const found of [numberConflict(claim), timeConflict(claim, articles), statusConflict(claim), ...slotConflicts(claim, articles, context.entities)]) {
      if (!found) continue;
      out.push({ id: `conflict-${out.length + 1}`, kind: found.kind, claimIds: [claim.id], sides: found.sides, summary: summarize(found.kind, found.sides, claim, outletOf), ...quantityField(found) });
    }
  }
  crossClaimNumbers(claims, claimsByStatement, out, outletOf);
  const statusKeys = new Set(out.filter((c) => c.kind === 'status').flatMap((c) => c.claimIds));
  for (const sides of crossClaimStatus(claims.flatMap((c) => c.statements), articles, context.entities, context.familyOf)) {
    const claimIds = [...new Set(sides.flatMap((side) => side.statements.map((s) => claimOf(s)?.id)).filter((x): x is string => Boolean(x)))];
    if (claimIds.some((id) => statusKeys.has(id))) continue;
    out.push({ id: `conflict-${out.length + 1}`, kind: 'status', claimIds, sides, summary: summarize('status', sides, claimOf(sides[0]!.statements[0]!) ?? null, outletOf) });
  }
  for (const sides of scopeConflicts(claims.flatMap((c) => c.statements), articles, context.entities, context.familyOf)) {
    const claimIds = [...new Set(sides.flatMap((side) => side.statements.map((s) => claimOf(s)?.id)).filter((x): x is string => Boolean(x)))];
    out.push({ id: `conflict-${out.length + 1}`, kind: 'scope', claimIds, sides, summary: summarize('scope', sides, null, outletOf) });
  }
  for (const q of quotes) {
    if (!q.speakers || q.speakers.length < 2) continue;
    const sides = new Map<string, Side>();
    for (const st of q.statements) if (st.attribution) addTo(sides, st.attribution, st);
    if (sides.size < 2) continue;
    const values = [...sides.values()];
    const holding = new Set(q.statements.flatMap((s) => claimsByStatement.of(s)));
    const claimIds = claims.filter((c) => holding.has(c)).map((c) => c.id);
    out.push({ id: `conflict-${out.length + 1}`, kind: 'attribution', claimIds, sides: values, summary: `${summarize('attribution', values, null, outletOf)} The words "${q.text.slice(0, 80)}" are given to different speakers.` });
  }
  return out;
}
