import type { Core } from '@strapi/strapi';
import { boundAddress, forgetAddress, rememberAddress } from './published-addresses';
import { refusal } from './refusal';

/** Content types whose slug is part of a public web address, and what readers call them. */
const SLUGGED: Record<string, string> = {
  'api::article.article': 'article',
  'api::topic.topic': 'topic',
};

interface DocumentParams {
  documentId?: string;
  data?: { slug?: unknown };
}

export function slugChangeMessage(noun: string, slug: string): string {
  return (
    `The web address of a published ${noun} cannot change: readers and search engines link to it. ` +
    `Keep "${slug}" here; if you need a new address, duplicate the ${noun}, give the copy the new ` +
    `address and publish it, then unpublish this one.`
  );
}

async function draftSlug(strapi: Core.Strapi, uid: string, documentId: string): Promise<string | null> {
  const draft = (await strapi.db.query(uid as 'api::article.article').findOne({
    where: { documentId, publishedAt: null },
    select: ['slug'],
  })) as { slug?: unknown } | null;
  return typeof draft?.slug === 'string' ? draft.slug : null;
}

/**
 * Once an article or topic has been published, its slug is fixed: changing it is refused when
 * the draft is saved and, as a second line, when it is published. Drafts that were never
 * published may change their slug freely.
 */
export function registerStableSlugs(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const noun = SLUGGED[context.uid];
    const { documentId, data } = context.params as DocumentParams;
    if (!noun || !documentId) return next();

    if (context.action === 'update' && typeof data?.slug === 'string') {
      const bound = await boundAddress(strapi, context.uid, documentId);
      if (bound !== null && data.slug !== bound) throw refusal('slug', slugChangeMessage(noun, bound));
      return next();
    }

    if (context.action === 'publish') {
      const [bound, slug] = await Promise.all([boundAddress(strapi, context.uid, documentId), draftSlug(strapi, context.uid, documentId)]);
      if (bound !== null && slug !== null && slug !== bound) throw refusal('slug', slugChangeMessage(noun, bound));
      const result = await next();
      if (slug !== null) await rememberAddress(strapi, context.uid, documentId, slug);
      return result;
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
