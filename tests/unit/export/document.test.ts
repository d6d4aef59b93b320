import { describe, expect, it } from 'vitest';
import { toExportDocument } from '../../../lib/export/document';
import { renderJson } from '../../../lib/export/json';
import { EXPORT_SCHEMA_VERSION, ExportSchema } from '../../../lib/export/schema';
import { ANALYZED_AT, sampleAnalysis } from './build-analysis';

describe('toExportDocument', () => {
  const { analysis } = sampleAnalysis();
  const document = toExportDocument(analysis, ANALYZED_AT);

  it('lists every sentence, none included, in order', () => {
    expect(document.sentences.map((s) => s.index)).toEqual(analysis.sentences.map((s) => s.index));
    expect(document.sentences.filter((s) => s.label === 'none')).toHaveLength(3);
  });

  it('names sources and vias by their canonical names', () => {
    const report = document.sentences.find((s) => s.label === 'report');
    expect(report).toMatchObject({ source: 'the Millbrook Gazette', via: 'Ellen Marsh', cue: 'according to' });
    expect(document.sentences[0]).toMatchObject({ source: null, via: null, cue: null });
  });

  it('stamps the schema version and the analysis time', () => {
    expect(document.schema).toBe(EXPORT_SCHEMA_VERSION);
    expect(document.analyzedAt).toBe('2026-11-27T08:00:00.000Z');
  });

  it('keeps an id with no matching source rather than dropping the attribution', () => {
    const orphan = { ...analysis, sources: [] };
    expect(toExportDocument(orphan, ANALYZED_AT).sentences[2]?.source).toBe('marsh');
  });

  it('rejects an analysis that breaks the schema', () => {
    const broken = { ...analysis, sentences: [{ ...analysis.sentences[0]!, start: -1 }] };
    expect(() => toExportDocument(broken, ANALYZED_AT)).toThrow();
  });
});

describe('renderJson', () => {
  it('is pretty JSON that parses back to a valid export', () => {
    const { analysis } = sampleAnalysis();
    const json = renderJson(toExportDocument(analysis, ANALYZED_AT));
    expect(json).toContain('\n  "schema": ');
    expect(json.endsWith('}\n')).toBe(true);
    const parsed = ExportSchema.safeParse(JSON.parse(json));
    expect(parsed.success).toBe(true);
  });
});
