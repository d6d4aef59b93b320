import type { PaintSpan } from '../messages';
import type { BlockAnchor } from './blocks';
import { rangeForBlockSpan } from './ranges';
import { findTextRange } from './reanchor';

export const HIGHLIGHT_NAMES = {
  claim: 'sourcelight-claim',
  report: 'sourcelight-report',
  pledge: 'sourcelight-pledge',
  flash: 'sourcelight-flash',
} as const;

const FLASH_MS = 1500;

/**
 * Paints sentences on the page with the CSS Custom Highlight API: the page's DOM
 * is never touched, only Range objects are registered with `CSS.highlights`.
 */
export class Highlighter {
  private ranges = new Map<number, { label: PaintSpan['label']; range: Range }>();
  private visible = true;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly document: Document,
    private anchors: BlockAnchor[],
  ) {}

  setAnchors(anchors: BlockAnchor[]): void {
    this.anchors = anchors;
  }

  paint(spans: PaintSpan[]): { painted: number; missing: number } {
    this.ranges.clear();
    let missing = 0;
    for (const span of spans) {
      const range =
        rangeForBlockSpan(this.document, this.anchors[span.block], span.start, span.end) ??
        findTextRange(this.document, span.text);
      if (range) this.ranges.set(span.index, { label: span.label, range });
      else missing++;
    }
    this.render();
    return { painted: this.ranges.size, missing };
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    this.render();
  }

  clear(): void {
    this.ranges.clear();
    this.render();
    this.registry()?.delete(HIGHLIGHT_NAMES.flash);
  }

  scrollTo(index: number): boolean {
    const entry = this.ranges.get(index);
    if (!entry) return false;
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
