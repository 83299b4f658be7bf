/**
 * Pure helpers for the alternative-text rule: which images a document shows, and whether each
 * has a text a screen reader can read out instead of the picture.
 */
export interface ImageFile {
  name?: unknown;
  hash?: unknown;
  alternativeText?: unknown;
}

interface Node {
  type?: unknown;
  image?: ImageFile;
  children?: unknown;
}

/**
 * Real alternative text: not empty, and not the file name. The dashboard's Blocks editor fills
 * a missing alternative text with the file name ("IMG_2031.jpg"), which helps nobody.
 */
export function hasAltText(file: ImageFile): boolean {
  const alt = typeof file.alternativeText === 'string' ? file.alternativeText.trim() : '';
  return alt !== '' && alt !== file.name;
}

/** Every image node of a Blocks value, in reading order (nested nodes included). */
export function blockImages(blocks: unknown): ImageFile[] {
  const found: ImageFile[] = [];
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    for (const node of value as Node[]) {
      if (!node || typeof node !== 'object') continue;
      if (node.type === 'image' && node.image && typeof node.image === 'object') found.push(node.image);
      visit(node.children);
    }
  };
  visit(blocks);
  return found;
}

/**
 * A copy of a Blocks value whose image nodes carry the Media Library's current alternative text
 * (matched by file hash). Blocks keep a snapshot of the file taken when the image was inserted,
 * so without this an alternative text added later in the Media Library would never reach readers.
 */
export function withLibraryAltText(blocks: unknown, library: Map<string, string>): { blocks: unknown; changed: boolean } {
  let changed = false;
  const visit = (value: unknown): unknown => {
    if (!Array.isArray(value)) return value;
    return (value as Node[]).map((node) => {
      if (!node || typeof node !== 'object') return node;
      let next: Node = node;
      const alt = node.type === 'image' && typeof node.image?.hash === 'string' ? library.get(node.image.hash) : undefined;
      if (alt !== undefined && node.image && node.image.alternativeText !== alt) {
        next = { ...node, image: { ...node.image, alternativeText: alt } };
        changed = true;
      }
      return Array.isArray(node.children) ? { ...next, children: visit(node.children) } : next;
    });
  };
  const result = visit(blocks);
  return { blocks: changed ? result : blocks, changed };
}

export function altTextMessage(fileName: string, where: string): string {
  return `Add alternative text to the image "${fileName}" (Media Library → edit the image) before publishing: it is ${where}.`;
}
