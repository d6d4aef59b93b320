import { describe, expect, it } from 'vitest';
import { isEnglish } from '@/lib/engine/language';
import { truncateArticle } from '@/lib/panel/limits';

describe('article limits', () => {
  const article = {
    title: 'T',
    url: 'https://example.test/',
    lang: 'en',
    blocks: [
      { text: 'a'.repeat(60), kind: 'paragraph' as const },
      { text: 'b'.repeat(60), kind: 'paragraph' as const },
    ],
  };

  it('keeps whole blocks up to the limit and says it cut the rest', () => {
    expect(truncateArticle(article, 100)).toEqual({ article: { ...article, blocks: [article.blocks[0]] }, truncated: true });
    expect(truncateArticle(article, 1000)).toEqual({ article, truncated: false });
  });

  it('treats pages without a language, and English variants, as English', () => {
    expect(isEnglish(null)).toBe(true);
    expect(isEnglish('en-GB')).toBe(true);
    expect(isEnglish('cs')).toBe(false);
  });
});
