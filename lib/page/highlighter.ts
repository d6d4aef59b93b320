import type { PaintSpan } from '../messages';
import type { BlockAnchor } from './blocks';
import { rangeForBlockSpan } from './ranges';
import { findInPageText, indexPageText } from './reanchor';

export const HIGHLIGHT_NAMES = {
  claim: 'sourcelight-claim',
  report: 'sourcelight-report',
  pledge: 'sourcelight-pledge',
  flash: 'sourcelight-flash',
} as const;

const FLASH_MS = 1500;
/** How long the page must be quiet after a change before painted sentences are looked for again. */
const REPAIR_DELAY_MS = 400;

/**
 * Paints sentences on the page with the CSS Custom Highlight API: the page's DOM
 * is never touched, only Range objects are registered with `CSS.highlights`.
 */
export class Highlighter {
  private ranges = new Map<number, { label: PaintSpan['label']; range: Range; text: string }>();
  private visible = true;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private repairTimer: ReturnType<typeof setTimeout> | undefined;
  private observer: MutationObserver | undefined;

  constructor(
    private readonly document: Document,
    private readonly anchors: BlockAnchor[],
  ) {}

  paint(spans: PaintSpan[]): { painted: number; missing: number } {
    this.ranges.clear();
    let missing = 0;
    let pageText: ReturnType<typeof indexPageText> | undefined;
    for (const span of spans) {
      let range = rangeForBlockSpan(this.document, this.anchors[span.block], span.start, span.end);
      if (!range) {
        pageText ??= indexPageText(this.document);
        range = pageText ? findInPageText(this.document, pageText, span.text) : null;
      }
      if (range) this.ranges.set(span.index, { label: span.label, range, text: span.text });
      else missing++;
    }
    this.render();
    this.watchForChanges();
    return { painted: this.ranges.size, missing };
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    this.render();
  }

  clear(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    clearTimeout(this.repairTimer);
    this.ranges.clear();
    this.render();
    this.registry()?.delete(HIGHLIGHT_NAMES.flash);
  }

  scrollTo(index: number): boolean {
    const entry = this.ranges.get(index);
    if (!entry) return false;
    // The page re-rendered since painting (same words, new nodes): find the sentences again by their text.
    if (isStale(entry)) this.reanchorStale();
    const target = entry.range.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    const registry = this.registry();
    if (registry && typeof Highlight === 'function') {
      registry.set(HIGHLIGHT_NAMES.flash, new Highlight(entry.range));
      clearTimeout(this.flashTimer);
      this.flashTimer = setTimeout(() => registry.delete(HIGHLIGHT_NAMES.flash), FLASH_MS);
    }
    return true;
  }

  /** Pages that re-render their article (same words, new nodes) get their highlights back once they settle. */
  private watchForChanges(): void {
    if (this.observer || typeof MutationObserver !== 'function' || !this.document.body) return;
    this.observer = new MutationObserver(() => {
      clearTimeout(this.repairTimer);
      this.repairTimer = setTimeout(() => {
        if ([...this.ranges.values()].some(isStale)) this.reanchorStale();
      }, REPAIR_DELAY_MS);
    });
    this.observer.observe(this.document.body, { childList: true, subtree: true, characterData: true });
  }

  private reanchorStale(): void {
    const index = indexPageText(this.document);
    if (!index) return;
    for (const entry of this.ranges.values()) {
      if (!isStale(entry)) continue;
      const range = findInPageText(this.document, index, entry.text);
      if (range) entry.range = range;
    }
    this.render();
  }

  private render(): void {
    const registry = this.registry();
    if (!registry || typeof Highlight !== 'function') return;
    for (const label of ['claim', 'report', 'pledge'] as const) {
      const ranges = this.visible
        ? [...this.ranges.values()].filter((entry) => entry.label === label).map((entry) => entry.range)
        : [];
      if (ranges.length > 0) registry.set(HIGHLIGHT_NAMES[label], new Highlight(...ranges));
      else registry.delete(HIGHLIGHT_NAMES[label]);
    }
  }

  private registry(): HighlightRegistry | undefined {
    return (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights;
  }
}

/** A painted range that no longer covers its sentence: its nodes left the page, or their text changed. */
function isStale(entry: { range: Range; text: string }): boolean {
  const { range } = entry;
  if (range.collapsed || !range.startContainer.isConnected || !range.endContainer.isConnected) return true;
  return range.toString().replace(/\s+/g, '') !== entry.text.replace(/\s+/g, '');
}
