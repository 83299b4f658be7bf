import type { Media } from '@tend/shared-types';
import type { ImageView } from '#shared/types/view-models';

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

export function toImageView(media: Media | null | undefined): ImageView | null {
  if (!media) return null;
  const src = toMediaPath(media.url);
  if (!src) return null;
  const variants = Object.entries(media.formats ?? {})
    .filter(([name, format]) => name !== 'thumbnail' && format.width)
    .map(([, format]) => ({ path: toMediaPath(format.url), width: format.width as number }))
    .filter((variant): variant is { path: string; width: number } => variant.path !== null);
  if (media.width) variants.push({ path: src, width: media.width });
  variants.sort((a, b) => a.width - b.width);
  return {
    src,
    srcset: variants.length > 1 ? variants.map((variant) => `${variant.path} ${variant.width}w`).join(', ') : null,
    width: media.width ?? null,
    height: media.height ?? null,
    alt: media.alternativeText ?? '',
  };
}
