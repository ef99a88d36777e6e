import { useState } from 'preact/hooks';
import { type ApiClientError, setToken } from '../api.ts';

export function Loading() {
  return <p class="loading">Loading…</p>;
}

/** An API error; on 401 a box to give the server's bearer token. */
export function ErrorBox({ error }: { error: ApiClientError }) {
  const [token, setValue] = useState('');
  if (error.code === 'UNAUTHORIZED') {
    return (
      <form
        class="token-form"
        onSubmit={(e) => {
          e.preventDefault();
          setToken(token.trim());
          location.reload();
        }}
      >
        <p>This server needs a token (it was started with --token).</p>
        <input type="password" value={token} onInput={(e) => setValue(e.currentTarget.value)} placeholder="token" aria-label="token" />
        <button type="submit">Use token</button>
      </form>
    );
  }
  return (
    <p class="error" role="alert">
      {error.code}: {error.message}
    </p>
  );
}
