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

/** The text a reader would see, whitespace collapsed. */
export function textContent(node: DomNode): string {
  if (isText(node)) return node.value;
  if (!isElement(node)) return '';
  if (['script', 'style', 'template', 'noscript'].includes(node.tagName)) return '';
  return children(node).map(textContent).join(node.tagName === 'br' ? '\n' : '');
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
