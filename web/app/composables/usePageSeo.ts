import type { ImageView } from '#shared/types/view-models';

interface PageSeo {
  title: string;
  description?: string | null;
  image?: ImageView | null;
  type?: 'website' | 'article';
  noIndex?: boolean;
}

/** Title, description, canonical URL and sharing tags, with the site's defaults as fallback. */
export function usePageSeo(seo: PageSeo): void {
  const site = useSiteStore();
  const route = useRoute();
  const siteUrl = useRuntimeConfig().public.siteUrl.replace(/\/$/, '');
  const siteName = site.chrome?.siteName ?? 'Tend';
  const description = seo.description || site.chrome?.defaultSeo.description || '';
  const image = seo.image ?? site.chrome?.defaultSeo.image ?? null;
  const page = Number(route.query.page) > 1 ? `?page=${Number(route.query.page)}` : '';
  const canonical = `${siteUrl}${route.path}${page}`;

  useHead({ link: [{ rel: 'canonical', href: canonical }] });
  useSeoMeta({
    title: pageTitle(seo.title, siteName),
    description,
    ogTitle: seo.title,
    ogDescription: description,
    ogType: seo.type ?? 'website',
    ogUrl: canonical,
    ogSiteName: siteName,
    ogLocale: 'en_GB',
    ogImage: image ? `${siteUrl}${image.src}` : undefined,
    ogImageAlt: image?.alt || undefined,
    twitterCard: image ? 'summary_large_image' : 'summary',
    // Drafts in preview are never indexed, whatever the page's own settings say.
    robots: seo.noIndex || site.chrome?.defaultSeo.noIndex || useDraftPreview().value ? 'noindex, nofollow' : 'index, follow',
  });
}
