import type { InlineNode, TextNode } from '@tend/shared-types';

export type Marks = Partial<Record<'bold' | 'italic' | 'underline' | 'strikethrough' | 'code', true>>;

export const MARK_OF_TAG: Record<string, keyof Marks> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  cite: 'italic',
  dfn: 'italic',
  var: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strikethrough',
  strike: 'strikethrough',
  del: 'strikethrough',
  code: 'code',
  kbd: 'code',
  samp: 'code',
  tt: 'code',
};

export function text(value: string, marks: Marks): TextNode {
  return { type: 'text', text: value, ...marks };
}

const MARK_NAMES = ['bold', 'italic', 'underline', 'strikethrough', 'code'] as const;

function sameMarks(a: TextNode, b: TextNode): boolean {
  return MARK_NAMES.every((mark) => a[mark] === b[mark]);
}

function mergeTexts(nodes: TextNode[]): TextNode[] {
  const out: TextNode[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (last && sameMarks(last, node)) last.text += node.text;
    else if (node.text !== '') out.push({ ...node });
  }
  return out.length > 0 ? out : [text('', {})];
}

/**
 * Inline content as the Blocks editor stores it: neighbouring texts with equal marks merged,
 * runs of spaces collapsed, no leading or trailing whitespace, never empty.
 */
export function normaliseInline(nodes: InlineNode[]): InlineNode[] {
  const flat: InlineNode[] = [];
  for (const node of nodes) {
    if (node.type === 'text') flat.push({ ...node, text: node.text.replace(/[ \t\r\f]+/g, ' ').replace(/ ?\n ?/g, '\n') });
    else flat.push({ ...node, children: node.children.map((c) => ({ ...c, text: c.text.replace(/\s+/g, ' ') })) });
  }
  trimEdge(flat, 'start');
  trimEdge(flat, 'end');
  const out: InlineNode[] = [];
  let run: TextNode[] = [];
  // Like the editor (Slate): an empty text sits before and after every link, and between two links.
  const flush = (): void => {
    out.push(...mergeTexts(run));
    run = [];
  };
  for (const node of flat) {
    if (node.type === 'text') run.push(node);
    else {
      flush();
      out.push({ ...node, children: mergeTexts(node.children) });
    }
  }
  flush();
  return out;
}

function trimEdge(nodes: InlineNode[], edge: 'start' | 'end'): void {
  const ordered = edge === 'start' ? nodes : [...nodes].reverse();
  for (const node of ordered) {
    const texts = node.type === 'text' ? [node] : node.children;
    const target = edge === 'start' ? texts[0] : texts[texts.length - 1];
    if (!target) continue;
    target.text = edge === 'start' ? target.text.replace(/^[\s\u00a0]+/, '') : target.text.replace(/[\s\u00a0]+$/, '');
    if (target.text !== '' || node.type === 'link') return;
  }
}

/** True when the inline content shows nothing a reader could read. */
export function isBlank(nodes: InlineNode[]): boolean {
  return nodes.every((node) => (node.type === 'text' ? node.text : node.children.map((c) => c.text).join('')).trim().replace(/\u00a0/g, '') === '');
}
