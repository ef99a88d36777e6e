import type {
  ApiError,
  ApiErrorCode,
  ArticleResponse,
  IngestRequest,
  IngestResponse,
  StoryListQuery,
  StoryListResponse,
  StoryResponse,
} from '../../src/api-types.ts';

const TOKEN_KEY = 'corroborate-token';

/** An API failure with the server's stable code (or NETWORK when no answer came back). */
export class ApiClientError extends Error {
  readonly code: ApiErrorCode | 'NETWORK';
  readonly status: number;
  constructor(status: number, code: ApiErrorCode | 'NETWORK', message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** The bearer token for servers started with --token; kept for the tab only. */
export const getToken = (): string | null => sessionStorage.getItem(TOKEN_KEY);
export const setToken = (token: string): void => sessionStorage.setItem(TOKEN_KEY, token);

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  const token = getToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers, credentials: 'same-origin' });
  } catch (err) {
    throw new ApiClientError(0, 'NETWORK', `the server did not answer (${(err as Error).message})`);
  }
  if (res.ok) return (await res.json()) as T;
  const body = (await res.json().catch(() => null)) as ApiError | null;
  throw new ApiClientError(res.status, body?.error.code ?? 'INTERNAL', body?.error.message ?? `HTTP ${res.status}`);
}

function toSearch(query: StoryListQuery): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
}

const seg = encodeURIComponent;

export const api = {
  listStories: (query: StoryListQuery) => call<StoryListResponse>(`/api/stories${toSearch(query)}`),
  getStory: (id: string) => call<StoryResponse>(`/api/stories/${seg(id)}`),
  getArticle: (id: string) => call<ArticleResponse>(`/api/articles/${seg(id)}`),
  ingest: (body: IngestRequest) => call<IngestResponse>('/api/ingest', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
  ingestJsonl: (jsonl: string) => call<IngestResponse>('/api/ingest', { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body: jsonl }),
};
