import type { Analysis, ArticleText } from '../engine/types';
import { articlePlainText } from './article-text';
import { attributedSentences, toExportDocument } from './document';
import type { ExportedSentence } from './schema';
import { stableUuid } from './stable-id';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Characters of article text kept before and after the quote, as Hypothesis does. */
export const SELECTOR_CONTEXT_CHARS = 32;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextualBody {
  type: 'TextualBody';
  purpose: 'tagging' | 'describing';
  value: string;
  format: 'text/plain';
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'describing';
  created: string;
  generator: { type: 'Software'; name: 'Sourcelight' };
  body: TextualBody[];
  target: { source: string; selector: TextQuoteSelector };
}

export interface WebAnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

function isHighSurrogate(code: number) {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Up to SELECTOR_CONTEXT_CHARS around [start, end), never cutting a surrogate pair in half. */
function contextAround(text: string, start: number, end: number): { prefix: string; suffix: string } {
  let from = Math.max(0, start - SELECTOR_CONTEXT_CHARS);
  if (from > 0 && isHighSurrogate(text.charCodeAt(from - 1))) from += 1;
  let to = Math.min(text.length, end + SELECTOR_CONTEXT_CHARS);
  if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to -= 1;
  return { prefix: text.slice(from, start), suffix: text.slice(end, to) };
}

/**
 * Where the sentence starts in the plain text: its block offsets when they hold
 * its text, else the first occurrence of its text from `searchFrom`.
 */
function locate(sentence: ExportedSentence, text: string, blockStarts: number[], searchFrom: number): number {
  const blockStart = blockStarts[sentence.block];
  if (blockStart !== undefined) {
    const at = blockStart + sentence.start;
    if (text.slice(at, at + sentence.text.length) === sentence.text) return at;
  }
  const after = text.indexOf(sentence.text, searchFrom);
  return after >= 0 ? after : text.indexOf(sentence.text);
}

function describe(sentence: ExportedSentence): string {
  const via = sentence.via === null ? '' : `, via ${sentence.via}`;
  const cue = sentence.cue === null ? '' : ` (cue: “${sentence.cue}”)`;
  return `${sentence.label} — source: ${sentence.source ?? 'unknown'}${via}${cue}`;
}

/**
 * A W3C Web Annotation collection with one annotation per attributed sentence,
 * each anchored by a TextQuoteSelector whose prefix and suffix come from the
 * article text, so annotation tools can re-anchor it on the page. No
 * TextPositionSelector: its offsets would count the extracted text, not the
 * page's DOM text that tools count in.
 */
export function toWebAnnotations(analysis: Analysis, article: ArticleText, analyzedAt: Date): WebAnnotationCollection {
  const document = toExportDocument(analysis, analyzedAt);
  const { text, blockStarts } = articlePlainText(article);
  const created = document.analyzedAt;
  const seed = `${document.url}\n${created}`;

  let searchFrom = 0;
  const items = attributedSentences(document).map((sentence): WebAnnotation => {
    const at = locate(sentence, text, blockStarts, searchFrom);
    const selector: TextQuoteSelector = { type: 'TextQuoteSelector', exact: sentence.text };
    if (at >= 0) {
      searchFrom = at + sentence.text.length;
      Object.assign(selector, contextAround(text, at, searchFrom));
    }
    return {
      id: stableUuid(`${seed}\n${sentence.index}`),
      type: 'Annotation',
      motivation: 'describing',
      created,
      generator: { type: 'Software', name: 'Sourcelight' },
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: sentence.label, format: 'text/plain' },
        { type: 'TextualBody', purpose: 'describing', value: describe(sentence), format: 'text/plain' },
      ],
      target: { source: document.url, selector },
    };
  });

  return {
    '@context': ANNOTATION_CONTEXT,
    id: stableUuid(seed),
    type: 'AnnotationCollection',
    label: `Sourcelight: ${document.title || document.url}`,
    total: items.length,
    first: { id: stableUuid(`${seed}\npage`), type: 'AnnotationPage', startIndex: 0, items },
  };
}

export function renderWebAnnotations(analysis: Analysis, article: ArticleText, analyzedAt: Date): string {
  return `${JSON.stringify(toWebAnnotations(analysis, article, analyzedAt), null, 2)}\n`;
}
