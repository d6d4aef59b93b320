import * as z from 'zod/mini';

/**
 * The one protocol between the side panel and the content script. Every message
 * that crosses a context is parsed with these schemas on arrival.
 */

const BlockKindSchema = z.enum(['heading', 'paragraph', 'list-item', 'quote', 'caption', 'preformatted', 'cell']);
const PaintLabelSchema = z.enum(['claim', 'report', 'pledge']);
const offset = () => z.number().check(z.int(), z.minimum(0));

export const ArticleTextSchema = z.object({
  title: z.string(),
  url: z.string(),
  lang: z.nullable(z.string()),
  blocks: z.array(z.object({ text: z.string(), kind: BlockKindSchema })),
});

export const PaintSpanSchema = z.object({
  index: offset(),
  label: PaintLabelSchema,
  block: offset(),
  start: offset(),
  end: offset(),
  /** The sentence itself, to re-anchor by text when the page changed since extraction. */
  text: z.string(),
});
export type PaintSpan = z.infer<typeof PaintSpanSchema>;

export const ContentRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('sourcelight/extract') }),
  z.object({ type: z.literal('sourcelight/paint'), spans: z.array(PaintSpanSchema) }),
  z.object({ type: z.literal('sourcelight/visibility'), visible: z.boolean() }),
  z.object({ type: z.literal('sourcelight/scroll-to'), index: offset() }),
  z.object({ type: z.literal('sourcelight/clear') }),
]);
export type ContentRequest = z.infer<typeof ContentRequestSchema>;

export const ExtractResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), article: ArticleTextSchema, elapsedMs: z.number() }),
  z.object({ ok: z.literal(false), reason: z.enum(['no-article', 'too-little-text', 'failed']), detail: z.optional(z.string()) }),
]);
export type ExtractResponse = z.infer<typeof ExtractResponseSchema>;

export const PaintResponseSchema = z.object({ painted: offset(), missing: offset() });
export type PaintResponse = z.infer<typeof PaintResponseSchema>;

export const AckResponseSchema = z.object({ ok: z.boolean() });
export type AckResponse = z.infer<typeof AckResponseSchema>;

/** What each request answers with, so senders get the right type back. */
export interface ContentResponses {
  'sourcelight/extract': ExtractResponse;
  'sourcelight/paint': PaintResponse;
  'sourcelight/visibility': AckResponse;
  'sourcelight/scroll-to': AckResponse;
  'sourcelight/clear': AckResponse;
}

export const CONTENT_RESPONSE_SCHEMAS = {
  'sourcelight/extract': ExtractResponseSchema,
  'sourcelight/paint': PaintResponseSchema,
  'sourcelight/visibility': AckResponseSchema,
  'sourcelight/scroll-to': AckResponseSchema,
  'sourcelight/clear': AckResponseSchema,
} as const;
