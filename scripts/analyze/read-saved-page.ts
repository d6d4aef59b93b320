import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { ArticleText } from '../../lib/engine/types';
import { MIN_ARTICLE_CHARS } from '../../lib/page/extract';
import { readArticleFromHtml } from '../../lib/node/read-page';

export type SavedPage = { ok: true; article: ArticleText } | { ok: false; problem: string };

const HTML_MARKUP = /<(?:!doctype\s+html|html|head|body|article|main|div|p|h[1-6])[\s>/]/i;

function fileProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a folder, not an HTML file';
  if (code === 'EACCES') return 'not allowed to read it';
  return `cannot read it (${(error as Error).message})`;
}

/** Reads a saved page and extracts its article, or says in words why it can't. */
export async function readSavedPage(path: string): Promise<SavedPage> {
  let html: string;
  try {
    html = await readFile(path, 'utf8');
  } catch (error) {
    return { ok: false, problem: fileProblem(error) };
  }
  if (html.includes('\u0000') || !HTML_MARKUP.test(html)) return { ok: false, problem: 'not an HTML file' };

  const reading = readArticleFromHtml(html, pathToFileURL(path).href);
  if (reading.ok) return reading;
  return {
    ok: false,
    problem:
      reading.reason === 'no-article'
        ? 'no article found on the page'
        : `too little article text (under ${MIN_ARTICLE_CHARS} characters)`,
  };
}
