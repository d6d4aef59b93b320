import type { ArticleText } from '../engine/types';

/** Beyond this much text the panel analyses the beginning and says so. */
export const MAX_ARTICLE_CHARS = 400_000;

export function truncateArticle(article: ArticleText, maxChars = MAX_ARTICLE_CHARS): { article: ArticleText; truncated: boolean } {
  let total = 0;
  const blocks = [];
  for (const block of article.blocks) {
    if (total + block.text.length > maxChars) {
      return { article: { ...article, blocks }, truncated: true };
    }
    total += block.text.length;
    blocks.push(block);
  }
  return { article, truncated: false };
}
