/**
 * Browser-agnostic readers of the panel's DOM contract and of the page's
 * highlights. Each function here is passed to `page.evaluate` (Playwright or
 * Puppeteer), so it must be self-contained: no imports, no outer variables.
 */

export const LABELS = ['claim', 'report', 'pledge'] as const;
export type PaintLabel = (typeof LABELS)[number];

export interface SourceRow {
  name: string;
  claim: number;
  report: number;
  pledge: number;
  total: number;
}

export interface SentenceRow {
  index: number;
  label: string;
  source: string;
  /** All the text of the sentence's element (label badge included). */
  text: string;
  /** The sentence alone when the element marks it (`.text`), else `text`. */
  body: string;
}

export interface PanelSnapshot {
  state: string | null;
  title: string | null;
  status: string | null;
  sources: SourceRow[];
  sentences: SentenceRow[];
}

/**
 * Runs in the panel page. No named inner functions: some transpilers (tsx,
 * esbuild keepNames) wrap them in a `__name` helper that the page lacks.
 */
export function readPanel(): PanelSnapshot {
  const counts = [...document.querySelectorAll('[data-testid="source"]')].map((el) => {
    const row: Record<string, number> = {};
    for (const key of ['claim', 'report', 'pledge', 'total']) {
      const raw = (el.querySelector(`[data-count="${key}"]`)?.textContent ?? '').trim();
      row[key] = raw === '' ? Number.NaN : Number(raw);
    }
    return { name: el.getAttribute('data-source') ?? '', claim: row.claim!, report: row.report!, pledge: row.pledge!, total: row.total! };
  });
  const title = document.querySelector('[data-testid="article-title"]');
  const status = document.querySelector('[data-testid="status-message"]');
  return {
    state: document.querySelector('main[data-state]')?.getAttribute('data-state') ?? null,
    title: title ? (title.textContent ?? '').replace(/\s+/g, ' ').trim() : null,
    status: status ? (status.textContent ?? '').replace(/\s+/g, ' ').trim() : null,
    sources: counts,
    sentences: [...document.querySelectorAll('[data-testid="sentence"]')].map((el) => ({
      index: Number(el.getAttribute('data-index')),
      label: el.getAttribute('data-label') ?? '',
      source: el.getAttribute('data-source') ?? '',
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      body: ((el.querySelector('.text') ?? el).textContent ?? '').replace(/\s+/g, ' ').trim(),
    })),
  };
}

/** Runs in the panel page: the analysis is over (ready or error). */
export function panelSettled(): boolean {
  const state = document.querySelector('main[data-state]')?.getAttribute('data-state');
  return state === 'ready' || state === 'error';
}

export interface HighlightSnapshot {
  supported: boolean;
  sizes: Record<string, number>;
  scrollY: number;
}

/** Runs in the article's page: the sizes of every Sourcelight highlight. */
export function readHighlights(): HighlightSnapshot {
  const registry = (globalThis as { CSS?: { highlights?: Map<string, { size: number }> } }).CSS?.highlights;
  const sizes: Record<string, number> = {};
  if (registry) {
    registry.forEach((highlight, name) => {
      if (name.startsWith('sourcelight-')) sizes[name] = highlight.size;
    });
  }
  return { supported: Boolean(registry), sizes, scrollY: window.scrollY };
}

export const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** Sums of the panel's per-source counts, by label. */
export function countsByLabel(snapshot: PanelSnapshot): Record<PaintLabel, number> {
  const sums: Record<PaintLabel, number> = { claim: 0, report: 0, pledge: 0 };
  for (const s of snapshot.sources) for (const l of LABELS) sums[l] += s[l];
  return sums;
}

/** The same, from the listed sentences. */
export function sentencesByLabel(snapshot: PanelSnapshot): Record<PaintLabel, number> {
  const sums: Record<PaintLabel, number> = { claim: 0, report: 0, pledge: 0 };
  for (const s of snapshot.sentences) if ((LABELS as readonly string[]).includes(s.label)) sums[s.label as PaintLabel]++;
  return sums;
}

export function highlightSizesByLabel(h: HighlightSnapshot): Record<PaintLabel, number> {
  return {
    claim: h.sizes['sourcelight-claim'] ?? 0,
    report: h.sizes['sourcelight-report'] ?? 0,
    pledge: h.sizes['sourcelight-pledge'] ?? 0,
  };
}

/** The seed article's expected counts (shared/spec/attribution.md, worked example). */
export const SEED_EXPECTED: SourceRow[] = [
  { name: 'Asif Durrani', claim: 1, report: 0, pledge: 2, total: 3 },
  { name: 'Amir Khan Muttaqi', claim: 1, report: 0, pledge: 1, total: 2 },
  { name: 'Abdul Qahar Balkhi', claim: 0, report: 2, pledge: 0, total: 2 },
  { name: 'the Express Tribune', claim: 0, report: 1, pledge: 0, total: 1 },
  { name: 'Pakistan\u2019s Defence Minister and Chief of Army Staff', claim: 1, report: 0, pledge: 0, total: 1 },
  { name: 'Pakistan', claim: 1, report: 0, pledge: 0, total: 1 },
];

export const SEED_PATH = '/fixtures/seed-pakistan-taliban/source.html';

/** Sorted by name, for order-free comparison. */
export function byName<T extends { name: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => a.name.localeCompare(b.name));
}

/** Runs in the article's page: the text under every range of each label's highlight, white space removed. */
export function readHighlightTexts(): Record<string, string[]> {
  const registry = (globalThis as unknown as { CSS?: { highlights?: Map<string, Iterable<AbstractRange>> } }).CSS?.highlights;
  const out: Record<string, string[]> = {};
  for (const label of ['claim', 'report', 'pledge']) {
    const highlight = registry?.get(`sourcelight-${label}`);
    out[label] = highlight ? [...highlight].map((r) => (r instanceof Range ? r.toString() : '').replace(/\s+/g, '')) : [];
  }
  return out;
}

/**
 * Painted ranges that match no listed sentence of their label, white space
 * ignored. Where the panel marks the sentence's own text (`.text`), a range
 * must equal it, one range per sentence; otherwise it must lie inside the
 * element's text.
 */
export function unmatchedHighlights(texts: Record<string, string[]>, snapshot: PanelSnapshot): string[] {
  const bad: string[] = [];
  for (const [label, ranges] of Object.entries(texts)) {
    const left = snapshot.sentences
      .filter((s) => s.label === label)
      .map((s) => ({ exact: s.body !== s.text, text: s.body.replace(/\s+/g, '') }));
    for (const r of ranges) {
      const i = left.findIndex((s) => (s.exact ? s.text === r : s.text.includes(r)));
      if (r.length === 0 || i < 0) bad.push(`${label}: ${r.slice(0, 100)}`);
      else left.splice(i, 1);
    }
  }
  return bad;
}
