import type { Core } from '@strapi/strapi';
import { parseArticleFile } from './article-file';
import { renderCover } from './cover-image';
import { markdownToBlocks } from './markdown-to-blocks';
import { listArticleFiles, readSeedJson, readSeedText } from './seed-files';
import { uploadImageOnce } from './seed-media';

type Data = Record<string, unknown>;

interface TopicSeed {
  name: string;
  slug: string;
  description: string;
}

async function findBySlug(strapi: Core.Strapi, uid: 'api::article.article' | 'api::topic.topic', slug: string) {
  // Every document has a draft version, so looking at drafts finds published ones too.
  return strapi.documents(uid).findFirst({ filters: { slug }, status: 'draft' });
}

async function seedSingleType(
  strapi: Core.Strapi,
  uid: 'api::practice.practice' | 'api::site.site' | 'api::crisis-support.crisis-support',
  data: Data,
): Promise<void> {
  const existing = await strapi.documents(uid).findFirst({ status: 'draft' });
  if (existing) return;
  await strapi.documents(uid).create({ data: data as never, status: 'published' });
}

async function seedTopics(strapi: Core.Strapi): Promise<Map<string, string>> {
  const documentIds = new Map<string, string>();
  for (const topic of readSeedJson<TopicSeed[]>('topics.json')) {
    const existing = await findBySlug(strapi, 'api::topic.topic', topic.slug);
    const document
      = existing
        ?? (await strapi.documents('api::topic.topic').create({ data: topic as never, status: 'published' }));
    documentIds.set(topic.slug, document.documentId);
  }
  return documentIds;
}

async function seedArticles(strapi: Core.Strapi, topicIds: Map<string, string>): Promise<void> {
  for (const fileName of listArticleFiles()) {
    const { meta, body } = parseArticleFile(readSeedText('articles', fileName));
    if (await findBySlug(strapi, 'api::article.article', meta.slug)) continue;

    const topics = meta.topics.map((slug) => {
      const id = topicIds.get(slug);
      if (!id) throw new Error(`${fileName}: unknown topic "${slug}"`);
      return id;
    });
    const cover = meta.cover
      ? await uploadImageOnce(strapi, {
          name: `cover-${meta.slug}.jpg`,
          alternativeText: meta.cover.alt,
          mimetype: 'image/jpeg',
          data: await renderCover({ hue: meta.cover.hue, motif: meta.cover.motif, seedText: meta.slug }),
        })
      : null;

    const created = await strapi.documents('api::article.article').create({
      data: {
        title: meta.title,
        slug: meta.slug,
        excerpt: meta.excerpt,
        contentNote: meta.contentNote ?? null,
        lastReviewed: meta.lastReviewed ?? null,
        featured: meta.featured,
        body: markdownToBlocks(body),
        cover,
        topics,
      } as never,
      ...(meta.status === 'published' ? { status: 'published' as const } : {}),
    });

    if (meta.status === 'published' && meta.publishedAt) {
      // Demo articles get distinct, realistic publication dates instead of "now".
      await strapi.db.query('api::article.article').updateMany({
        where: { documentId: created.documentId, publishedAt: { $notNull: true } },
        data: { publishedAt: new Date(meta.publishedAt) },
      });
    }
  }
}

/** Loads the demo practice. Idempotent: whatever already exists is left exactly as it is. */
export async function seedDemoContent(strapi: Core.Strapi): Promise<void> {
  const about = markdownToBlocks(readSeedText('practice-about.md'));
  await seedSingleType(strapi, 'api::practice.practice', { ...readSeedJson<Data>('practice.json'), about });
  await seedSingleType(strapi, 'api::site.site', readSeedJson<Data>('site.json'));
  await seedSingleType(strapi, 'api::crisis-support.crisis-support', readSeedJson<Data>('crisis-support.json'));
  const topicIds = await seedTopics(strapi);
  await seedArticles(strapi, topicIds);
}
