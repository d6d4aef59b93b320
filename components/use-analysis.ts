import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Problem } from '@/lib/panel/problems';
import { resolveTabId } from '@/lib/panel/resolve-tab';
import { type AnalysisRun, runAnalysis } from '@/lib/panel/run-analysis';

export type PanelState =
  | { phase: 'loading'; step: string; previous: AnalysisRun | null }
  | { phase: 'error'; problem: Problem }
  | { phase: 'ready'; run: AnalysisRun; analyzedAt: Date; stale: boolean; problem: Problem | null };

/**
 * Drives one panel: finds its tab, analyses it, and notices when the page
 * reloads. A failed re-analysis keeps the result already shown.
 */
export function useAnalysis(search: string) {
  const [state, setState] = useState<PanelState>({ phase: 'loading', step: 'Starting…', previous: null });
  const tabIdRef = useRef<number | null>(null);
  const lastRun = useRef<{ run: AnalysisRun; analyzedAt: Date } | null>(null);

  const start = useCallback(async () => {
    const previous = lastRun.current;
    setState({ phase: 'loading', step: 'Reading the page…', previous: previous?.run ?? null });
    try {
      const tabId = tabIdRef.current ?? (await resolveTabId(search));
      tabIdRef.current = tabId;
      if (tabId === null) return setState({ phase: 'error', problem: { kind: 'no-tab' } });
      const outcome = await runAnalysis(tabId, (step) =>
        setState({ phase: 'loading', step, previous: previous?.run ?? null }),
      );
      if (outcome.ok) {
        lastRun.current = { run: outcome.run, analyzedAt: new Date() };
        setState({ phase: 'ready', ...lastRun.current, stale: false, problem: null });
      } else {
        setState(failedState(outcome.problem, previous));
      }
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      setState(failedState({ kind: 'failed', detail }, previous));
    }
  }, [search]);

  useEffect(() => {
    void start();
    const onUpdated = (tabId: number, change: { status?: string }) => {
      if (tabId !== tabIdRef.current || change.status !== 'loading') return;
      setState((current) => (current.phase === 'ready' ? { ...current, stale: true } : current));
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => browser.tabs.onUpdated.removeListener(onUpdated);
  }, [start]);

  return { state, reanalyze: start };
}

function failedState(problem: Problem, previous: { run: AnalysisRun; analyzedAt: Date } | null): PanelState {
  return previous ? { phase: 'ready', ...previous, stale: true, problem } : { phase: 'error', problem };
}
