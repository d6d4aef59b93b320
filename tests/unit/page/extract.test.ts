// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/page/extract';

const ARTICLE = `<!doctype html><html lang="en"><head><title>Council approves budget</title></head><body>
  <nav><a href="/">Home</a> <a href="/news">News</a></nav>
  <article>
    <h1>Council approves budget</h1>
    <p>The city council approved the   budget on Monday, after a
       long debate that ran late into the night and left several members tired.</p>
    <p>“We will not allow the libraries to close,” said <b>Mayor Ana Ruiz</b>. She spoke for ten minutes.</p>
    <figure><img src="x.jpg"><figcaption>The council chamber on Monday.</figcaption></figure>
    <p class="article_caption_w_attr">Councillors leave the chamber. <span class="buzz_attribution">Jo Lee / Example Photo Agency</span></p>
    <blockquote><p>Every branch stays open.</p></blockquote>
    <ul><li>Parks get more money for repairs and for new playgrounds in every district.</li></ul>
    <p>According to the Gazette, the vote was eleven to four, the closest margin in a decade.</p>
  </article>
  <footer>© Example News</footer>
</body></html>`;

function load(html: string): Document {
  document.open();
  document.write(html);
  document.close();
  return document;
}

describe('extractArticle', () => {
  it('returns the article body as text blocks with kinds, white space collapsed', () => {
    const result = extractArticle(load(ARTICLE), 'https://example.test/budget');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { article } = result;
    expect(article.title).toBe('Council approves budget');
    expect(article.lang).toBe('en');
    const texts = article.blocks.map((block) => block.text);
    expect(texts).toContain(
      'The city council approved the budget on Monday, after a long debate that ran late into the night and left several members tired.',
    );
    expect(texts).toContain('“We will not allow the libraries to close,” said Mayor Ana Ruiz. She spoke for ten minutes.');
    expect(article.blocks.find((block) => block.text.startsWith('Every branch'))?.kind).toBe('quote');
    expect(article.blocks.find((block) => block.text.startsWith('Parks'))?.kind).toBe('list-item');
    expect(article.blocks.find((block) => block.text.startsWith('The council chamber'))?.kind).toBe('caption');
    expect(article.blocks.find((block) => block.text.startsWith('Councillors leave'))?.kind).toBe('caption');
    expect(texts.join(' ')).not.toContain('Home');
    expect(texts.join(' ')).not.toContain('Example News');
  });

  it('anchors every character of a block to the live text node it came from', () => {
    const doc = load(ARTICLE);
    const result = extractArticle(doc, 'https://example.test/budget');
    if (!result.ok) throw new Error('no article');
    const index = result.article.blocks.findIndex((block) => block.text.includes('Mayor Ana Ruiz'));
    const text = result.article.blocks[index]!.text;
    const anchor = result.anchors[index]!;
    const start = text.indexOf('Mayor');
    const node = anchor.nodes[anchor.nodeIndex[start]!]!;
    expect(node.isConnected).toBe(true);
    expect(node.parentElement?.tagName).toBe('B');
    expect(node.data.slice(anchor.nodeOffset[start]!)).toBe('Mayor Ana Ruiz');
  });

  it('leaves the live page exactly as it was', () => {
    const doc = load(ARTICLE);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, 'https://example.test/budget');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('says there is no article on a page of links', () => {
    const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/s/${i}">Story ${i}</a></li>`).join('');
    const result = extractArticle(load(`<html><body><nav><ul>${links}</ul></nav></body></html>`), 'https://example.test/');
    expect(result.ok).toBe(false);
  });
});
