/**
 * `npm run bench [-- --reps N] [-- --quiet]`: Readability's time vs the engine's time on the
 * largest English fixtures and the BBC corpus pages. Prints figures; not a test.
 *
 * Readability is timed two ways. "parse" is `new Readability(doc).parse()` alone, on a clone of the
 * already-parsed page: what the ratio names. "read" is the whole path from saved HTML to
 * article text as the CLI runs it (linkedom parsing, cloning, Readability, text blocks).
 *
 * Method: every page is read and analysed once to warm up (model load, JIT), then each page is
 * timed `--reps` times (default 7). Per page the median read time and the median engine time are
 * kept; the totals are sums of those medians. No garbage collection is forced (forcing one before
 * each step was tried: it slows both steps, Readability far more, which would flatter the ratio).
 * The spread line gives the totals of the fastest and slowest repetition. Afterwards the tokenizer
 * alone (wink-nlp, lib/engine/nlp.ts) is timed the same way on the same blocks: the engine's floor.
 * The machine's load is printed: the figures are only comparable at similar load.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readArticleFromHtml } from '../lib/node/read-page';
import { analyze } from '../lib/engine/index';
import { tokenize } from '../lib/engine/nlp';
import type { ArticleText } from '../lib/engine/types';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const LARGEST = 12;
const args = process.argv.slice(2);
const repsAt = args.indexOf('--reps');
const REPS = Math.max(1, repsAt >= 0 ? Number(args[repsAt + 1]) || 7 : 7);
const quiet = args.includes('--quiet');

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

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] as number : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

function main(): void {
  if (!existsSync(shared)) { console.log('skipped: ../shared not found'); return; }
  const loadBefore = loadavg();
  const list = pages().map((p) => ({ ...p, html: readFileSync(p.path, 'utf8'), url: pathToFileURL(p.path).href }));
  // Warm-up: every page once, both steps (model load, JIT).
  const ok: Array<(typeof list)[number] & { size: number }> = [];
  for (const p of list) {
    const r = readArticleFromHtml(p.html, p.url);
    if (!r.ok) { console.log(`${p.name.padEnd(36)} (${r.reason})`); continue; }
    analyze(r.article);
    ok.push({ ...p, size: r.article.blocks.reduce((n, b) => n + b.text.length, 0) });
  }
  const readT: number[][] = ok.map(() => []);
  const parseT: number[][] = ok.map(() => []);
  const parsedPages = ok.map((p) => parseHTML(p.html).document as unknown as Document);
  const engineT: number[][] = ok.map(() => []);
  const tokT: number[][] = ok.map(() => []);
  const articles: ArticleText[] = [];
  const repRead: number[] = [];
  const repParse: number[] = [];
  const repEngine: number[] = [];
  for (let rep = 0; rep < REPS; rep++) {
    let rr = 0;
    let pp = 0;
    let ee = 0;
    ok.forEach((p, i) => {
      const clone = (parsedPages[i] as Document).cloneNode(true) as Document;
      const tp = performance.now();
      new Readability(clone).parse();
      const parseMs = performance.now() - tp;
      (parseT[i] as number[]).push(parseMs);
      pp += parseMs;
      const t0 = performance.now();
      const r = readArticleFromHtml(p.html, p.url);
      const t1 = performance.now();
      const article = (r as { article: ArticleText }).article;
      const t2 = performance.now();
      analyze(article);
      const t3 = performance.now();
      articles[i] = article;
      (readT[i] as number[]).push(t1 - t0);
      (engineT[i] as number[]).push(t3 - t2);
      rr += t1 - t0;
      ee += t3 - t2;
    });
    repRead.push(rr);
    repParse.push(pp);
    repEngine.push(ee);
  }
  // The floor under the engine, timed apart: wink-nlp tokenising and tagging the same blocks alone.
  for (let rep = 0; rep < REPS; rep++) {
    articles.forEach((article, i) => {
      const t = performance.now();
      for (const b of article.blocks) if (b.text.trim()) tokenize(b.text);
      (tokT[i] as number[]).push(performance.now() - t);
    });
  }
  let chars = 0;
  let readMs = 0;
  let parseMs = 0;
  let engineMs = 0;
  let tokMs = 0;
  if (!quiet) console.log(`${'page'.padEnd(36)} ${'chars'.padStart(8)} ${'parse ms'.padStart(8)} ${'read ms'.padStart(8)} ${'engine ms'.padStart(9)} ${'÷parse'.padStart(6)}`);
  ok.forEach((p, i) => {
    const r = median(readT[i] as number[]);
    const q = median(parseT[i] as number[]);
    const e = median(engineT[i] as number[]);
    chars += p.size;
    readMs += r;
    parseMs += q;
    engineMs += e;
    tokMs += median(tokT[i] as number[]);
    if (!quiet) console.log(`${p.name.slice(0, 36).padEnd(36)} ${String(p.size).padStart(8)} ${q.toFixed(1).padStart(8)} ${r.toFixed(1).padStart(8)} ${e.toFixed(1).padStart(9)} ${(e / q).toFixed(2).padStart(6)}`);
  });
  const mbps = chars / 1e6 / (engineMs / 1000);
  const range = (xs: number[]): string => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;
  const perRep = (base: number[]): number[] => repEngine.map((e, k) => e / (base[k] as number));
  const loadAfter = loadavg();
  console.log(`\n${ok.length} pages, ${(chars / 1e6).toFixed(3)} MB of text; ${REPS} timed repetitions after a warm-up pass; per-page medians summed`);
  console.log(`Readability.parse ${parseMs.toFixed(0)} ms; whole read from HTML ${readMs.toFixed(0)} ms; engine ${engineMs.toFixed(0)} ms`);
  console.log(`the engine's floor, wink-nlp tokenising and tagging alone (nlp.ts tokenize): ${tokMs.toFixed(0)} ms = ${(tokMs / parseMs).toFixed(2)}× Readability.parse`);
  console.log(`spread over repetitions: engine ${Math.min(...repEngine).toFixed(0)}–${Math.max(...repEngine).toFixed(0)} ms (${(chars / 1e6 / (Math.max(...repEngine) / 1000)).toFixed(2)}–${(chars / 1e6 / (Math.min(...repEngine) / 1000)).toFixed(2)} MB/s); ÷parse ${range(perRep(repParse))}; ÷read ${range(perRep(repRead))}`);
  console.log(`machine: ${cpus().length} cores; load average ${loadBefore.map((x) => x.toFixed(2)).join(' ')} before, ${loadAfter.map((x) => x.toFixed(2)).join(' ')} after`);
  console.log(`engine throughput: ${mbps.toFixed(2)} MB/s (target >= 1)`);
  console.log(`engine time ÷ Readability.parse: ${(engineMs / parseMs).toFixed(2)} (target <= 0.25); ÷ whole read from HTML: ${(engineMs / readMs).toFixed(2)}`);
}

main();
