import { type CalDate, parsePublished } from './times-calendar.ts';
import type { RuleContext, TimeRule } from './times-rule.ts';
import { EXPLICIT_RULES } from './times-rules-explicit.ts';
import { RELATIVE_RULES } from './times-rules-relative.ts';
import { isFutureAt } from './times-tense.ts';
import { compileTriggers, markTriggers } from './times-triggers.ts';
import type { Sentence, TimeExpr } from './types.ts';

/**
 * Time expressions in news text, resolved the way news is written: against the publication date P, with
 * year-less and weekday expressions taken in the past ("Wednesday" = the latest Wednesday on or before P)
 * unless the words around them are future-marked ("will meet on Wednesday"). See times-resolve.ts for the
 * anchoring rules and times-rules-*.ts for what is matched.
 *
 * Own patterns rather than chrono-node: chrono resolves "Wednesday" and "October" forward, has no notion of
 * tense, reads "three days" and "May" in ways news does not, and its full parser pass is several times slower
 * than these regexes; every one of its results would have needed re-resolving anyway.
 *
 * findTimes('Axios reported on Tuesday.', [{start: 0, end: 26, text: '...', heading: false}], '2025-11-20')
 *   -> [{start: 19, end: 26, text: 'Tuesday', date: '2025-11-18', sentence: 0}]
 */
export function findTimes(text: string, sentences: Sentence[], published: string | null): TimeExpr[] {
  const p = parsePublished(published);
  const found: TimeExpr[] = [];
  const spans = sentences.map((s) => ({ start: clamp(s.start, text.length), end: clamp(s.end, text.length) }));
  const possible = markTriggers(TRIGGERS, text, spans);
  for (let index = 0; index < spans.length; index++) {
    const { start, end } = spans[index]!;
    if (possible[index] === 0) continue;
    const body = text.slice(start, end);
    for (const match of findInSentence(body, p, possible[index]!)) {
      found.push({ start: start + match.start, end: start + match.end, text: match.text, date: match.date, sentence: index });
    }
  }
  // Sentences normally arrive in order and apart; sorting keeps the output ordered and overlap-free if not.
  return keepLongest(found);
}

/** Rules grouped by trigger, so a trigger shared by several rules (MONTH_TRIGGER) is tested once per sentence. */
const RULES_BY_TRIGGER = groupByTrigger([...EXPLICIT_RULES, ...RELATIVE_RULES]);
const TRIGGERS = compileTriggers(RULES_BY_TRIGGER.map((g) => g.trigger));

function groupByTrigger(rules: TimeRule[]): Array<{ trigger: RegExp; rules: TimeRule[] }> {
  const groups = new Map<RegExp, TimeRule[]>();
  for (const rule of rules) groups.set(rule.trigger, [...(groups.get(rule.trigger) ?? []), rule]);
  return [...groups].map(([trigger, grouped]) => ({ trigger, rules: grouped }));
}

interface Match {
  start: number;
  end: number;
  text: string;
  date: string | null;
}

/** `possible`: the groups (bit i for RULES_BY_TRIGGER[i]) whose trigger may match in `body` (see markTriggers). */
function findInSentence(body: string, p: CalDate | null, possible: number): Match[] {
  const candidates: Match[] = [];
  for (let i = 0; i < RULES_BY_TRIGGER.length; i++) {
    const group = RULES_BY_TRIGGER[i]!;
    if ((possible & (1 << i)) !== 0 && group.trigger.test(body)) for (const rule of group.rules) matchRule(rule, body, p, candidates);
  }
  return keepLongest(candidates);
}

/**
 * The context a rule resolves a match in. A class rather than an object literal with an arrow function: tsx
 * redefines `name` on every closure it creates, which cost more than most matches (this runs per match).
 */
class MatchContext implements RuleContext {
  constructor(
    readonly p: CalDate | null,
    private readonly body: string,
    private readonly start: number,
    private readonly end: number,
  ) {}

  isFuture(): boolean {
    return isFutureAt(this.body, this.start, this.end);
  }
}

/** Appends the rule's matches in `body` to `into`. */
function matchRule(rule: TimeRule, body: string, p: CalDate | null, into: Match[]): void {
  rule.pattern.lastIndex = 0;
  for (let m = rule.pattern.exec(body); m !== null; m = rule.pattern.exec(body)) {
    const start = m.index + (m.groups?.['lead']?.length ?? 0);
    const end = m.index + m[0].length;
    const date = rule.resolve(m.groups ?? {}, new MatchContext(p, body, start, end), m);
    if (date !== undefined) into.push({ start, end, text: body.slice(start, end), date });
  }
}

/** Overlapping candidates ("Wednesday" inside "Wednesday, November 19"): the earliest, then longest, wins. */
function keepLongest<T extends Match>(candidates: T[]): T[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  return keepFirstOfOverlaps(candidates);
}

function keepFirstOfOverlaps<T extends { start: number; end: number }>(sorted: T[]): T[] {
  const kept: T[] = [];
  let reached = Number.NEGATIVE_INFINITY;
  for (const item of sorted) {
    if (item.start < reached) continue;
    kept.push(item);
    reached = item.end;
  }
  return kept;
}

function clamp(offset: number, length: number): number {
  return Number.isFinite(offset) ? Math.max(0, Math.min(Math.trunc(offset), length)) : 0;
}
