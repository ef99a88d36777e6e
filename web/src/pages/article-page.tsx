import { useState } from 'preact/hooks';
import type { ArticleResponse } from '../../../src/api-types.ts';
import { api } from '../api.ts';
import { ArticleText } from '../components/article-text.tsx';
import { SafeLink } from '../components/safe-link.tsx';
import { ErrorBox, Loading } from '../components/status.tsx';
import { hrefStory } from '../route.ts';
import { useApi } from '../use-api.ts';

function Annotations({ article }: { article: ArticleResponse }) {
  return (
    <aside class="annotations">
      <h2>Entities</h2>
      <ul>
        {article.entityIndex.map((e) => (
          <li key={e.id}>
            {e.name} <span class="muted">({e.type}{e.roles.length ? `; ${e.roles.join(', ')}` : ''}{e.aliases.length ? `; also ${e.aliases.join(', ')}` : ''})</span>
          </li>
        ))}
      </ul>
      <h2>Quotes</h2>
      <ul>
        {article.quotes.map((q) => (
          <li key={q.start}>
            <q>{q.text}</q> <span class="muted">— {q.speaker ?? 'unattributed'}</span>
          </li>
        ))}
      </ul>
      <h2>Cited sources</h2>
      <ul>
        {article.cites.map((c) => (
          <li key={c.start}>
            {c.name} <span class="muted">({c.kind})</span>
          </li>
        ))}
      </ul>
      <h2>Times</h2>
      <ul>
        {article.times.map((t) => (
          <li key={t.start}>
            {t.text} <span class="muted">→ {t.date ?? 'unresolved'}</span>
          </li>
        ))}
      </ul>
    </aside>
  );
}

function ArticleView({ article }: { article: ArticleResponse }) {
  const [showRemoved, setShowRemoved] = useState(false);
  return (
    <article class="article-page">
      {article.storyId && (
        <p>
          <a href={hrefStory(article.storyId)}>← story</a>
        </p>
      )}
      <h1>{article.title ?? article.id}</h1>
      <p class="meta">
        <strong>{article.outlet ?? 'unknown outlet'}</strong> {article.byline && <span>· {article.byline}</span>} {article.published && <span>· {article.published}</span>}{' '}
        <SafeLink url={article.url} />
      </p>
      {article.warnings.map((w) => (
        <p key={w} class="warning">
          {w}
        </p>
      ))}
      <p class="controls">
        <span class="legend-item">
          <mark class="loaded">loaded</mark> {article.loaded.length} loaded words
        </span>{' '}
        {article.removed.length > 0 && (
          <button type="button" class="toggle-removed" aria-pressed={showRemoved} onClick={() => setShowRemoved(!showRemoved)}>
            {showRemoved ? 'Hide' : 'Show'} removed boilerplate ({article.removed.length})
          </button>
        )}
      </p>
      <div class="article-layout">
        <ArticleText article={article} showRemoved={showRemoved} />
        <Annotations article={article} />
      </div>
    </article>
  );
}

export function ArticlePage({ id }: { id: string }) {
  const result = useApi(() => api.getArticle(id), id);
  if (result.state === 'loading') return <Loading />;
  if (result.state === 'error') return <ErrorBox error={result.error} />;
  return <ArticleView article={result.data} />;
}
