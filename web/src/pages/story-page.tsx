import type { StoryResponse } from '../../../src/api-types.ts';
import { api } from '../api.ts';
import { Brief } from '../components/brief.tsx';
import { Conflicts } from '../components/conflicts.tsx';
import { Entities } from '../components/entities.tsx';
import { Families } from '../components/families.tsx';
import { CoverageMatrix } from '../components/matrix.tsx';
import { Quotes } from '../components/quotes.tsx';
import { SafeLink } from '../components/safe-link.tsx';
import { ErrorBox, Loading } from '../components/status.tsx';
import { Timeline } from '../components/timeline.tsx';
import { hrefArticle } from '../route.ts';
import { indexStory } from '../story-index.ts';
import { useApi } from '../use-api.ts';

/** In-page jumps are buttons: a #fragment link would change the hash, which is the router's. */
const SECTIONS: Array<[string, string]> = [
  ['brief', 'brief'],
  ['matrix', 'coverage'],
  ['conflicts', 'conflicts'],
  ['families', 'families'],
  ['timeline', 'timeline'],
  ['quotes', 'quotes'],
  ['entities', 'entities'],
  ['articles', 'articles'],
];

function StoryView({ data }: { data: StoryResponse }) {
  const { story } = data;
  const index = indexStory(data);
  return (
    <article class="story">
      <h1>{story.title}</h1>
      <p class="stats">
        {story.articleIds.length} articles · {story.claims.length} claims · {story.claims.filter((c) => c.status === 'corroborated').length} corroborated · {story.conflicts.length}{' '}
        conflicts · {story.families.length} families
      </p>
      <nav class="toc">
        {SECTIONS.map(([id, label]) => (
          <button key={id} type="button" class="link-button" onClick={() => document.getElementById(id)?.scrollIntoView({ behavior: 'smooth' })}>
            {label}
          </button>
        ))}
      </nav>
      <section id="brief">
        <h2>Brief</h2>
        <Brief brief={story.brief} index={index} storyId={story.id} />
      </section>
      <section id="matrix">
        <h2>Coverage</h2>
        <CoverageMatrix claims={story.claims} index={index} />
      </section>
      <section id="conflicts">
        <h2>Conflicts</h2>
        <Conflicts conflicts={story.conflicts} index={index} storyId={story.id} />
      </section>
      <section id="families">
        <h2>Families of rewrites</h2>
        <Families families={story.families} index={index} />
      </section>
      <section id="timeline">
        <h2>Timeline</h2>
        <Timeline events={story.timeline} index={index} />
      </section>
      <section id="quotes">
        <h2>Quotes</h2>
        <Quotes quotes={story.quotes} index={index} />
      </section>
      <section id="entities">
        <h2>Entities</h2>
        <Entities entities={story.entities} />
      </section>
      <section id="articles">
        <h2>Articles</h2>
        <ol class="articles">
          {data.articles.map((a) => (
            <li key={a.id}>
              <span class="cite-number">[{index.number.get(a.id)}]</span> <strong>{a.outlet ?? a.source}</strong>{' '}
              <a href={hrefArticle(a.id, story.id)}>{a.title ?? a.id}</a> <span class="date">{a.published?.slice(0, 10)}</span> <SafeLink url={a.url} />
            </li>
          ))}
        </ol>
        {story.notAnalysed.length > 0 && (
          <p class="note">
            Not analysed for claims:{' '}
            {story.notAnalysed.map((n) => `${index.outlet(n.articleId)} (${n.reason})`).join('; ')}
          </p>
        )}
      </section>
    </article>
  );
}

export function StoryPage({ id }: { id: string }) {
  const result = useApi(() => api.getStory(id), id);
  if (result.state === 'loading') return <Loading />;
  if (result.state === 'error') return <ErrorBox error={result.error} />;
  return <StoryView data={result.data} />;
}
