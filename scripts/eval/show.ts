/**
 * `npx tsx scripts/eval/show.ts <page.html>`: the engine's label, source and cue for every
 * sentence of one saved page, then the sources with their counts. A debugging aid.
 */
import { readArticleFromFile } from '../../lib/node/read-page';
import { analyze } from '../../lib/engine/index';

const file = process.argv[2];
if (!file) {
  console.log('usage: tsx scripts/eval/show.ts <page.html>');
  process.exit(1);
}
const reading = await readArticleFromFile(file);
if (!reading.ok) {
  console.log(`not an article: ${reading.reason}`);
  process.exit(1);
}
const a = analyze(reading.article);
const names = new Map(a.sources.map((s) => [s.id, s.name]));
for (const s of a.sentences) {
  const source = names.get(s.sourceId ?? '') ?? '-';
  const via = s.viaId ? ` via ${names.get(s.viaId)}` : '';
  console.log(`${s.label.padEnd(6)} ${`${source}${via}`.slice(0, 40).padEnd(40)} ${(s.cue ?? '').padEnd(14)} | ${s.text.slice(0, 120)}`);
}
console.log('');
for (const s of a.sources) console.log(`${s.name} (${s.kind}) claim ${s.counts.claim}, report ${s.counts.report}, pledge ${s.counts.pledge} | ${s.aliases.join(' | ')}`);
