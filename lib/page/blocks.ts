import type { ArticleBlock, BlockKind } from '../engine/types';

/** Where each character of a block's text came from, so a sentence can be painted on the page. */
export interface BlockAnchor {
  /** The source text nodes, in order; `null` where the node has no live counterpart. */
  nodes: (Text | null)[];
  /** For character i of the block text: index into `nodes`, and offset within that node. */
  nodeIndex: Int32Array;
  nodeOffset: Int32Array;
}

export interface TextBlock extends ArticleBlock {
  anchor: BlockAnchor;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT',
  'TH', 'THEAD', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'BUTTON', 'SELECT', 'TEXTAREA']);
const WHITESPACE = /\s/;
/** Publishers mark photo captions and credits by class when they don't use <figcaption>. */
const CAPTION_CLASS = /(?:^|[\s_-])(?:caption|credit)s?(?:$|[\s_-])/i;

function kindOf(tag: string, inQuote: boolean): BlockKind | null {
  if (/^H[1-6]$/.test(tag)) return 'heading';
  if (tag === 'LI' || tag === 'DT' || tag === 'DD') return inQuote ? 'quote' : 'list-item';
  if (tag === 'FIGCAPTION' || tag === 'CAPTION') return 'caption';
  if (tag === 'PRE') return 'preformatted';
  if (tag === 'TD' || tag === 'TH') return 'cell';
  if (tag === 'BLOCKQUOTE') return 'quote';
  return null;
}

/**
 * Splits an element into text blocks at block-level boundaries, with white space
 * collapsed, keeping for every character the text node and offset it came from.
 * `liveTextOf` maps the element's text nodes to the page's own (identity when absent).
 */
export function collectBlocks(root: Element, liveTextOf?: Map<Node, Text>): TextBlock[] {
  const blocks: TextBlock[] = [];
  let chars: string[] = [];
  let nodes: (Text | null)[] = [];
  let nodeIndex: number[] = [];
  let nodeOffset: number[] = [];
  let pendingSpace = false;
  let kind: BlockKind = 'paragraph';

  const flush = () => {
    if (chars.length > 0) {
      blocks.push({
        text: chars.join(''),
        kind,
        anchor: { nodes, nodeIndex: Int32Array.from(nodeIndex), nodeOffset: Int32Array.from(nodeOffset) },
      });
    }
    chars = [];
    nodes = [];
    nodeIndex = [];
    nodeOffset = [];
    pendingSpace = false;
  };

  const addText = (node: Text) => {
    const data = node.data;
    const live = liveTextOf ? (liveTextOf.get(node) ?? null) : node;
    const slot = nodes.length;
    nodes.push(live);
    for (let i = 0; i < data.length; i++) {
      const ch = data[i] as string;
      if (WHITESPACE.test(ch)) {
        if (chars.length > 0) pendingSpace = true;
        continue;
      }
      if (pendingSpace) {
        chars.push(' ');
        nodeIndex.push(slot);
        nodeOffset.push(Math.max(0, i - 1));
        pendingSpace = false;
      }
      chars.push(ch);
      nodeIndex.push(slot);
      nodeOffset.push(i);
    }
  };

  const walk = (node: Node, inheritedKind: BlockKind, inQuote: boolean) => {
    if (node.nodeType === TEXT_NODE) {
      addText(node as Text);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    const isBlock = BLOCK_TAGS.has(tag);
    const isCaption = CAPTION_CLASS.test((node as Element).getAttribute('class') ?? '');
    if (!isBlock) {
      for (const child of Array.from(node.childNodes)) walk(child, inheritedKind, inQuote);
      return;
    }
    flush();
    const quote = inQuote || tag === 'BLOCKQUOTE';
    const ownKind = isCaption ? 'caption' : (kindOf(tag, quote) ?? inheritedKind);
    kind = ownKind;
    for (const child of Array.from(node.childNodes)) walk(child, ownKind, quote);
    flush();
    kind = inheritedKind;
  };

  walk(root, 'paragraph', false);
  flush();
  return blocks;
}
