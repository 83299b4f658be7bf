import type { BlockNode } from '@tend/shared-types';

/**
 * An image the body shows, not yet in the media library: the run fetches or finds the file and
 * turns it into a Blocks image node (or reports it missing and leaves it out).
 */
export interface PendingImage {
  type: 'pending-image';
  src: string;
  alt: string;
  caption: string;
}

export type ConvertedBlock = BlockNode | PendingImage;

/** Something of the old body that Blocks cannot hold, and what became of it. */
export interface BodyLoss {
  /** e.g. "table", "embed", "shortcode [gallery]", "script", "unsafe link". */
  what: string;
  /** What the reader now sees instead, in plain words. */
  outcome: string;
}

export interface ConvertedBody {
  blocks: ConvertedBlock[];
  losses: BodyLoss[];
  /** Headings moved down a level because the body used level 1, the article title's level. */
  headingsShifted: boolean;
}
