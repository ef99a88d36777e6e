import { useEffect, useState } from 'preact/hooks';
import type { StorySort } from '../../../src/api-types.ts';
import { api } from '../api.ts';
import { ErrorBox, Loading } from '../components/status.tsx';
import { hrefStory } from '../route.ts';
import { useApi } from '../use-api.ts';

const TABS: Array<[StorySort, string]> = [
  ['newest', 'Newest'],
  ['most-covered', 'Most covered'],
  ['most-disputed', 'Most disputed'],
];

/** Typing pauses this long before the search runs: one request per pause, not per key. */
const SEARCH_DELAY_MS = 250;

export function StoryList() {
  const [sort, setSort] = useState<StorySort>('newest');
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const result = useApi(() => api.listStories({ sort, ...(q ? { q } : {}), limit: 100 }), `${sort}|${q}`);
  return (
    <section class="story-list">
      <div class="list-controls">
        <div class="tabs" role="tablist">
          {TABS.map(([value, label]) => (
            <button key={value} type="button" role="tab" aria-selected={sort === value} class={sort === value ? 'tab active' : 'tab'} onClick={() => setSort(value)}>
              {label}
            </button>
          ))}
        </div>
        <input type="search" class="search" placeholder="Search stories, claims and articles" aria-label="search" value={typed} onInput={(e) => setTyped(e.currentTarget.value)} />
      </div>
      {result.state === 'loading' && <Loading />}
      {result.state === 'error' && <ErrorBox error={result.error} />}
      {result.state === 'ready' &&
        (result.data.stories.length === 0 ? (
          <p class="empty">{q ? 'No story matches.' : 'No stories yet: add articles.'}</p>
        ) : (
          <table class="stories">
            <thead>
              <tr>
                <th scope="col">story</th>
                <th scope="col">articles</th>
                <th scope="col">outlets</th>
                <th scope="col">claims</th>
                <th scope="col">corroborated</th>
                <th scope="col">conflicts</th>
                <th scope="col">updated</th>
              </tr>
            </thead>
            <tbody>
              {result.data.stories.map((s) => (
                <tr key={s.id}>
                  <td>
                    <a href={hrefStory(s.id)} class="story-link">
                      {s.title}
                    </a>
                  </td>
                  <td class="num">{s.articleCount}</td>
                  <td class="num">{s.outletCount}</td>
                  <td class="num">{s.claimCount}</td>
                  <td class="num">{s.corroboratedCount}</td>
                  <td class="num">{s.conflictCount}</td>
                  <td>{s.updatedAt.slice(0, 10)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </section>
  );
}
