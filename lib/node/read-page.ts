import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import type { ArticleText } from '../engine/types';
import { extractArticle, type ExtractFailure } from '../page/extract';

export type PageReading = { ok: true; article: ArticleText } | { ok: false; reason: ExtractFailure };

/**
 * Parses saved HTML with linkedom and extracts the article the way the content
 * script does. The article's URL is the page's own address when it declares one
 * (canonical link or og:url), so exports point at the live page; else `savedAt`.
 */
export function readArticleFromHtml(html: string, savedAt: string): PageReading {
  const { document } = parseHTML(html);
  const page = document as unknown as Document;
  const extraction = extractArticle(page, declaredUrl(page) ?? savedAt);
  return extraction.ok ? { ok: true, article: extraction.article } : extraction;
}

export async function readArticleFromFile(path: string): Promise<PageReading> {
  const html = await readFile(path, 'utf8');
  return readArticleFromHtml(html, pathToFileURL(path).href);
}

function declaredUrl(document: Document): string | null {
  const candidates = [
    document.querySelector('link[rel~="canonical"]')?.getAttribute('href'),
    document.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    if (candidate && /^https?:\/\//i.test(candidate.trim())) return candidate.trim();
  }
  return null;
}
