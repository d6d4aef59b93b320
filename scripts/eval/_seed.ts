import { readArticleFromFile } from '/work/main/lib/node/read-page';
import { analyze } from '/work/main/lib/engine/index';
const f = process.argv[2] ?? '/work/shared/fixtures/seed-pakistan-taliban/source.html';
const r = await readArticleFromFile(f);
if (!r.ok) throw new Error(r.reason);
const a = analyze(r.article);
const names = new Map(a.sources.map((s) => [s.id, s.name]));
for (const s of a.sentences) console.log(s.label.padEnd(6), (names.get(s.sourceId ?? '') ?? '-').padEnd(30), (s.viaId ? 'via ' + names.get(s.viaId) : '').padEnd(10), s.cue ?? '', '|', s.text.slice(0, 110));
for (const s of a.sources) console.log(s.name, s.counts, s.aliases.join(' | '));
