import type { Core } from '@strapi/strapi';
import { altTextMessage, blockImages, hasAltText, withLibraryAltText, type ImageFile } from './alt-text';
import { refusal } from './refusal';

interface ImageFields {
  /** Single media attributes, with how the message names them. */
  media: Record<string, string>;
  /** Blocks attributes that may hold images. */
  blocks: Record<string, string>;
}

/** Where readers see pictures: a cover or photo, and images inside rich text. */
const IMAGE_FIELDS: Record<string, ImageFields> = {
  'api::article.article': { media: { cover: 'the cover image' }, blocks: { body: 'in the article text' } },
  'api::practice.practice': { media: { photo: 'your photo' }, blocks: { about: 'in the "About you" text' } },
};

type Row = Record<string, unknown> & { id: number };

async function libraryAltTexts(strapi: Core.Strapi, images: ImageFile[]): Promise<Map<string, string>> {
  const hashes = [...new Set(images.map((image) => image.hash).filter((hash): hash is string => typeof hash === 'string'))];
  if (hashes.length === 0) return new Map();
  const files = (await strapi.db.query('plugin::upload.file').findMany({
    where: { hash: { $in: hashes } },
    select: ['hash', 'name', 'alternativeText'],
  })) as ImageFile[];
  const found = new Map<string, string>();
  for (const file of files) {
    if (typeof file.hash === 'string' && hasAltText(file)) found.set(file.hash, String(file.alternativeText).trim());
  }
  return found;
}

/** Refuses to publish while an image lacks alternative text; refreshes body images' text first. */
async function checkDraft(strapi: Core.Strapi, uid: string, fields: ImageFields, draft: Row): Promise<void> {
  for (const [field, where] of Object.entries(fields.media)) {
    const file = draft[field] as ImageFile | null | undefined;
    if (file && !hasAltText(file)) throw refusal(field, altTextMessage(String(file.name), where));
  }
  for (const [field, where] of Object.entries(fields.blocks)) {
    const images = blockImages(draft[field]);
    if (images.length === 0) continue;
    const refreshed = withLibraryAltText(draft[field], await libraryAltTexts(strapi, images));
    const missing = blockImages(refreshed.blocks).find((image) => !hasAltText(image));
    if (missing) throw refusal(field, altTextMessage(String(missing.name), where));
    if (refreshed.changed) {
      await strapi.db.query(uid as 'api::article.article').update({ where: { id: draft.id }, data: { [field]: refreshed.blocks } });
    }
  }
}

/**
 * Publishing an article (or the practice details) is refused while a picture readers would see
 * has no alternative text, naming the file so the therapist can find it in the Media Library.
 * Saving a draft is always allowed.
 */
export function registerRequireAltText(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const fields = IMAGE_FIELDS[context.uid];
    const { documentId } = context.params as { documentId?: string };
    if (!fields || context.action !== 'publish' || !documentId) return next();

    const drafts = (await strapi.db.query(context.uid).findMany({
      where: { documentId, publishedAt: null },
      populate: Object.fromEntries(Object.keys(fields.media).map((field) => [field, true])),
    })) as Row[];
    for (const draft of drafts) await checkDraft(strapi, context.uid, fields, draft);
    return next();
  });
}
