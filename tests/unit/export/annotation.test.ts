import { describe, expect, it } from 'vitest';
import { ANNOTATION_CONTEXT, SELECTOR_CONTEXT_CHARS, toWebAnnotations } from '../../../lib/export/annotation';
import { articlePlainText } from '../../../lib/export/article-text';
import { ANALYZED_AT, buildAnalysis, buildArticle, sampleAnalysis, source } from './build-analysis';

/** Where a Hypothesis-style anchorer would put the quote: prefix + exact + suffix found in the text. */
function reanchor(text: string, selector: { exact: string; prefix?: string; suffix?: string }): number {
  const at = text.indexOf(`${selector.prefix ?? ''}${selector.exact}${selector.suffix ?? ''}`);
  return at < 0 ? -1 : at + (selector.prefix ?? '').length;
}

describe('toWebAnnotations', () => {
  const { article, analysis } = sampleAnalysis();
  const collection = toWebAnnotations(analysis, article, ANALYZED_AT);
  const items = collection.first.items;
  const { text } = articlePlainText(article);

  it('is a W3C AnnotationCollection with one annotation per attributed sentence', () => {
    expect(collection['@context']).toBe(ANNOTATION_CONTEXT);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.first.type).toBe('AnnotationPage');
    expect(collection.total).toBe(4);
    expect(items).toHaveLength(4);
    for (const item of items) {
      expect(item.type).toBe('Annotation');
      expect(item.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(item.target.source).toBe('https://news.example/story');
      expect(item.created).toBe('2026-11-27T08:00:00.000Z');
    }
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
  });

  it('tags each annotation with its label and describes its source and via', () => {
    expect(items[2]?.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'report', format: 'text/plain' },
      {
        type: 'TextualBody',
        purpose: 'describing',
        value: 'report — source: the Millbrook Gazette, via Ellen Marsh (cue: “according to”)',
        format: 'text/plain',
      },
    ]);
  });

  it('gives selectors that re-anchor at the sentence itself', () => {
    analysis.sentences
      .filter((s) => s.label !== 'none')
      .forEach((sentence, i) => {
        const selector = items[i]!.target.selector;
        expect(selector.type).toBe('TextQuoteSelector');
        expect(selector.exact).toBe(sentence.text);
        expect(selector.prefix!.length).toBeLessThanOrEqual(SELECTOR_CONTEXT_CHARS);
        expect(selector.suffix!.length).toBeLessThanOrEqual(SELECTOR_CONTEXT_CHARS);
        const blockStart = articlePlainText(article).blockStarts[sentence.block]!;
        expect(reanchor(text, selector)).toBe(blockStart + sentence.start);
      });
  });

  it('takes context across block boundaries and stops at the text ends', () => {
    const first = items[0]!.target.selector;
    expect(first.prefix).toBe('dge\nThe council met on Tuesday. ');
    const last = items[3]!.target.selector;
    expect(last.suffix).toBe('');
  });

  it('is deterministic for the same analysis', () => {
    expect(toWebAnnotations(analysis, article, ANALYZED_AT)).toEqual(collection);
  });

  it('never cuts a surrogate pair in a prefix or suffix', () => {
    const emoji = '😀'.repeat(40);
    const article = buildArticle([`${emoji} Kim said it was fine. ${emoji}`]);
    const analysis = buildAnalysis(
      article,
      [{ block: 0, text: 'Kim said it was fine.', label: 'claim', sourceId: 'kim', cue: 'said' }],
      [source('kim', 'Kim')],
    );
    const { prefix, suffix } = toWebAnnotations(analysis, article, ANALYZED_AT).first.items[0]!.target.selector;
    expect(prefix).toMatch(/^(?:😀)+ $/u);
    expect(suffix).toMatch(/^ (?:😀)+$/u);
  });

  it('falls back to finding the text when the offsets are stale', () => {
    const stale = {
      ...analysis,
      sentences: analysis.sentences.map((s) => (s.index === 2 ? { ...s, start: s.start + 3, end: s.end + 3 } : s)),
    };
    const selector = toWebAnnotations(stale, article, ANALYZED_AT).first.items[0]!.target.selector;
    expect(reanchor(text, selector)).toBe(text.indexOf('Mayor Ellen Marsh said'));
  });
});
