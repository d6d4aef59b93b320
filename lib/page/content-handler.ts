import { type ContentRequest, ContentRequestSchema, type ExtractResponse } from '../messages';
import { extractArticle } from './extract';
import { Highlighter } from './highlighter';

let highlighter: Highlighter | undefined;

function extract(): ExtractResponse {
  const started = performance.now();
  try {
    const extraction = extractArticle(document, location.href);
    if (!extraction.ok) return { ok: false, reason: extraction.reason };
    highlighter?.clear();
    highlighter = new Highlighter(document, extraction.anchors);
    return { ok: true, article: extraction.article, elapsedMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, reason: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
}

function answer(request: ContentRequest) {
  switch (request.type) {
    case 'sourcelight/extract':
      return extract();
    case 'sourcelight/paint':
      return highlighter?.paint(request.spans) ?? { painted: 0, missing: request.spans.length };
    case 'sourcelight/visibility':
      highlighter?.setVisible(request.visible);
      return { ok: highlighter !== undefined };
    case 'sourcelight/scroll-to':
      return { ok: highlighter?.scrollTo(request.index) ?? false };
    case 'sourcelight/clear':
      highlighter?.clear();
      return { ok: true };
  }
}

/** Answers a message from the panel, or returns undefined when it is not ours. */
export function handleContentRequest(message: unknown) {
  const parsed = ContentRequestSchema.safeParse(message);
  return parsed.success ? answer(parsed.data) : undefined;
}
