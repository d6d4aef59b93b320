import type { BlockAnchor } from './blocks';

/**
 * Builds a live Range for characters [start, end) of an extracted block, or null
 * when those characters no longer sit in the page (the page changed under us).
 */
export function rangeForBlockSpan(
  document: Document,
  anchor: BlockAnchor | undefined,
  start: number,
  end: number,
): Range | null {
  if (!anchor || start >= end || end > anchor.nodeIndex.length) return null;
  const first = anchor.nodes[anchor.nodeIndex[start] as number];
  const last = anchor.nodes[anchor.nodeIndex[end - 1] as number];
  if (!first || !last || !first.isConnected || !last.isConnected) return null;
  const startOffset = anchor.nodeOffset[start] as number;
  const endOffset = (anchor.nodeOffset[end - 1] as number) + 1;
  if (startOffset > first.length || endOffset > last.length) return null;
  const range = document.createRange();
  try {
    range.setStart(first, startOffset);
    range.setEnd(last, endOffset);
  } catch {
    return null;
  }
  return range.collapsed ? null : range;
}
