import type { Core } from '@strapi/strapi';

/**
 * Remembers the web address (slug) a document was first published under, so that the address
 * stays bound to it even after it is unpublished: search engines and readers' bookmarks keep
 * the old address, and a different article must never appear there by accident.
 * Kept in Strapi's core store, one key per document.
 */
const store = (strapi: Core.Strapi) => strapi.store({ type: 'core', name: 'tend' });
const key = (uid: string, documentId: string): string => `published-address::${uid}::${documentId}`;

export async function rememberedAddress(strapi: Core.Strapi, uid: string, documentId: string): Promise<string | null> {
  const value: unknown = await store(strapi).get({ key: key(uid, documentId) });
  return typeof value === 'string' ? value : null;
}

export async function rememberAddress(strapi: Core.Strapi, uid: string, documentId: string, slug: string): Promise<void> {
  if ((await rememberedAddress(strapi, uid, documentId)) === slug) return;
  await store(strapi).set({ key: key(uid, documentId), value: slug });
}

export async function forgetAddress(strapi: Core.Strapi, uid: string, documentId: string): Promise<void> {
  await store(strapi).delete({ key: key(uid, documentId) });
}

/** The slug a document is bound to: its published one, else the one it was published under. */
export async function boundAddress(strapi: Core.Strapi, uid: string, documentId: string): Promise<string | null> {
  const published = (await strapi.db.query(uid as 'api::article.article').findOne({
    where: { documentId, publishedAt: { $notNull: true } },
    select: ['slug'],
  })) as { slug?: unknown } | null;
  if (typeof published?.slug === 'string') return published.slug;
  return rememberedAddress(strapi, uid, documentId);
}
