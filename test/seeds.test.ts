import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toArticle } from '../src/extract/article.ts';
import { annotateArticle } from '../src/pipeline.ts';
import type { Entity } from '../src/text/types.ts';

const SEEDS = path.resolve(import.meta.dirname, '..', '..', 'shared', 'seeds');
const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

function annotateSeed(file: string, published: string | null = null) {
  const content = readFileSync(path.join(SEEDS, file), 'utf8');
  return annotateArticle(toArticle({ source: file, kind: 'text', content, meta: {} }), published);
}

const all = files.map((f) => annotateSeed(f));
const entities = (i: number): Entity[] => all[i]!.annotation.entityIndex;
const person = (i: number, name: string) => entities(i).find((e) => e.type === 'person' && e.name === name);

describe('seed articles: entities', () => {
  it('finds the people in every seed with their roles', () => {
    for (let i = 0; i < all.length; i++) {
      const driscoll = person(i, 'Dan Driscoll');
      expect(driscoll, files[i]).toBeDefined();
      expect(person(i, 'Steve Witkoff'), files[i]).toBeDefined();
    }
    expect(person(0, 'Dan Driscoll')!.roles).toContain('Army Secretary');
    expect(person(4, 'Dan Driscoll')!.roles).toContain('Secretary of the Army');
    expect(person(0, 'Steve Witkoff')!.roles).toContain('special envoy');
    expect(person(0, 'Dmitry Peskov')!.roles).toContain('Kremlin spokesperson');
    expect(person(1, 'Denys Shmyhal')!.roles).toContain('Defence Minister');
    expect(person(0, 'Michael Weimer')!.roles).toContain('Sergeant Major of the Army');
  });

  it('joins surnames and spellings to the full name', () => {
    expect(person(1, 'Donald Trump')!.aliases).toContain('Trump');
    expect(person(1, 'Volodymyr Zelensky')!.aliases).toContain('Zelensky');
    expect(entities(4).some((e) => e.name === 'Volodymyr Zelenskyy' || e.aliases.includes('Zelenskyy'))).toBe(true);
    const kyiv = entities(4).find((e) => e.name === 'Kyiv');
    expect(kyiv?.type).toBe('place');
    expect(kyiv?.aliases).toContain('Kiev');
  });

  it('types organisations and places', () => {
    const byName = new Map(entities(0).map((e) => [e.name, e.type]));
    expect(byName.get('Kremlin')).toBe('organization');
    expect(byName.get('Pentagon')).toBe('organization');
    expect(byName.get('CNN')).toBe('organization');
    expect(byName.get('Ukraine')).toBe('place');
    expect(byName.get('United States')).toBe('place');
  });

  it('never takes a bare title or a month for a person', () => {
    const bad = /^(president|secretary|general|gen\.|sergeant major|minister|envoy|(january|february|march|april|may|june|july|august|september|october|november|december))$/i;
    for (let i = 0; i < all.length; i++) {
      for (const e of entities(i).filter((x) => x.type === 'person')) {
        expect(e.name, files[i]).not.toMatch(bad);
        for (const a of e.aliases) expect(a, files[i]).not.toMatch(bad);
      }
    }
  });
});

describe('seed articles: cleaning, quotes, citations, loaded language, times', () => {
  it('reads the metadata lines and moves boilerplate to removed', () => {
    expect(all[3]!.outlet).toBe('CRBC News');
    expect(all[3]!.removed.some((r) => r.startsWith('Key points'))).toBe(true);
    expect(all[4]!.removed.some((r) => r.startsWith('FILE PHOTO'))).toBe(true);
    expect(all[1]!.removed).toContain('(ANI)');
    expect(all[1]!.removed.some((r) => r.startsWith('Also Read'))).toBe(true);
    expect(all[2]!.removed.some((r) => r.startsWith('#TrumpNews'))).toBe(true);
    expect(all[1]!.dateline).toBe('WASHINGTON');
  });

  it('finds quotes with their speakers', () => {
    const peskov = all[0]!.annotation.quotes.find((q) => q.text.startsWith('there are no new developments'));
    expect(peskov?.speaker).toBe('Dmitry Peskov');
    const wh = all[4]!.annotation.quotes.find((q) => q.text.startsWith('there is a chance'));
    expect(wh?.speaker).toBe('a White House official');
  });

  it('traces citations to outlets and does not cite a photo credit', () => {
    const cites4 = all[4]!.annotation.cites;
    expect(cites4.some((c) => c.name === 'Axios' && c.kind === 'outlet')).toBe(true);
    expect(cites4.some((c) => c.name === 'Politico')).toBe(true);
    expect(cites4.some((c) => c.name === 'The Wall Street Journal')).toBe(true);
    expect(cites4.some((c) => c.name === 'Reuters')).toBe(false);
    expect(all[1]!.annotation.cites.some((c) => c.name === 'CNN')).toBe(true);
    expect(all[2]!.annotation.cites.some((c) => c.kind === 'social' && c.name === 'Telegram')).toBe(true);
  });

  it('flags loaded words outside quotes only', () => {
    expect(all[0]!.annotation.loaded.some((l) => /explosive/i.test(l.text))).toBe(true);
    expect(all[4]!.annotation.loaded.some((l) => /genocidal/i.test(l.text))).toBe(true);
    expect(all[4]!.annotation.loaded.some((l) => /senseless/i.test(l.text))).toBe(false);
  });

  it('resolves time expressions only with a publication date', () => {
    expect(all[4]!.annotation.times.every((t) => t.date === null)).toBe(true);
    const dated = annotateSeed(files[4]!, '2025-11-20');
    const byText = new Map(dated.annotation.times.map((t) => [t.text, t.date]));
    expect(byText.get('Tuesday')).toBe('2025-11-18');
    expect(byText.get('late October')).toBe('2025-10');
  });

  it('keeps every offset inside the text as read', () => {
    for (const a of all) {
      const n = a.annotation;
      for (const x of [...n.sentences, ...n.entities, ...n.times, ...n.quotes, ...n.cites, ...n.loaded]) {
        expect(x.start).toBeGreaterThanOrEqual(0);
        expect(x.end).toBeLessThanOrEqual(a.text.length);
        expect(x.start).toBeLessThan(x.end);
      }
      for (const s of n.sentences) expect(a.text.slice(s.start, s.end)).toBe(s.text);
    }
  });
});
