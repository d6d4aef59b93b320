/**
 * Clones a document and remembers, for every text node of the clone, the live
 * text node it was copied from. Readability then works on the clone (it moves
 * and drops nodes there), and what it keeps can still be painted on the page.
 */
export interface ClonedDocument {
  clone: Document;
  liveTextOf: Map<Node, Text>;
}

const TEXT_NODE = 3;

export function cloneWithTextMap(document: Document): ClonedDocument {
  const clone = document.cloneNode(true) as Document;
  const liveTextOf = new Map<Node, Text>();
  const liveTexts = collectTextNodes(document);
  const cloneTexts = collectTextNodes(clone);
  // cloneNode copies the tree as it is, so both walks meet the text nodes in the same order.
  if (liveTexts.length === cloneTexts.length) {
    cloneTexts.forEach((node, i) => liveTextOf.set(node, liveTexts[i] as Text));
  }
  return { clone, liveTextOf };
}

function collectTextNodes(root: Node): Text[] {
  const texts: Text[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeType === TEXT_NODE) {
      texts.push(node as Text);
      continue;
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
  return texts;
}
