import { useState } from 'preact/hooks';
import type { BriefSentence } from '../../../src/api-types.ts';
import { hrefArticle } from '../route.ts';
import type { StoryIndex } from '../story-index.ts';

interface Open {
  key: string;
  pinned: boolean;
}

/** The cited brief: each citation shows, on hover, focus or click, the article sentence it stands for. */
export function Brief({ brief, index, storyId }: { brief: BriefSentence[]; index: StoryIndex; storyId: string }) {
  const [open, setOpen] = useState<Open | null>(null);
  if (brief.length === 0) return <p class="empty">No brief: no claim is stated by enough articles.</p>;
  return (
    <ol class="brief">
      {brief.map((b, i) => (
        <li key={i} class="brief-sentence">
          <span class="brief-text">{b.text}</span>{' '}
          {b.articleIds.map((articleId) => {
            const key = `${i}:${articleId}`;
            const isOpen = open?.key === key;
            const quote = index.citation(b, articleId);
            return (
              <span class="cite-wrap" key={articleId}>
                <button
                  type="button"
                  class="cite"
                  aria-expanded={isOpen}
                  title={index.outlet(articleId)}
                  onClick={() => setOpen(isOpen && open?.pinned ? null : { key, pinned: true })}
                  onFocus={() => !open?.pinned && setOpen({ key, pinned: false })}
                  onMouseEnter={() => !open?.pinned && setOpen({ key, pinned: false })}
                  onMouseLeave={() => !open?.pinned && setOpen(null)}
                >
                  [{index.number.get(articleId) ?? '?'}]
                </button>
                {isOpen && (
                  <span class="cite-pop" role="tooltip">
                    <strong>{index.outlet(articleId)}</strong>
                    <q class="cite-sentence">{quote ?? 'this article states the claim in other words'}</q>
                    <a href={hrefArticle(articleId, storyId)}>open article</a>
                  </span>
                )}
              </span>
            );
          })}
        </li>
      ))}
    </ol>
  );
}
