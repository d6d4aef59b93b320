import type { ArticleText } from '../engine/types';

/** Between blocks in the article's plain text. */
export const BLOCK_SEPARATOR = '\n';

export interface ArticlePlainText {
  text: string;
  /** Offset in `text` where each block starts. */
  blockStarts: number[];
}

/** The article body as one string: the blocks' text in reading order, one line each. */
export function articlePlainText(article: ArticleText): ArticlePlainText {
  const blockStarts: number[] = [];
  let length = 0;
  for (const block of article.blocks) {
    blockStarts.push(length);
    length += block.text.length + BLOCK_SEPARATOR.length;
  }
  return { text: article.blocks.map((block) => block.text).join(BLOCK_SEPARATOR), blockStarts };
}
