import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root (this file lives in tests/e2e/support/). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Read-only test material beside the project; absent on some machines. */
export const sharedDir = path.resolve(repoRoot, '../shared');
export const hasShared = existsSync(path.join(sharedDir, 'fixtures', 'INDEX.tsv'));

export const samplesDir = path.join(repoRoot, 'samples');

/** The e2e builds (`npm run build:e2e`). */
export const chromeExtDir = path.join(repoRoot, '.output', 'chrome-mv3-e2e');
export const firefoxExtDir = path.join(repoRoot, '.output', 'firefox-mv2-e2e');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Where screenshots of the product go (committed, shown in the README). */
export const docsDir = path.join(repoRoot, 'docs');

/** Says once, loudly, why tests that need ../shared are skipped. */
export function warnIfNoShared(what: string): void {
  if (!hasShared) {
    console.warn(`[e2e] SKIPPING ${what}: ${sharedDir} is absent (it holds the fixtures these tests read).`);
  }
}

/** Fails fast with a useful message when a build is missing. */
export function requireBuild(dir: string): void {
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No extension build at ${dir}. Run \`npm run build:e2e\` first.`);
  }
}
