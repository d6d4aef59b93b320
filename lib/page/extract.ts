import { Readability } from '@mozilla/readability';
import type { ArticleText } from '../engine/types';
import { type BlockAnchor, collectBlocks } from './blocks';
import { cloneWithTextMap } from './clone-map';

export type ExtractFailure = 'no-article' | 'too-little-text';

/** Pages with less body text than this are not treated as articles. */
export const MIN_ARTICLE_CHARS = 200;
/** A "body" that is mostly link text is a list of stories or a menu, not an article. */
const MAX_LINK_DENSITY = 0.5;

export type Extraction =
  | { ok: true; article: ArticleText; anchors: BlockAnchor[] }
  | { ok: false; reason: ExtractFailure };

/**
 * Runs Readability on a clone of `document` and returns the article as text
 * blocks, each anchored to the live page's text nodes. The live document is
 * never modified.
 */
export function extractArticle(document: Document, url: string): Extraction {
  const { clone, liveTextOf } = cloneWithTextMap(document);
  const parsed = new Readability(clone, { keepClasses: true, serializer: (node: Node) => node as Element }).parse();
  const content = parsed?.content as unknown as Element | null | undefined;
  if (!parsed || !content || typeof content !== 'object') return { ok: false, reason: 'no-article' };

  if (linkDensity(content) > MAX_LINK_DENSITY) return { ok: false, reason: 'no-article' };
  const blocks = collectBlocks(content, liveTextOf);
  const textLength = blocks.reduce((sum, block) => sum + block.text.length, 0);
  if (textLength < MIN_ARTICLE_CHARS) return { ok: false, reason: 'too-little-text' };

  const lang = parsed.lang || document.documentElement?.getAttribute('lang') || null;
  return {
    ok: true,
    article: {
      title: (parsed.title ?? document.title ?? '').trim(),
      url,
      lang,
      blocks: blocks.map(({ text, kind }) => ({ text, kind })),
    },
    anchors: blocks.map((block) => block.anchor),
  };
}

function linkDensity(content: Element): number {
  const total = (content.textContent ?? '').replace(/\s+/g, '').length;
  if (total === 0) return 1;
  let linked = 0;
  for (const link of Array.from(content.querySelectorAll('a'))) {
    linked += (link.textContent ?? '').replace(/\s+/g, '').length;
  }
  return linked / total;
}
