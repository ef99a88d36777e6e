import type { TimelineEvent } from '../../../src/api-types.ts';
import type { StoryIndex } from '../story-index.ts';

export function Timeline({ events, index }: { events: TimelineEvent[]; index: StoryIndex }) {
  if (events.length === 0) return <p class="empty">No dated events.</p>;
  return (
    <ol class="timeline">
      {events.map((e, k) => (
        <li key={k}>
          <span class="when">{e.date ?? e.when}</span>
          <span class="what">{e.text}</span>
          <span class="who">{e.articleIds.map((id) => index.outlet(id)).join(', ')}</span>
        </li>
      ))}
    </ol>
  );
}
