import { describe, expect, it } from 'vitest';
import { exportFileName, safeFileStem } from '../../../lib/export/file-name';
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS, isExportFormatId } from '../../../lib/export/formats';
import { ExportSchema } from '../../../lib/export/schema';
import { ANALYZED_AT, sampleAnalysis } from './build-analysis';

describe('EXPORT_FORMATS', () => {
  const input = { ...sampleAnalysis(), analyzedAt: ANALYZED_AT };

  it('has one entry per id, each with its extension and MIME type', () => {
    expect(Object.keys(EXPORT_FORMATS)).toEqual([...EXPORT_FORMAT_IDS]);
    expect(EXPORT_FORMAT_IDS.map((id) => [EXPORT_FORMATS[id].id, EXPORT_FORMATS[id].extension])).toEqual([
      ['json', 'json'],
      ['markdown', 'md'],
      ['csv', 'csv'],
      ['annotation', 'jsonld'],
    ]);
    expect(EXPORT_FORMATS.annotation.mimeType).toContain('application/ld+json');
  });

  it('renders each format from the same input', () => {
    expect(ExportSchema.safeParse(JSON.parse(EXPORT_FORMATS.json.render(input))).success).toBe(true);
    expect(EXPORT_FORMATS.markdown.render(input)).toMatch(/^---\ntitle: /);
    expect(EXPORT_FORMATS.csv.render(input)).toMatch(/^index,label,source,via,cue,text\r\n/);
    expect(JSON.parse(EXPORT_FORMATS.annotation.render(input))).toMatchObject({ type: 'AnnotationCollection', total: 4 });
  });

  it('tells format ids from other strings', () => {
    expect(isExportFormatId('markdown')).toBe(true);
    expect(isExportFormatId('md')).toBe(false);
  });
});

describe('file names', () => {
  it.each([
    ['Council votes: "bridge" #1', 'council-votes-bridge-1'],
    ['  ../../etc/passwd  ', 'etc-passwd'],
    ['Zoë’s café: ÉLAN', 'zoë-s-café-élan'],
    ['東京の天気', '東京の天気'],
    ['', 'article'],
    ['?!*', 'article'],
    ['CON', 'con-article'],
  ])('%j → %j', (title, stem) => {
    expect(safeFileStem(title)).toBe(stem);
  });

  it('keeps stems to 80 characters, cut at a word', () => {
    const stem = safeFileStem('word '.repeat(40));
    expect(stem.length).toBeLessThanOrEqual(80);
    expect(stem.endsWith('word')).toBe(true);
    expect([...safeFileStem('x'.repeat(200))]).toHaveLength(80);
  });

  it('ends with the format extension', () => {
    expect(exportFileName('Bridge vote', 'md')).toBe('bridge-vote.sourcelight.md');
  });
});
