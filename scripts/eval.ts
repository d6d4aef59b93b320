/**
 * `npm run eval [-- --errors] [-- --check] [-- --only name] [-- --gold DIR]`: runs the engine on
 * every gold article in ../shared/gold (or DIR, a folder laid out like it: each file's `page` is
 * relative to DIR's parent) and prints the guide's scores (see docs/attribution.md).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticleFromFile } from '../lib/node/read-page';
import { analyze } from '../lib/engine/index';
import { align } from './eval/align';
import { addRaw, emptyRaw, finish, rawScores, sourceMatches, type AnyLabel, type GoldEntity, type ScoredItem } from './eval/score';
import { errorLines, header, labelTable, row, type ErrorLine } from './eval/report';

interface GoldFile {
  id: string;
  page: string;
  entities: GoldEntity[];
  sentences: Array<{ text: string; label: AnyLabel; source: string | null }>;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const check = args.includes('--check');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
const goldAt = args.indexOf('--gold');
const goldDir = goldAt >= 0 ? resolve(args[goldAt + 1] ?? '.') : join(shared, 'gold');
const pagesDir = dirname(goldDir);

async function main(): Promise<number> {
  if (!existsSync(goldDir)) {
    console.log(`skipped: ${goldDir} not found`);
    return 0;
  }
  const files = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort();
  let total = emptyRaw();
  const rows: Array<{ name: string; line: string; macro: number }> = [];
  const errors: ErrorLine[] = [];
  const splits: string[] = [];
  const counts: string[] = [];
  let sentences = 0;
  let unaligned = 0;
  for (const file of files) {
    const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as GoldFile;
    if (only && !gold.id.includes(only)) continue;
    const reading = await readArticleFromFile(join(pagesDir, gold.page));
    const ours = reading.ok ? analyze(reading.article) : null;
    const ourSentences = ours?.sentences ?? [];
    const names = new Map((ours?.sources ?? []).map((s) => [s.id, s.name]));
    const pairs = align(gold.sentences.map((s) => s.text), ourSentences.map((s) => s.text));
    const entities = new Map(gold.entities.map((e) => [e.id, e]));
    const items: ScoredItem[] = pairs.map((p) => {
      const g = gold.sentences[p.gold] as GoldFile['sentences'][number];
      const o = p.ours >= 0 ? ourSentences[p.ours] : undefined;
      const predSource = o?.sourceId ? (names.get(o.sourceId) ?? null) : null;
      const item: ScoredItem = {
        goldLabel: g.label, goldSource: g.source, predLabel: o?.label ?? 'none', predSource, predId: o?.sourceId ?? null,
      };
      const goldEntity = entities.get(g.source ?? '');
      const kind: ErrorLine['kind'] | null = !o ? 'unaligned'
        : item.predLabel !== item.goldLabel ? 'label'
          : item.goldLabel !== 'none' && !sourceMatches(predSource, goldEntity) ? 'source' : null;
      if (!o) unaligned++;
      if (kind) {
        errors.push({
          article: gold.id, text: g.text, gold: g.label, goldSource: goldEntity?.name ?? null,
          pred: item.predLabel, predSource, cue: o?.cue ?? null, kind,
        });
      }
      return item;
    });
    if (showErrors) {
      // Gold entities we split over several sources.
      const per = new Map<string, Set<string>>();
      for (const it of items) {
        if (it.goldLabel === 'none' || it.predLabel === 'none' || !it.goldSource) continue;
        const set = per.get(it.goldSource) ?? new Set<string>();
        set.add(it.predSource ?? '?');
        per.set(it.goldSource, set);
      }
      for (const [id, set] of per) {
        if (set.size > 1) splits.push(`[${gold.id}] ${entities.get(id)?.name}: ${[...set].join(' | ')}`);
      }
      for (const e of gold.entities) {
        const g = { claim: 0, report: 0, pledge: 0 };
        const o = { claim: 0, report: 0, pledge: 0 };
        for (const it of items) {
          if (it.goldLabel !== 'none' && it.goldSource === e.id) g[it.goldLabel]++;
          if (it.predLabel !== 'none' && sourceMatches(it.predSource, e)) o[it.predLabel]++;
        }
        const fmt = (c: typeof g) => `${c.claim}c/${c.report}r/${c.pledge}p`;
        if (g.claim + g.report + g.pledge > 0 && fmt(g) !== fmt(o)) counts.push(`[${gold.id}] ${e.name}: gold ${fmt(g)} ours ${fmt(o)}`);
      }
    }
    const raw = rawScores(items, gold.entities);
    total = addRaw(total, raw);
    sentences += items.length;
    const s = finish(raw);
    rows.push({ name: gold.id, line: row(gold.id + (reading.ok ? '' : ` (${reading.reason})`), items.length, s), macro: s.macroF1 });
  }
  const overall = finish(total);
  console.log(header());
  for (const r of rows) console.log(r.line);
  console.log(row('OVERALL', sentences, overall));
  console.log('');
  console.log(labelTable(overall));
  if (unaligned) console.log(`unaligned gold sentences: ${unaligned}`);
  if (showErrors) {
    console.log(`\nerrors (${errors.length}):`);
    console.log(errorLines(errors));
    console.log(`\nsplit entities (${splits.length}):\n${splits.join('\n')}`);
    console.log(`\ncount mismatches (${counts.length}):\n${counts.join('\n')}`);
  } else {
    console.log(`\n${errors.length} sentences wrong; pass --errors to list them.`);
  }
  if (check) {
    const floorFile = join(root, 'tests', 'eval-floor.json');
    const floor = JSON.parse(readFileSync(floorFile, 'utf8')) as {
      macroF1: number; sourceAccuracy: number; countsExact?: number; sourceSplitMax?: number;
    };
    // Split is better when lower, so the file holds its ceiling.
    const ok = overall.macroF1 >= floor.macroF1 && overall.sourceAccuracy >= floor.sourceAccuracy &&
      overall.countsExact >= (floor.countsExact ?? 0) && overall.sourceSplit <= (floor.sourceSplitMax ?? Infinity);
    console.log(`check: macro-F1 ${overall.macroF1.toFixed(3)} (floor ${floor.macroF1}), source accuracy ${overall.sourceAccuracy.toFixed(3)} (floor ${floor.sourceAccuracy}), ` +
      `counts exact ${overall.countsExact.toFixed(3)} (floor ${floor.countsExact ?? '-'}), source split ${overall.sourceSplit.toFixed(3)} (ceiling ${floor.sourceSplitMax ?? '-'}): ${ok ? 'ok' : 'BELOW FLOOR'}`);
    return ok ? 0 : 1;
  }
  return 0;
}

main().then((code) => process.exit(code), (err) => { console.error(err); process.exit(2); });
