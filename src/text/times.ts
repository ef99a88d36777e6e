import { type CalDate, parsePublished } from './times-calendar.ts';
import type { RuleContext, TimeRule } from './times-rule.ts';
import { EXPLICIT_RULES } from './times-rules-explicit.ts';
import { RELATIVE_RULES } from './times-rules-relative.ts';
import { isFutureAt } from './times-tense.ts';
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
  sentences.forEach((sentence, index) => {
    const start = clamp(sentence.start, text.length);
    const end = clamp(sentence.end, text.length);
    const body = text.slice(start, end);
    for (const match of findInSentence(body, p)) {
      found.push({ ...match, start: start + match.start, end: start + match.end, sentence: index });
    }
  });
  // Sentences normally arrive in order and apart; sorting keeps the output ordered and overlap-free if not.
  return keepLongest(found);
}

/** Rules grouped by trigger, so a trigger shared by several rules (MONTH_TRIGGER) is tested once per sentence. */
const RULES_BY_TRIGGER = groupByTrigger([...EXPLICIT_RULES, ...RELATIVE_RULES]);

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

function findInSentence(body: string, p: CalDate | null): Match[] {
  const candidates: Match[] = [];
  for (const group of RULES_BY_TRIGGER) {
    if (group.trigger.test(body)) for (const rule of group.rules) candidates.push(...matchRule(rule, body, p));
  }
  return keepLongest(candidates);
}

function matchRule(rule: TimeRule, body: string, p: CalDate | null): Match[] {
  const matches: Match[] = [];
  rule.pattern.lastIndex = 0;
  for (let m = rule.pattern.exec(body); m !== null; m = rule.pattern.exec(body)) {
    const start = m.index + (m.groups?.['lead']?.length ?? 0);
    const end = m.index + m[0].length;
    const ctx: RuleContext = { p, isFuture: () => isFutureAt(body, start, end) };
    const date = rule.resolve(m.groups ?? {}, ctx, m);
    if (date !== undefined) matches.push({ start, end, text: body.slice(start, end), date });
  }
  return matches;
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
