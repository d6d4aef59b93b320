import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleFromFile } from '../../../lib/node/read-page';
import { analyze } from '../../../lib/engine/index';
import { align } from '../../../scripts/eval/align';
import { sourceMatches } from '../../../scripts/eval/score';

const shared = resolve(__dirname, '../../../../shared');
const present = existsSync(shared);
if (!present) console.log('seed article test skipped: ../shared is absent');

describe.skipIf(!present)('seed article (Pakistan–Taliban)', () => {
  it('gets every sentence\'s label and source right, and the counts per source', async () => {
    const gold = JSON.parse(readFileSync(resolve(shared, 'gold/seed-pakistan-taliban.json'), 'utf8')) as {
      entities: Array<{ id: string; name: string; aliases: string[] }>;
      sentences: Array<{ text: string; label: string; source: string | null }>;
    };
    const reading = await readArticleFromFile(resolve(shared, 'fixtures/seed-pakistan-taliban/source.html'));
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    const a = analyze(reading.article);
    const pairs = align(gold.sentences.map((s) => s.text), a.sentences.map((s) => s.text));
    expect(gold.sentences).toHaveLength(12);
    for (const p of pairs) {
      const g = gold.sentences[p.gold]!;
      const ours = a.sentences[p.ours]!;
      expect(ours, g.text).toBeDefined();
      expect(ours.label, g.text).toBe(g.label);
      if (g.source) {
        const name = a.sources.find((s) => s.id === ours.sourceId)?.name ?? null;
        expect(sourceMatches(name, gold.entities.find((e) => e.id === g.source)), g.text).toBe(true);
      }
    }
    const counts = Object.fromEntries(a.sources.map((s) => [s.name.replace(/’/g, "'"), s.counts]));
    expect(counts['Asif Durrani']).toEqual({ claim: 1, report: 0, pledge: 2 });
    expect(counts['Amir Khan Muttaqi']).toEqual({ claim: 1, report: 0, pledge: 1 });
    expect(counts['Abdul Qahar Balkhi']).toEqual({ claim: 0, report: 2, pledge: 0 });
    expect(counts['the Express Tribune']).toEqual({ claim: 0, report: 1, pledge: 0 });
    expect(counts["Pakistan's Defence Minister and Chief of Army Staff"]).toEqual({ claim: 1, report: 0, pledge: 0 });
    expect(counts['Pakistan']).toEqual({ claim: 1, report: 0, pledge: 0 });
    expect(a.sources.filter((s) => s.total > 0)).toHaveLength(6);
    const balkhi = a.sentences.find((s) => s.text.startsWith('The spokesman'));
    expect(a.sources.find((s) => s.id === balkhi?.viaId)?.name).toBe('Amir Khan Muttaqi');
  });
});
