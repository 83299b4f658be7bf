import type { BlockNode, Blocks, InlineNode, TextNode } from '@tend/shared-types';
import { mountSuspended } from '@nuxt/test-utils/runtime';
import BlocksRenderer from '~/components/blocks/BlocksRenderer.vue';

/** Mounts the public entry with the given blocks and returns its root element. */
export async function renderBlocks(blocks: Blocks): Promise<HTMLElement> {
  const wrapper = await mountSuspended(BlocksRenderer, { props: { blocks } });
  return wrapper.element as HTMLElement;
}

export const text = (value: string, marks: Omit<Partial<TextNode>, 'type' | 'text'> = {}): TextNode => ({
  type: 'text',
  text: value,
  ...marks,
});

export const paragraph = (...children: InlineNode[]): BlockNode => ({ type: 'paragraph', children });

/** The text a screen reader gets: text content without aria-hidden subtrees, whitespace collapsed. */
export function spokenText(element: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) parts.push(node.textContent ?? '');
    if (node.nodeType !== 1 || (node as Element).getAttribute('aria-hidden') === 'true') return;
    node.childNodes.forEach(walk);
  };
  element.childNodes.forEach(walk);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
