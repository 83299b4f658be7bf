import type { Media } from '@tend/shared-types';
import type { ImageView } from '#shared/types/view-models';
import { imageVariantSets } from '#shared/utils/image-variants';

const UPLOADS_PREFIX = '/uploads/';

/**
 * Strapi's local uploads become site-relative /media/… URLs served by our own proxy, so readers'
 * browsers never contact the CMS. Files kept elsewhere (another upload provider) are not shown.
 */
export function toMediaPath(url: string): string | null {
  if (!url.startsWith(UPLOADS_PREFIX)) return null;
  const file = url.slice(UPLOADS_PREFIX.length);
  return /^[\w.-]+$/.test(file) ? `/media/${file}` : null;
}

/**
 * The upload plus the web's own resized AVIF/WebP/fallback variants (made once by the media
 * route). Strapi's generated sizes are not used: they are JPEG only and at other widths.
 */
export function toImageView(media: Media | null | undefined): ImageView | null {
  if (!media) return null;
  const src = toMediaPath(media.url);
  if (!src) return null;
  const sets = imageVariantSets(src.slice('/media/'.length), media.width);
  return {
    src,
    srcset: sets?.srcset ?? null,
    sources: sets?.sources ?? [],
    width: media.width ?? null,
    height: media.height ?? null,
    alt: media.alternativeText ?? '',
  };
}
