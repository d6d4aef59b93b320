// `npm start`: try Sourcelight on the sample article.
// With a display: builds the extension if needed, serves samples/ on 127.0.0.1 and
// opens Chromium with the extension loaded. Without one: analyses the sample here.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../tests/e2e/support/server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const extDir = path.join(root, '.output', 'chrome-mv3');
const sample = 'samples/sample-article.html';
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function run(cmd: string, args: string[]): void {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// Build when there is no build or the sources are newer than it.
const manifest = path.join(extDir, 'manifest.json');
const sourcesChanged = Math.max(...['entrypoints', 'components', 'lib', 'public'].map((d) => newestMtime(path.join(root, d))), statSync(path.join(root, 'wxt.config.ts')).mtimeMs);
if (!existsSync(manifest) || statSync(manifest).mtimeMs < sourcesChanged) {
  console.log('Building the extension (npm run build)…');
  run('npm', ['run', 'build']);
}

if (!process.env.DISPLAY || !existsSync(chromiumPath)) {
  console.log(`No display${process.env.DISPLAY ? '' : ' (DISPLAY is not set)'}${existsSync(chromiumPath) ? '' : ` or no Chromium at ${chromiumPath}`}: analysing ${sample} in the terminal.\n`);
  run('npx', ['tsx', 'scripts/analyze.ts', sample, '--format', 'markdown']);
  console.log(`
To see it in the browser: run \`npm start\` where a display is available (or \`xvfb-run -a npm start\`),
or load the built extension yourself — Chrome/Chromium: chrome://extensions → Developer mode →
"Load unpacked" → ${extDir}; Firefox: about:debugging → "Load Temporary Add-on" →
${path.join(root, '.output', 'firefox-mv2', 'manifest.json')} — then open a news article and click the
Sourcelight toolbar button.`);
  process.exit(0);
}

const server = await startServer();
const url = server.url(`/${sample}`);
const profile = mkdtempSync(path.join(os.tmpdir(), 'sourcelight-start-'));
const args = [
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${extDir}`,
  `--load-extension=${extDir}`,
  '--no-first-run',
  '--no-default-browser-check',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  url,
];
console.log(`Serving ${sample} at ${url}
Opening Chromium with Sourcelight loaded. In the browser:
  1. click the puzzle-piece icon in the toolbar and pin Sourcelight (once);
  2. click the Sourcelight button: the side panel opens and lists who says what;
  3. click a sentence in the panel to jump to it in the article.
Close the browser window (or press Ctrl-C here) to stop.`);
const browser = spawn(chromiumPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
const stop = () => {
  browser.kill();
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
browser.on('exit', () => void server.close().then(() => process.exit(0)));
