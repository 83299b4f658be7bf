import type { SharedSeo } from '@tend/shared-types';
import type { ImageView, SeoView } from '#shared/types/view-models';
import { toImageView } from './media';

interface SeoFallbacks {
  title: string;
  description: string;
  image?: ImageView | null;
}

/** The page's own SEO fields win; empty ones fall back to the title, excerpt and cover. */
export function toSeoView(seo: SharedSeo | null | undefined, fallbacks: SeoFallbacks): SeoView {
  return {
    title: seo?.metaTitle || fallbacks.title,
    description: seo?.metaDescription || fallbacks.description,
    image: toImageView(seo?.shareImage) ?? fallbacks.image ?? null,
    noIndex: seo?.noIndex ?? false,
  };
}
