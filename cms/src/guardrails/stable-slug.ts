import type { Core } from '@strapi/strapi';
import { addressChangeNote, redirectAfterAddressChange } from '../redirects/address-change';
import { slugPage } from '../site-content/content-types';
import { boundAddress, forgetAddress, rememberAddress } from './published-addresses';

async function draftSlug(strapi: Core.Strapi, uid: string, documentId: string): Promise<string | null> {
  const draft = (await strapi.db.query(uid as 'api::article.article').findOne({
    where: { documentId, publishedAt: null },
    select: ['slug'],
  })) as { slug?: unknown } | null;
  return typeof draft?.slug === 'string' ? draft.slug : null;
}

/**
 * A published article or topic keeps its readers when its web address (slug) changes: the
 * therapist edits the "Web address" field in the draft, and publishing it makes a permanent
 * redirect from the address it was published under to the new one (redirects/address-change.ts),
 * in the same transaction as the publish. Until then, readers keep the old address.
 */
export function registerStableSlugs(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const page = slugPage(context.uid);
    const { documentId } = context.params as { documentId?: string };
    if (!page || !documentId) return next();

    if (context.action === 'publish') {
      return strapi.db.transaction(async () => {
        const [bound, slug] = await Promise.all([boundAddress(strapi, context.uid, documentId), draftSlug(strapi, context.uid, documentId)]);
        const result = await next();
        if (slug === null) return result;
        await redirectAfterAddressChange(strapi, {
          from: bound !== null && bound !== slug ? `${page.prefix}${bound}` : null,
          to: `${page.prefix}${slug}`,
          note: addressChangeNote(page.noun),
        });
        await rememberAddress(strapi, context.uid, documentId, slug);
        return result;
      });
    }

    if (context.action === 'delete') {
      const result = await next();
      const remaining = await strapi.db.query(context.uid).count({ where: { documentId } });
      if (remaining === 0) await forgetAddress(strapi, context.uid, documentId);
      return result;
    }

    return next();
  });
}
