import { isSpellingVariant, lookupName } from '../text/entities.ts';
import type { AnnotatedArticle } from '../pipeline.ts';
import type { Entity } from '../text/types.ts';
import type { StoryEntity } from './types.ts';

function words(name: string): string[] {
  return name.split(/\s+/).filter(Boolean);
}

/** Whether two entities from different articles are one: same name, known variants, or spellings of one name. */
export function isSameEntity(a: { name: string; type: string; aliases: string[] }, b: { name: string; type: string; aliases: string[] }): boolean {
  if (a.type !== b.type && a.type !== 'other' && b.type !== 'other') return false;
  const la = lookupName(a.name)?.canonical;
  if (la && la === lookupName(b.name)?.canonical) return true;
  const namesA = [a.name, ...a.aliases].map((x) => x.toLowerCase());
  const namesB = new Set([b.name, ...b.aliases].map((x) => x.toLowerCase()));
  if (namesA.some((n) => namesB.has(n) && n.split(' ').length > 1)) return true;
  if (a.name.toLowerCase() === b.name.toLowerCase()) return true;
  // Unknown one-word places and organisations spelt two ways ("Varnholm" / "Varnholme"); known names were settled
  // by the gazetteer above, so "Austria" never meets "Australia" here.
  if (a.type !== 'person' && a.type === b.type && !la && !lookupName(b.name) && words(a.name).length === 1 && words(b.name).length === 1) {
    return isSpellingVariant(a.name, b.name);
  }
  if (a.type !== 'person' || b.type !== 'person') return false;
  const wa = words(a.name);
  const wb = words(b.name);
  const lastA = wa[wa.length - 1]!;
  const lastB = wb[wb.length - 1]!;
  if (!isSpellingVariant(lastA, lastB)) return false;
  // "Volodymyr Zelensky" ~ "Volodymyr Zelenskyy"; "Trump" ~ "Donald Trump"; "Aleksander" ~ "Alexander Voskan".
  if (wa.length === 1 || wb.length === 1) return true;
  return isSpellingVariant(wa[0]!, wb[0]!) || wa[0]!.slice(0, 2).toLowerCase() === wb[0]!.slice(0, 2).toLowerCase();
}

/** Merges each article's entities into the story's, with every spelling, role and article that uses them. */
export function mergeEntities(articles: AnnotatedArticle[]): StoryEntity[] {
  const merged: Array<StoryEntity & { forms: Map<string, number> }> = [];
  // What isSameEntity reads of a target (name, type, aliases) never changes once it is made, and targets are only
  // appended: so for an entity seen before (wire copies repeat them in every article) the first match found then
  // still stands, and only targets made since need testing. Per entity: targets tested, and the match (-1: none).
  const seen = new Map<string, { tested: number; match: number }>();
  for (const article of articles) {
    for (const e of article.annotation.entityIndex) {
      if (e.type === 'other') continue;
      const key = `${e.type}\u0000${e.name}\u0000${e.aliases.join('\u0000')}`;
      const known = seen.get(key) ?? { tested: 0, match: -1 };
      for (let k = known.tested; known.match < 0 && k < merged.length; k++) if (isSameEntity(merged[k]!, e)) known.match = k;
      known.tested = merged.length;
      seen.set(key, known);
      let target = known.match >= 0 ? merged[known.match] : undefined;
      if (!target) {
        target = { id: e.id, name: e.name, type: e.type, aliases: [], roles: [], articleIds: [], mentions: 0, forms: new Map() };
        merged.push(target);
      }
      absorb(target, e, article.id);
    }
  }
  return merged
    .map(({ forms, ...m }) => {
      const name = pickName(m.name, forms);
      return { ...m, name, aliases: [...forms.keys()].filter((f) => f !== name) };
    })
    .sort((x, y) => y.articleIds.length - x.articleIds.length || y.mentions - x.mentions);
}

function absorb(target: StoryEntity & { forms: Map<string, number> }, e: Entity, articleId: string): void {
  for (const f of [e.name, ...e.aliases]) target.forms.set(f, (target.forms.get(f) ?? 0) + e.mentions);
  for (const r of e.roles) if (!target.roles.some((x) => x.toLowerCase() === r.toLowerCase())) target.roles.push(r);
  if (!target.articleIds.includes(articleId)) target.articleIds.push(articleId);
  target.mentions += e.mentions;
  if (target.type === 'other') target.type = e.type;
}

/** The most used full form (most words first, then most uses). */
function pickName(current: string, forms: Map<string, number>): string {
  const known = lookupName(current)?.canonical;
  if (known) return known;
  let best = current;
  for (const [f, n] of forms) {
    const better = words(f).length > words(best).length || (words(f).length === words(best).length && n > (forms.get(best) ?? 0));
    if (better) best = f;
  }
  return best;
}
