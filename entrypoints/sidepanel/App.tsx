import { useState } from 'preact/hooks';
import { ArticleHeader } from '@/components/ArticleHeader';
import { ExportBar } from '@/components/ExportBar';
import { Filters } from '@/components/Filters';
import { Legend } from '@/components/Legend';
import { Notices } from '@/components/Notices';
import { SentenceList } from '@/components/SentenceList';
import { SourceList } from '@/components/SourceList';
import { LoadingView, ProblemView } from '@/components/StatusView';
import { useAnalysis } from '@/components/use-analysis';
import { useSentenceFilter } from '@/components/use-sentence-filter';
import { askTab } from '@/lib/browser/tab-access';
import type { AnalyzedSentence } from '@/lib/engine/types';

export function App({ search }: { search: string }) {
  const { state, reanalyze } = useAnalysis(search);
  const [highlightsVisible, setHighlightsVisible] = useState(true);
  const run = state.phase === 'ready' ? state.run : state.phase === 'loading' ? state.previous : null;
  const filter = useSentenceFilter(run?.analysis.sentences ?? []);

  if (state.phase === 'error') {
    return (
      <main data-state="error">
        <ProblemView problem={state.problem} onRetry={reanalyze} />
      </main>
    );
  }
  if (!run) {
    return (
      <main data-state="loading">
        <LoadingView step={state.phase === 'loading' ? state.step : ''} />
      </main>
    );
  }

  const { analysis } = run;
  const showOnPage = (sentence: AnalyzedSentence) =>
    void askTab(run.tabId, { type: 'sourcelight/scroll-to', index: sentence.index }).catch(() => undefined);
  const toggleHighlights = (visible: boolean) => {
    setHighlightsVisible(visible);
    void askTab(run.tabId, { type: 'sourcelight/visibility', visible }).catch(() => undefined);
  };

  return (
    <main data-state={state.phase}>
      <ArticleHeader title={analysis.title} url={analysis.url} busy={state.phase === 'loading'} onReanalyze={reanalyze} />
      {state.phase === 'ready' && (
        <Notices run={run} stale={state.stale} problem={state.problem} onReanalyze={reanalyze} />
      )}
      <Legend visible={highlightsVisible} onToggle={toggleHighlights} />
      <SourceList sources={analysis.sources} selected={filter.sourceId} onSelect={filter.setSourceId} />
      <Filters
        labels={filter.labels}
        onToggleLabel={filter.toggleLabel}
        sources={analysis.sources}
        sourceId={filter.sourceId}
        onSource={filter.setSourceId}
      />
      <SentenceList sentences={filter.visible} sources={analysis.sources} onPick={showOnPage} />
      {state.phase === 'ready' && <ExportBar run={run} analyzedAt={state.analyzedAt} />}
    </main>
  );
}
