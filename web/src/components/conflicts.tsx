import type { Conflict } from '../../../src/api-types.ts';
import { hrefArticle } from '../route.ts';
import type { StoryIndex } from '../story-index.ts';

/** Each conflict with its sides next to each other: the value, then the sentences that give it. */
export function Conflicts({ conflicts, index, storyId }: { conflicts: Conflict[]; index: StoryIndex; storyId: string }) {
  if (conflicts.length === 0) return <p class="empty">No conflicts found between the articles.</p>;
  return (
    <div class="conflicts">
      {conflicts.map((c) => (
        <article key={c.id} class="conflict">
          <h3>
            <span class="kind">{c.kind}</span> {c.summary}
          </h3>
          <div class="sides">
            {c.sides.map((side, k) => (
              <div key={k} class="side">
                <p class="side-value">{side.value}</p>
                <ul>
                  {side.statements.map((s) => (
                    <li key={`${s.articleId}-${s.sentence}`}>
                      <a href={hrefArticle(s.articleId, storyId)}>{index.outlet(s.articleId)}</a>: <q>{s.text}</q>
                      {s.attribution && <span class="attribution"> (attributed to {s.attribution})</span>}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </article>
      ))}
    </div>
  );
}
