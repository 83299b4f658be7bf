import type { Core } from '@strapi/strapi';
import { isSlugged } from '../site-content/content-types';
import { previewPath, previewSettingsFromEnv, previewUrl, webOrigin, type SlugLookup } from './preview-url';

type Env = (key: string) => string | undefined;
/** The draft's slug: the preview shows what is about to be published. */
const lookupDraftSlug: SlugLookup = async (uid, documentId) => {
  if (!isSlugged(uid)) return null;
  const document = await strapi.documents(uid).findOne({ documentId, status: 'draft', fields: ['slug'] });
  return typeof document?.slug === 'string' && document.slug !== '' ? document.slug : null;
};

/**
 * Strapi's built-in Preview (config/admin.ts → preview). Without TEND_WEB_URL and
 * TEND_PREVIEW_SECRET the feature is switched off and the handler answers null, so the editor
 * shows no preview button rather than a broken one.
 */
export function createPreviewConfig(env: Env, lookupSlug: SlugLookup = lookupDraftSlug): NonNullable<Core.Config.Admin['preview']> {
  const settings = previewSettingsFromEnv(env);
  const origin = webOrigin(settings?.webUrl);
  return {
    enabled: settings !== null,
    config: {
      allowedOrigins: origin ? [origin] : [],
      handler: async (uid, { documentId }) => {
        if (!settings) return null;
        const path = await previewPath(uid, documentId, lookupSlug);
        return path ? previewUrl(settings, path) : null;
      },
    },
  };
}
