import type { AnalysisRun } from '@/lib/panel/run-analysis';

export function ExportBar(_props: { run: AnalysisRun; analyzedAt: Date }) {
  return null;
}
