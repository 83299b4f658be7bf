/** Small readers over parse5's default tree, so the converter speaks in elements and text. */
import type { DefaultTreeAdapterTypes } from 'parse5';

export type DomNode = DefaultTreeAdapterTypes.ChildNode;
export type DomElement = DefaultTreeAdapterTypes.Element;
export type DomParent = DefaultTreeAdapterTypes.ParentNode;

export function isElement(node: DomNode): node is DomElement {
  return 'tagName' in node;
}

export function isText(node: DomNode): node is DefaultTreeAdapterTypes.TextNode {
  return node.nodeName === '#text';
}

export function attr(element: DomElement, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

export function children(node: DomParent): DomNode[] {
  // A <template>'s children live in its content fragment; the converter drops templates anyway.
  return 'childNodes' in node ? node.childNodes : [];
}

/** The text a reader would see. Iterative: a pathological body can nest thousands of elements. */
export function textContent(root: DomNode): string {
  const out: string[] = [];
  const stack: DomNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node)) out.push(node.value);
    else if (isElement(node) && !['script', 'style', 'template', 'noscript'].includes(node.tagName)) {
      if (node.tagName === 'br') out.push('\n');
      for (let i = node.childNodes.length - 1; i >= 0; i -= 1) stack.push(node.childNodes[i]!);
    }
  }
  return out.join('');
}

export function hasClass(element: DomElement, name: string): boolean {
  return (attr(element, 'class') ?? '').split(/\s+/).includes(name);
}

export function findFirst(node: DomParent, test: (element: DomElement) => boolean): DomElement | undefined {
  for (const child of children(node)) {
    if (!isElement(child)) continue;
    if (test(child)) return child;
    const found = findFirst(child, test);
    if (found) return found;
  }
  return undefined;
}
