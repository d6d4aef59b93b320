import { describe, expect, it } from 'vitest';
import { handleContentRequest } from '@/lib/page/content-handler';
import { ContentRequestSchema, ExtractResponseSchema } from '@/lib/messages';

describe('message protocol', () => {
  it('accepts the panel’s requests', () => {
    expect(ContentRequestSchema.safeParse({ type: 'sourcelight/scroll-to', index: 3 }).success).toBe(true);
    expect(
      ContentRequestSchema.safeParse({
        type: 'sourcelight/paint',
        spans: [{ index: 0, label: 'claim', block: 0, start: 0, end: 5, text: 'Hello' }],
      }).success,
    ).toBe(true);
  });

  it('rejects malformed or foreign messages', () => {
    expect(ContentRequestSchema.safeParse({ type: 'sourcelight/scroll-to', index: -1 }).success).toBe(false);
    expect(ContentRequestSchema.safeParse({ type: 'sourcelight/paint', spans: [{ label: 'none' }] }).success).toBe(false);
    expect(ContentRequestSchema.safeParse({ type: 'other-extension/hello' }).success).toBe(false);
    expect(ExtractResponseSchema.safeParse({ ok: true, article: { title: 1 } }).success).toBe(false);
  });

  it('leaves messages that are not ours unanswered, so other listeners may answer', () => {
    expect(handleContentRequest({ type: 'other-extension/hello' })).toBeUndefined();
    expect(handleContentRequest('<img src=x onerror=alert(1)>')).toBeUndefined();
  });
});
