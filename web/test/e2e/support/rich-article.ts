// Articles with the block types support/admin.ts does not model (lists, code, images), created
// and published through the same admin API, for the image and reflow tests.
import { type Admin, type AdminDocument, ARTICLE_UID, type Block } from './admin';
import type { StackInfo } from './stack';
import { waitForStatus } from './webhook';

type Text = { type: 'text'; text: string };
export type ListBlock = { type: 'list'; format: 'ordered' | 'unordered'; children: (ListItemBlock | ListBlock)[] };
type ListItemBlock = { type: 'list-item'; children: Text[] };
type CodeBlock = { type: 'code'; language?: string; children: Text[] };
/** The upload as the media library returned it: Strapi stores the whole file object in the block. */
type ImageBlock = { type: 'image'; image: Record<string, unknown>; children: Text[] };
export type RichBlock = Block | ListBlock | CodeBlock | ImageBlock;

export interface RichArticle {
  title: string;
  slug: string;
  excerpt: string;
  body: RichBlock[];
  cover?: number | null;
}

/** A list nested `depth` levels deep, each level one item then the next level. */
export function nestedList(depth: number, text: (level: number) => string): ListBlock {
  const level = (n: number): ListBlock => ({
    type: 'list',
    format: n % 2 === 0 ? 'ordered' : 'unordered',
    children: [{ type: 'list-item', children: [{ type: 'text', text: text(n) }] }, ...(n < depth ? [level(n + 1)] : [])],
  });
  return level(1);
}

export const codeBlock = (code: string, language?: string): CodeBlock => ({ type: 'code', language, children: [{ type: 'text', text: code }] });

export const imageBlock = (file: Record<string, unknown>): ImageBlock => ({ type: 'image', image: file, children: [{ type: 'text', text: '' }] });

/** Uploads a PNG and returns the whole file object (id, url, width, height, formats, …). */
export async function uploadPng(admin: Admin, name: string, bytes: Buffer, alternativeText: string): Promise<Record<string, unknown> & { id: number; url: string }> {
  const uploaded = await admin.uploadImage(name, bytes, alternativeText);
  return admin.expectOk<Record<string, unknown> & { id: number; url: string }>('GET', `/upload/files/${uploaded.id}`);
}

/** Creates and publishes; resolves once the web serves the article (the cms's webhook). */
export async function publishRichArticle(admin: Admin, info: Pick<StackInfo, 'webUrl'>, input: RichArticle): Promise<AdminDocument> {
  const collection = `/content-manager/collection-types/${ARTICLE_UID}`;
  const draft = (await admin.expectOk<{ data: AdminDocument }>('POST', collection, input)).data;
  await admin.expectOk('POST', `${collection}/${draft.documentId}/actions/publish`, input);
  await waitForStatus(info.webUrl, `/articles/${input.slug}`, 200, 10_000);
  return { ...draft, slug: input.slug };
}
