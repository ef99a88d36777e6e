/** Only http(s) URLs become links; anything else (javascript:, data:, vbscript:...) is shown as plain text. */
export function toSafeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function SafeLink({ url, label }: { url: string | null | undefined; label?: string }) {
  if (!url) return null;
  const href = toSafeHref(url);
  if (!href) return <span class="unsafe-url">{label ?? url}</span>;
  return (
    <a href={href} rel="noopener noreferrer nofollow" target="_blank">
      {label ?? url}
    </a>
  );
}
