import { browser } from 'wxt/browser';
import { restrictionOf } from '../browser/restricted-url';
import { askTab, prepareTab } from '../browser/tab-access';
import type { Analysis, ArticleText } from '../engine/types';
import type { PaintSpan } from '../messages';
import { truncateArticle } from './limits';
import type { Problem } from './problems';

export interface AnalysisRun {
  tabId: number;
  article: ArticleText;
  analysis: Analysis;
  truncated: boolean;
  painted: number;
  missing: number;
  timings: { extractMs: number; analyzeMs: number; totalMs: number };
}

export type RunOutcome = { ok: true; run: AnalysisRun } | { ok: false; problem: Problem };

export function paintSpans(analysis: Analysis): PaintSpan[] {
  return analysis.sentences.flatMap((sentence) =>
    sentence.label === 'none'
      ? []
      : [{ index: sentence.index, label: sentence.label, block: sentence.block, start: sentence.start, end: sentence.end, text: sentence.text }],
  );
}

/** Reads the tab's article, analyses it here in the panel's own process, and paints the result on the page. */
export async function runAnalysis(tabId: number, onStep: (step: string) => void): Promise<RunOutcome> {
  const started = performance.now();
  // The engine and its language model are the panel's heaviest part: load them while the page is read.
  const engine = import('../engine').then((loaded) => {
    loaded.loadLanguageModel();
    return loaded;
  });
  engine.catch(() => undefined);
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return { ok: false, problem: { kind: 'no-tab' } };
  }
  // Without a grant for the tab the browser hides its URL; then only the injection can tell.
  const restriction = url === undefined ? null : restrictionOf(url);
  if (restriction) return { ok: false, problem: { kind: 'restricted', reason: restriction } };

  onStep('Reading the page…');
  try {
    await prepareTab(tabId);
  } catch {
    return { ok: false, problem: { kind: 'no-access' } };
  }

  const extracted = await askTab(tabId, { type: 'sourcelight/extract' });
  if (!extracted.ok) {
    return {
      ok: false,
      problem: extracted.reason === 'failed' ? { kind: 'failed', detail: extracted.detail ?? 'unknown error' } : { kind: 'no-article' },
    };
  }

  onStep('Finding who says what…');
  await new Promise((resolve) => setTimeout(resolve, 0));
  const { article, truncated } = truncateArticle(extracted.article);
  const { analyze } = await engine;
  const analyzeStarted = performance.now();
  const analysis = analyze(article);
  const analyzeMs = performance.now() - analyzeStarted;

  const { painted, missing } = await askTab(tabId, { type: 'sourcelight/paint', spans: paintSpans(analysis) });
  return {
    ok: true,
    run: {
      tabId,
      article,
      analysis,
      truncated,
      painted,
      missing,
      timings: { extractMs: extracted.elapsedMs, analyzeMs: Math.round(analyzeMs), totalMs: Math.round(performance.now() - started) },
    },
  };
}
