/**
 * Finds a sentence in the live page by its text when the nodes it was extracted
 * from are gone (the page re-rendered). White space is compared collapsed.
 */
export function findTextRange(document: Document, text: string): Range | null {
  if (!text.trim()) return null;
  const index = indexPageText(document);
  return index ? findInPageText(document, index, text) : null;
}

/** The page's text with white space collapsed, and where each of its characters lives. */
export interface PageTextIndex {
  collapsed: string;
  nodes: Text[];
  nodeOfChar: number[];
  offsetOfChar: number[];
}

/** Walks the page's text once, so that several sentences can be found again without walking it each time. */
export function indexPageText(document: Document): PageTextIndex | null {
  if (!document.body) return null;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const nodeOfChar: number[] = [];
  const offsetOfChar: number[] = [];
  let collapsed = '';
  let lastWasSpace = true;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parentTag = node.parentElement?.tagName;
    if (parentTag === 'SCRIPT' || parentTag === 'STYLE' || parentTag === 'NOSCRIPT') continue;
    const slot = nodes.push(node) - 1;
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const isSpace = /\s/.test(data[i] as string);
      if (isSpace && lastWasSpace) continue;
      collapsed += isSpace ? ' ' : data[i];
      nodeOfChar.push(slot);
      offsetOfChar.push(i);
      lastWasSpace = isSpace;
    }
  }
  return { collapsed, nodes, nodeOfChar, offsetOfChar };
}

export function findInPageText(document: Document, index: PageTextIndex, text: string): Range | null {
  const wanted = text.replace(/\s+/g, ' ').trim();
  if (!wanted) return null;
  const { collapsed, nodes, nodeOfChar, offsetOfChar } = index;
  const at = collapsed.indexOf(wanted);
  if (at < 0) return null;
  const endChar = at + wanted.length - 1;
  const range = document.createRange();
  range.setStart(nodes[nodeOfChar[at] as number] as Text, offsetOfChar[at] as number);
  range.setEnd(nodes[nodeOfChar[endChar] as number] as Text, (offsetOfChar[endChar] as number) + 1);
  return range;
}
