import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestIntoStore } from '../src/ingest-store.ts';
import { openSqliteStore } from '../src/store/sqlite/open.ts';
import type { Store } from '../src/store/types.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes one JSONL record and returns its path. */
function input(name: string, record: Record<string, string>): string {
  const p = path.join(dir, `${name}.jsonl`);
  writeFileSync(p, `${JSON.stringify(record)}\n`);
  return p;
}

const REUTERS = input('reuters', {
  id: 'reuters-1',
  outlet: 'Reuters',
  title: 'Dam breach floods villages in Moldova',
  published: '2024-03-04',
  url: 'https://reuters.example.com/moldova-dam',
  text: 'A dam on the Prut river near Ungheni in Moldova burst on Sunday night, flooding three villages. At least 12 people were killed, the emergency service said on Monday. Rescue teams evacuated about 400 residents to schools in Ungheni. The water reached the roofs of some houses before it began to fall, and the roads to the villages were still closed in the afternoon. The government said it would open an inquiry into the state of the dam.',
});
const AP = input('ap', {
  id: 'ap-1',
  outlet: 'Associated Press',
  title: 'Moldova dam collapse kills villagers',
  published: '2024-03-04',
  url: 'https://ap.example.com/moldova',
  text: "Floodwater swept through three villages after a dam on the Prut river near Ungheni collapsed late on Sunday. Moldova's emergency service said on Monday that at least 12 people were killed in the flood. Officials said that the dam had not been repaired since 2010 and that they had warned about it. Many of the families who lost their homes are staying with relatives in the town, and the army has sent boats to help them.",
});
const LOCAL = input('local', {
  id: 'local-1',
  outlet: 'Ungheni Today',
  title: 'Prut dam bursts near Ungheni',
  published: '2024-03-05',
  url: 'https://ungheni.example.com/dam',
  text: 'The dam on the Prut river near Ungheni in Moldova burst on Sunday night and flooded three villages. At least 30 people were killed in the flood, the emergency service said on Monday. Volunteers brought food and water to the families who were evacuated, and the schools in the town will stay closed for the rest of the week while they are used as shelters.',
});
const OTHER = input('other', {
  id: 'other-1',
  outlet: 'Reuters',
  title: 'Chile central bank holds rates',
  published: '2024-03-05',
  text: "Chile's central bank kept its benchmark interest rate unchanged at 7.25 percent on Tuesday, saying that inflation was falling more slowly than it had expected. The decision was in line with the forecasts of most economists, who expect the bank to resume cutting rates later in the year.",
});

function onlyStory(store: Store) {
  const [summary, ...rest] = store.listStories({ q: 'Prut' });
  expect(rest).toEqual([]);
  return { summary: summary!, story: store.getStory(summary!.id)! };
}

describe('ingestIntoStore', () => {
  it('turns a single-source claim corroborated, then opens a conflict, across separate ingests and restarts', async () => {
    const db = path.join(dir, 'incremental.db');
    let store = openSqliteStore(db);
    expect(await ingestIntoStore(store, [REUTERS])).toMatchObject({ added: 1, skipped: 0, storiesUpdated: 1 });
    let { story } = onlyStory(store);
    expect(story.claims.length).toBeGreaterThan(0);
    expect(story.claims.every((c) => c.status === 'single-source')).toBe(true);
    store.close();

    // a new process: the story state is rebuilt from the stored articles, and the AP article joins the same story
    store = openSqliteStore(db);
    expect(await ingestIntoStore(store, [AP])).toMatchObject({ added: 1, storiesUpdated: 1 });
    ({ story } = onlyStory(store));
    expect(story.articleIds).toEqual(['reuters-1', 'ap-1']);
    const deaths = story.claims.find((c) => /12 people were killed/.test(c.text));
    expect(deaths).toMatchObject({ status: 'corroborated', independentSources: 2 });
    expect(story.conflicts).toEqual([]);

    expect(await ingestIntoStore(store, [LOCAL, OTHER])).toMatchObject({ added: 2, storiesUpdated: 2 });
    const after = onlyStory(store);
    expect(after.story.articleIds).toEqual(['reuters-1', 'ap-1', 'local-1']);
    expect(after.story.conflicts.some((c) => c.kind === 'number' && /12/.test(c.summary) && /30/.test(c.summary))).toBe(true);
    expect(after.summary).toMatchObject({ articleCount: 3, outletCount: 3 });
    expect(after.summary.conflictCount).toBeGreaterThan(0);
    expect(store.listStories({ sort: 'most-disputed' })[0]?.id).toBe(after.summary.id);
    expect(store.listStories()).toHaveLength(2);
    store.close();
  });

  it('is idempotent: the same inputs twice store nothing new', async () => {
    const store = openSqliteStore(':memory:');
    const first = await ingestIntoStore(store, [REUTERS, AP, LOCAL]);
    expect(first).toMatchObject({ added: 3, skipped: 0 });
    const before = store.getStory(store.listStories()[0]!.id);
    const second = await ingestIntoStore(store, [REUTERS, AP, LOCAL]);
    expect(second).toMatchObject({ added: 0, skipped: 3, storiesUpdated: 0 });
    expect(store.countArticles()).toBe(3);
    expect(store.getStory(before!.id)).toEqual(before);
    store.close();
  });

  it('gives the same stories in one batch as in batches of one, and reports rejected inputs', async () => {
    const missing = path.join(dir, 'missing.jsonl');
    const whole = openSqliteStore(':memory:');
    const one = openSqliteStore(':memory:');
    const all = [REUTERS, AP, OTHER, LOCAL];
    const seen: string[] = [];
    const result = await ingestIntoStore(whole, [...all, missing], { onRejected: (r) => seen.push(r.source) });
    expect(result.rejected.map((r) => r.code)).toEqual(['NOT_FOUND']);
    expect(seen).toEqual([missing]);
    await ingestIntoStore(one, all, { batchSize: 1 });
    const members = (s: Store) => s.listStories({ sort: 'most-covered' }).map((x) => s.getStory(x.id)!.articleIds);
    expect(members(one)).toEqual(members(whole));
    whole.close();
    one.close();
  });
});
