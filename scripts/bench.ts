/**
 * `npm run bench`: Readability extraction time vs the engine's time on the largest English
 * fixtures and the BBC corpus pages. Prints figures; not a test.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readArticleFromHtml } from '../lib/node/read-page';
import { analyze } from '../lib/engine/index';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const LARGEST = 12;

function pages(): Array<{ name: string; path: string }> {
  const out: Array<{ name: string; path: string }> = [];
  const index = join(shared, 'fixtures', 'INDEX.tsv');
  const rows = readFileSync(index, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  rows.filter((r) => r[1] === 'en').sort((a, b) => Number(b[2]) - Number(a[2])).slice(0, LARGEST)
    .forEach((r) => out.push({ name: r[0] as string, path: join(shared, 'fixtures', r[0] as string, 'source.html') }));
  const bbc = join(shared, 'corpus', 'bbc');
  for (const f of readdirSync(bbc).filter((x) => x.endsWith('.html')).sort()) out.push({ name: `bbc/${f}`, path: join(bbc, f) });
  return out;
}

function main(): void {
  if (!existsSync(shared)) { console.log('skipped: ../shared not found'); return; }
  const list = pages();
  // Warm up once (model load, JIT).
  const first = list[0];
  if (first) {
    const r = readArticleFromHtml(readFileSync(first.path, 'utf8'), pathToFileURL(first.path).href);
    if (r.ok) analyze(r.article);
  }
  let chars = 0;
  let engineMs = 0;
  let readMs = 0;
  console.log(`${'page'.padEnd(36)} ${'chars'.padStart(8)} ${'read ms'.padStart(8)} ${'engine ms'.padStart(9)} ${'ratio'.padStart(6)}`);
  for (const p of list) {
    const html = readFileSync(p.path, 'utf8');
    const t0 = performance.now();
    const r = readArticleFromHtml(html, pathToFileURL(p.path).href);
    const t1 = performance.now();
    if (!r.ok) { console.log(`${p.name.padEnd(36)} (${r.reason})`); continue; }
    const size = r.article.blocks.reduce((n, b) => n + b.text.length, 0);
    const t2 = performance.now();
    analyze(r.article);
    const t3 = performance.now();
    chars += size;
    readMs += t1 - t0;
    engineMs += t3 - t2;
    console.log(`${p.name.slice(0, 36).padEnd(36)} ${String(size).padStart(8)} ${(t1 - t0).toFixed(1).padStart(8)} ${(t3 - t2).toFixed(1).padStart(9)} ${((t3 - t2) / (t1 - t0)).toFixed(2).padStart(6)}`);
  }
  const mbps = chars / 1e6 / (engineMs / 1000);
  console.log(`\ntotal: ${(chars / 1e6).toFixed(3)} MB of text; Readability ${readMs.toFixed(0)} ms; engine ${engineMs.toFixed(0)} ms`);
  console.log(`engine throughput: ${mbps.toFixed(2)} MB/s (target >= 1); engine/Readability time: ${(engineMs / readMs).toFixed(2)} (target <= 0.25)`);
}

main();
