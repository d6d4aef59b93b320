// npm run analyze -- PAGE.html... [--format json|markdown|csv|annotation] [--out DIR]; see scripts/analyze/usage.ts.
import { runAnalyzeCli } from './analyze/run';

process.exitCode = await runAnalyzeCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
});
