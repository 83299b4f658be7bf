import { parseFragment } from 'parse5';

import { isElement, textContent } from './html/dom';

/** Text of a title or excerpt that may hold HTML tags or character references. */
export function plainText(html: string): string {
  return parseFragment(html).childNodes.map((node) => (isElement(node) || node.nodeName === '#text' ? textContent(node) : '')).join('').replace(/\s+/g, ' ').trim();
}
