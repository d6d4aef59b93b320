import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import type { ArticleText } from '../engine/types';
import { extractArticle, type ExtractFailure } from '../page/extract';

export type PageReading = { ok: true; article: ArticleText } | { ok: false; reason: ExtractFailure };

/** Parses saved HTML with linkedom and extracts the article the way the content script does. */
export function readArticleFromHtml(html: string, url: string): PageReading {
  const { document } = parseHTML(html);
  const extraction = extractArticle(document as unknown as Document, url);
  return extraction.ok ? { ok: true, article: extraction.article } : extraction;
}

export async function readArticleFromFile(path: string): Promise<PageReading> {
  const html = await readFile(path, 'utf8');
  return readArticleFromHtml(html, pathToFileURL(path).href);
}
