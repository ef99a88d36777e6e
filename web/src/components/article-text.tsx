import { Fragment } from 'preact';
import type { ArticleResponse } from '../../../src/api-types.ts';
import { toSegments } from '../segments.ts';

/** The article as read: loaded words marked by their offsets; boilerplate hidden unless `showRemoved`. */
export function ArticleText({ article, showRemoved }: { article: ArticleResponse; showRemoved: boolean }) {
  const loaded = article.loaded.map((l) => ({ start: l.start, end: l.end, kind: l.kind, ...(l.note ? { note: l.note } : {}) }));
  const segments = toSegments(article.text.length, loaded, article.removed);
  return (
    <div class="article-text">
      {segments.map((s) => {
        const text = article.text.slice(s.start, s.end);
        if (s.removed !== null) {
          return showRemoved ? (
            <del key={s.start} class="boilerplate" title={`removed: ${s.removed}`}>
              {text}
            </del>
          ) : null;
        }
        if (s.loaded) {
          return (
            <mark key={s.start} class={`loaded loaded-${s.loaded.kind.replace(/[^a-z-]/gi, '')}`} title={s.loaded.note ? `${s.loaded.kind}: ${s.loaded.note}` : s.loaded.kind}>
              {text}
            </mark>
          );
        }
        return <Fragment key={s.start}>{text}</Fragment>;
      })}
    </div>
  );
}
