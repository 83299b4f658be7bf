/** Turns the plan's pending images into Blocks image nodes backed by Media Library files. */
import type { Core } from '@strapi/strapi';
import type { BlockImage, BlockNode } from '@tend/shared-types';

import type { ConvertedBlock, PendingImage } from '../html/converted-body';
import type { KnownImage } from '../html/html-to-blocks';
import { loadImage, type ImageSourceOptions } from './image-source';
import { putInLibrary, type LibraryFile } from './media-library';
import type { RunResult } from './run-result';

export class ImageResolver {
  /** By address: one fetch per image per run, however many posts show it. */
  private readonly known = new Map<string, LibraryFile | string>();

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly options: ImageSourceOptions,
    private readonly result: RunResult,
  ) {}

  async file(image: KnownImage | PendingImage, article: string): Promise<LibraryFile | null> {
    let found = this.known.get(image.src);
    if (found === undefined) {
      const bytes = await loadImage(image.src, this.options);
      if (typeof bytes === 'string') found = bytes;
      else {
        const { file, reused } = await putInLibrary(this.strapi, bytes, { alt: image.alt || image.caption, caption: image.caption });
        if (reused) this.result.imagesReused += 1;
        else this.result.imagesUploaded += 1;
        found = file;
      }
      this.known.set(image.src, found);
    }
    if (typeof found === 'string') {
      this.result.imagesMissing.push({ article, src: image.src, why: found });
      return null;
    }
    return found;
  }

  async body(blocks: ConvertedBlock[], article: string): Promise<BlockNode[]> {
    const out: BlockNode[] = [];
    for (const block of blocks) {
      if (block.type !== 'pending-image') {
        out.push(block);
        continue;
      }
      const file = await this.file(block, article);
      if (!file) continue;
      // Readers need a text for every picture; the caption serves when the old site had none.
      const alt = block.alt || block.caption;
      if (alt === '') {
        this.result.imagesWithoutAlt.push({ article, src: block.src, why: `left out of the text; it is in the Media Library as "${file.name}": add alternative text and insert it` });
        continue;
      }
      const { id: _id, documentId: _documentId, ...image } = file;
      out.push({ type: 'image', image: { ...image, alternativeText: alt, caption: block.caption || null } as unknown as BlockImage, children: [{ type: 'text', text: '' }] });
    }
    return out;
  }
}
