import { useState } from 'preact/hooks';
import type { IngestRequest, IngestResponse } from '../../../src/api-types.ts';
import { ApiClientError, api } from '../api.ts';
import { ErrorBox } from '../components/status.tsx';
import { hrefArticle, hrefStory } from '../route.ts';

const META = ['title', 'outlet', 'url', 'published'] as const;
type Meta = Record<(typeof META)[number], string>;

/** Files as JSON Lines records: .jsonl as they are, .html as html records, anything else as text. */
async function filesToJsonl(files: File[]): Promise<string> {
  const lines: string[] = [];
  for (const file of files) {
    const content = await file.text();
    if (/\.(jsonl|ndjson)$/i.test(file.name)) lines.push(...content.split('\n').filter((l) => l.trim()));
    else lines.push(JSON.stringify(/\.html?$/i.test(file.name) ? { html: content } : { text: content }));
  }
  return `${lines.join('\n')}\n`;
}

function Result({ result }: { result: IngestResponse }) {
  const stories = [...new Set(result.articles.flatMap((a) => (a.storyId ? [a.storyId] : [])))];
  return (
    <div class="ingest-result" role="status">
      <p>
        Added {result.added}, skipped {result.skipped} (already stored), rejected {result.rejected.length}; {result.storiesUpdated} stories updated.
      </p>
      <ul>
        {result.articles.map((a) => (
          <li key={a.id}>
            <a href={hrefArticle(a.id, a.storyId)}>{a.title ?? a.id}</a>
          </li>
        ))}
        {stories.map((id) => (
          <li key={id}>
            <a href={hrefStory(id)}>story {id}</a>
          </li>
        ))}
        {result.rejected.map((r, k) => (
          <li key={k} class="error">
            {r.source}: {r.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function AddPage() {
  const [text, setText] = useState('');
  const [meta, setMeta] = useState<Meta>({ title: '', outlet: '', url: '', published: '' });
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<IngestResponse | null>(null);
  const [error, setError] = useState<ApiClientError | null>(null);

  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      if (files.length > 0) setResult(await api.ingestJsonl(await filesToJsonl(files)));
      else {
        const body: IngestRequest = { text };
        for (const key of META) if (meta[key].trim()) body[key] = meta[key].trim();
        setResult(await api.ingest(body));
      }
    } catch (err) {
      setError(err instanceof ApiClientError ? err : new ApiClientError(0, 'INTERNAL', String(err)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="add-page">
      <h1>Add articles</h1>
      <form onSubmit={submit} class="add-form">
        <label>
          Article text (the headline on the first line)
          <textarea name="text" rows={12} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        <div class="meta-fields">
          {META.map((key) => (
            <label key={key}>
              {key}
              <input name={key} value={meta[key]} onInput={(e) => setMeta({ ...meta, [key]: e.currentTarget.value })} />
            </label>
          ))}
        </div>
        <label>
          Or files (.txt, .html, .jsonl)
          <input type="file" name="files" multiple accept=".txt,.html,.htm,.jsonl,.ndjson,text/plain,text/html" onChange={(e) => setFiles([...(e.currentTarget.files ?? [])])} />
        </label>
        <button type="submit" disabled={busy || (files.length === 0 && !text.trim())}>
          {busy ? 'Reading and analysing…' : 'Add'}
        </button>
      </form>
      {error && <ErrorBox error={error} />}
      {result && <Result result={result} />}
    </section>
  );
}
