/**
 * The image variants the site offers: a fixed list of widths and formats, the /media/ URLs that
 * name them, and the parser the media route uses to refuse anything else. Shared by the server
 * (mapper, media route) and the Blocks renderer, so the URLs a page links to are exactly the URLs
 * the server will make. No Nuxt, Vue or Node imports here.
 *
 *   /media/cover_x_1a2b3c4d5e.jpg              the upload as Strapi stored it (proxied)
 *   /media/640w/cover_x_1a2b3c4d5e.jpg         at most 640 px wide, same format (the fallback)
 *   /media/640w/cover_x_1a2b3c4d5e.jpg.avif    at most 640 px wide, as AVIF (or .webp)
 */

/**
 * Widths fitting the layouts at 1×–2× density: a phone card or cover (320–800), a desktop card
 * (352 css px → 480/640 at 1×/2×), the article cover (736 css px → 960/1600 at 1×/2×). Any other
 * width is refused, so nobody can make the server encode arbitrary sizes.
 */
export const IMAGE_WIDTHS = [320, 480, 640, 960, 1280, 1600] as const;
export type ImageWidth = (typeof IMAGE_WIDTHS)[number];

/** Modern formats offered through <source type>, best first. */
export const MODERN_FORMATS = ['avif', 'webp'] as const;
export type ModernFormat = (typeof MODERN_FORMATS)[number];

/** Originals we resize and convert; others (SVG, GIF animations, …) are served as uploaded. */
const SOURCE_EXTENSIONS = ['jpg', 'jpeg', 'png'] as const;
export type SourceExtension = (typeof SOURCE_EXTENSIONS)[number];

export type VariantFormat = ModernFormat | 'jpeg' | 'png';

export const FORMAT_TYPES: Record<VariantFormat, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/** One upload file name, as Strapi writes them (no slashes, no leading dot). */
const FILE_NAME = /^[\w-][\w.-]*$/;

export interface VariantRequest {
  /** The upload's file name in Strapi's /uploads/. */
  file: string;
  width: ImageWidth;
  format: VariantFormat;
}

export type MediaRequest = { kind: 'original'; file: string } | ({ kind: 'variant' } & VariantRequest);

function isWidth(value: number): value is ImageWidth {
  return (IMAGE_WIDTHS as readonly number[]).includes(value);
}

function sourceExtension(file: string): SourceExtension | null {
  const ext = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  return ext && (SOURCE_EXTENSIONS as readonly string[]).includes(ext) ? (ext as SourceExtension) : null;
}

function fallbackFormat(ext: SourceExtension): VariantFormat {
  return ext === 'png' ? 'png' : 'jpeg';
}

/** The route's path after /media/ → what to serve, or null for anything outside the lists. */
export function parseMediaPath(path: string): MediaRequest | null {
  const segments = path.split('/');
  if (segments.length === 1) return FILE_NAME.test(path) ? { kind: 'original', file: path } : null;
  if (segments.length !== 2) return null;
  const [widthSegment = '', name = ''] = segments;
  const width = /^([1-9]\d{2,3})w$/.exec(widthSegment)?.[1];
  if (!width || !isWidth(Number(width)) || !FILE_NAME.test(name)) return null;
  const modern = MODERN_FORMATS.find((format) => name.endsWith(`.${format}`));
  const file = modern ? name.slice(0, -(modern.length + 1)) : name;
  const ext = sourceExtension(file);
  if (!ext || !FILE_NAME.test(file)) return null;
  return { kind: 'variant', file, width: Number(width) as ImageWidth, format: modern ?? fallbackFormat(ext) };
}

export function variantPath(file: string, width: ImageWidth, format: ModernFormat | null): string {
  return `/media/${width}w/${file}${format ? `.${format}` : ''}`;
}

export interface ImageSourceSet {
  type: string;
  srcset: string;
}

export interface ImageVariantSets {
  /** The fallback (original format) srcset. */
  srcset: string;
  /** AVIF then WebP, same widths. */
  sources: ImageSourceSet[];
}

/**
 * srcsets for an upload `width` px wide: every listed width below it, then the first listed width
 * at or above it (the server never enlarges, so that one is described by the image's own width).
 * Null when the file is not a JPEG/PNG or its width is unknown: serve the upload as it is.
 */
export function imageVariantSets(file: string, width: number | null | undefined): ImageVariantSets | null {
  if (!width || width < 1 || !sourceExtension(file)) return null;
  const steps: { bucket: ImageWidth; actual: number }[] = [];
  for (const bucket of IMAGE_WIDTHS) {
    steps.push({ bucket, actual: Math.min(bucket, width) });
    if (bucket >= width) break;
  }
  const srcsetFor = (format: ModernFormat | null) =>
    steps.map(({ bucket, actual }) => `${variantPath(file, bucket, format)} ${actual}w`).join(', ');
  return {
    srcset: srcsetFor(null),
    sources: MODERN_FORMATS.map((format) => ({ type: FORMAT_TYPES[format], srcset: srcsetFor(format) })),
  };
}

/**
 * Strapi names every upload `<name>_<10 hex digits>.<ext>`, new digits for each upload, so such a
 * URL never changes meaning and may be cached for a year. Other names get a day.
 */
export function isVersionedFile(file: string): boolean {
  return /_[0-9a-f]{10}\.[a-z0-9]+$/i.test(file);
}
