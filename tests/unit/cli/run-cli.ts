import { fileURLToPath } from 'node:url';
import { runAnalyzeCli } from '../../../scripts/analyze/run';

export const FIXED_NOW = new Date('2026-11-27T09:00:00.000Z');
export const SAMPLE_PAGE = fileURLToPath(new URL('../../../samples/sample-article.html', import.meta.url));

/** Runs the CLI in-process and collects what it would print. */
export async function runCli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runAnalyzeCli(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    now: () => FIXED_NOW,
  });
  return { code, stdout, stderr };
}
