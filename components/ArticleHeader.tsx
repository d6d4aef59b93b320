interface Props {
  title: string;
  url: string;
  busy: boolean;
  onReanalyze: () => void;
}

export function ArticleHeader({ title, url, busy, onReanalyze }: Props) {
  let host = url;
  try {
    host = new URL(url).host || url;
  } catch {}
  return (
    <header class="article">
      <h1 data-testid="article-title">{title || 'Untitled article'}</h1>
      <p class="host">{host}</p>
      <button type="button" onClick={onReanalyze} disabled={busy}>
        {busy ? 'Analysing…' : 'Analyse again'}
      </button>
    </header>
  );
}
