import { describeProblem, type Problem } from '@/lib/panel/problems';

export function LoadingView({ step }: { step: string }) {
  return (
    <p class="status" role="status" aria-live="polite">
      {step}
    </p>
  );
}

export function ProblemView({ problem, onRetry }: { problem: Problem; onRetry?: () => void }) {
  const { title, advice } = describeProblem(problem);
  return (
    <div class="problem" role="alert" data-testid="status-message">
      <p class="problem-title">{title}</p>
      <p>{advice}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
