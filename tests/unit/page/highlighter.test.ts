// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/page/extract';
import { rangeForBlockSpan } from '@/lib/page/ranges';
import { findTextRange } from '@/lib/page/reanchor';

const PAGE = `<html><body><article><h1>Ferry service cut</h1>
<p>The ferry operator cut two evening sailings on Friday, leaving commuters with fewer options after work.</p>
<p>“We had no choice,” <i>said</i> the operator’s chief executive, Dana Holt. Passengers were angry about the change.</p>
<p>The regional paper reported that the cuts would save little money over the whole of next year.</p>
</article></body></html>`;

describe('mapping sentences back to the page', () => {
  beforeEach(() => {
    document.body.innerHTML = PAGE.replace(/^<html><body>|<\/body><\/html>$/g, '');
  });

  it('builds a range over the exact sentence, across inline elements', () => {
    const result = extractArticle(document, 'https://example.test/');
    if (!result.ok) throw new Error('no article');
    const block = result.article.blocks.findIndex((b) => b.text.startsWith('“We had'));
    const text = result.article.blocks[block]!.text;
    const sentence = '“We had no choice,” said the operator’s chief executive, Dana Holt.';
    const start = text.indexOf(sentence);
    const range = rangeForBlockSpan(document, result.anchors[block], start, start + sentence.length);
    expect(range?.toString()).toBe(sentence);
  });

  it('gives no range once the page removed the text, and finds it again by its words', () => {
    const result = extractArticle(document, 'https://example.test/');
    if (!result.ok) throw new Error('no article');
    const block = result.article.blocks.findIndex((b) => b.text.startsWith('The regional'));
    const text = result.article.blocks[block]!.text;
    const article = document.querySelector('article')!;
    article.innerHTML = article.innerHTML; // a re-render: same words, new nodes
    expect(rangeForBlockSpan(document, result.anchors[block], 0, text.length)).toBeNull();
    expect(findTextRange(document, text)?.toString()).toBe(text);
  });

  it('finds nothing for text that is not on the page', () => {
    expect(findTextRange(document, 'A sentence that was never there.')).toBeNull();
  });
});
