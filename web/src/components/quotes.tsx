import type { StoryQuote } from '../../../src/api-types.ts';
import type { StoryIndex } from '../story-index.ts';

/** The story's quotations, those carried by most articles first, with who said them and which outlets carry them. */
export function Quotes({ quotes, index }: { quotes: StoryQuote[]; index: StoryIndex }) {
  if (quotes.length === 0) return <p class="empty">No quotations.</p>;
  const carriers = (q: StoryQuote) => [...new Set(q.statements.map((s) => s.articleId))];
  const sorted = [...quotes].sort((a, b) => carriers(b).length - carriers(a).length);
  return (
    <table class="quotes">
      <thead>
        <tr>
          <th scope="col">quotation</th>
          <th scope="col">speaker</th>
          <th scope="col">carried by</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((q) => (
          <tr key={q.id}>
            <td class="quote-text">“{q.text}”</td>
            <td class="speaker">
              {q.speaker ?? <span class="unknown">not named</span>}
              {q.speakers && q.speakers.length > 1 && <span class="also"> (articles differ: {q.speakers.join(' / ')})</span>}
            </td>
            <td class="who">{carriers(q).map((id) => index.outlet(id)).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
