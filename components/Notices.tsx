import { isEnglish } from '@/lib/engine/language';
import { describeProblem, type Problem } from '@/lib/panel/problems';
import type { AnalysisRun } from '@/lib/panel/run-analysis';

interface Props {
  run: AnalysisRun;
  stale: boolean;
  problem: Problem | null;
  onReanalyze: () => void;
}

/** Things the reader should know about a result that is shown anyway. */
export function Notices({ run, stale, problem, onReanalyze }: Props) {
  const notices: string[] = [];
  if (!isEnglish(run.article.lang)) {
    notices.push(
      `This page is marked as “${run.article.lang}”. Sourcelight’s rules are written for English news, so it may find few or no attributions.`,
    );
  }
  if (run.truncated) notices.push('This page is very long: Sourcelight analysed its beginning only.');
  if (run.missing > 0) notices.push(`${run.missing} sentence(s) could not be found on the page to highlight.`);
  return (
    <>
      {problem && (
        <div class="notice warn" role="alert" data-testid="status-message">
          {describeProblem(problem).title} The result below is from the earlier analysis.
        </div>
      )}
      {stale && !problem && (
        <div class="notice warn" role="status" data-testid="stale">
          The page has changed or reloaded since this analysis.{' '}
          <button type="button" class="link" onClick={onReanalyze}>
            Analyse again
          </button>
        </div>
      )}
      {notices.map((text) => (
        <div class="notice" key={text}>
          {text}
        </div>
      ))}
    </>
  );
}
