/**
 * Small readers of Strapi Blocks for the content checks: headings in reading order, and the
 * addresses of links. Blocks arrive from the editor's form as plain JSON, so every node is checked.
 */
interface Node {
  type?: unknown;
  level?: unknown;
  text?: unknown;
  url?: unknown;
  children?: unknown;
}

const nodes = (value: unknown): Node[] => (Array.isArray(value) ? (value as unknown[]).filter((node): node is Node => !!node && typeof node === 'object') : []);

function inlineText(node: Node): string {
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : '';
  return nodes(node.children).map(inlineText).join('');
}

export interface Heading {
  level: number;
  text: string;
}

export function headings(blocks: unknown): Heading[] {
  return nodes(blocks)
    .filter((node) => node.type === 'heading' && typeof node.level === 'number')
    .map((node) => ({ level: node.level as number, text: inlineText(node).trim() }));
}

export function linkUrls(blocks: unknown): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    for (const node of nodes(value)) {
      if (node.type === 'link' && typeof node.url === 'string') found.push(node.url.trim());
      visit(node.children);
    }
  };
  visit(blocks);
  return found;
}
