/** Hash routes, so the server needs no fallback page: #/ , #/story/ID , #/article/ID , #/add */
export type Route = { page: 'stories' } | { page: 'story'; id: string } | { page: 'article'; id: string; storyId?: string } | { page: 'add' };

export function parseRoute(hash: string): Route {
  const [, page, id, extra] = hash.replace(/^#/, '').split('/');
  const decoded = id === undefined ? '' : safeDecode(id);
  if (page === 'story' && decoded) return { page: 'story', id: decoded };
  if (page === 'article' && decoded) return extra ? { page: 'article', id: decoded, storyId: safeDecode(extra) } : { page: 'article', id: decoded };
  if (page === 'add') return { page: 'add' };
  return { page: 'stories' };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export const hrefStory = (id: string) => `#/story/${encodeURIComponent(id)}`;
export const hrefArticle = (id: string, storyId?: string | null) => `#/article/${encodeURIComponent(id)}${storyId ? `/${encodeURIComponent(storyId)}` : ''}`;
