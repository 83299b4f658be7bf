/** A WordPress export → the import plan (the dry run): every post and page, what it becomes and why. */
import { excerptFor, titleFor, uniqueSlug } from '../article-fields';
import { htmlToBlocks, type KnownImage } from '../html/html-to-blocks';
import type { ImportPlan, NotImported, PlanOptions, PlannedArticle, PlannedStatus } from '../plan-types';
import { plainText } from '../plain-text';
import { plannedTopic } from '../topic-defaults';
import { oldAddresses } from './old-addresses';
import type { WxrExport, WxrItem } from './wxr-types';

const ARTICLE_TYPES = new Set(['post', 'page']);

function isoDate(wpDate: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/.exec(wpDate);
  return match ? `${match[1]}T${match[2]}.000Z` : null;
}

function attachmentsOf(site: WxrExport): { byId: Map<string, KnownImage>; byParent: Map<string, KnownImage[]> } {
  const byId = new Map<string, KnownImage>();
  const byParent = new Map<string, KnownImage[]>();
  for (const item of site.items) {
    if (item.type !== 'attachment' || item.attachmentUrl === '') continue;
    const alt = item.meta.find((m) => m.key === '_wp_attachment_image_alt')?.value.trim() ?? '';
    const image = { src: item.attachmentUrl, alt, caption: plainText(item.excerpt) };
    byId.set(item.id, image);
    byParent.set(item.parentId, [...(byParent.get(item.parentId) ?? []), image]);
  }
  return { byId, byParent };
}

function statusOf(item: WxrItem, changes: string[]): PlannedStatus | null {
  if (item.passwordProtected) {
    changes.push('It was protected by a password on the old site; it is kept as a draft so nobody reads it by accident.');
    return 'draft';
  }
  switch (item.status) {
    case 'publish':
      return 'published';
    case 'future':
      changes.push(`It was scheduled for ${item.dateGmt || item.dateLocal}; it is kept unpublished: publish it from the dashboard when the time comes.`);
      return 'scheduled';
    case 'private':
      changes.push('It was private on the old site; it is kept as a draft.');
      return 'draft';
    case 'draft':
    case 'pending':
    case 'auto-draft':
      return 'draft';
    default:
      return null;
  }
}

export function planWordpress(site: WxrExport, options: PlanOptions = {}): ImportPlan {
  const { byId, byParent } = attachmentsOf(site);
  const origins = [site.siteUrl, site.siteUrl.replace(/^https:/, 'http:'), site.siteUrl.replace(/^http:/, 'https:')];
  const taken = new Set<string>();
  const articles: PlannedArticle[] = [];
  const skipped: ImportPlan['skipped'] = [];
  const termUse = new Map<string, number>();

  for (const item of site.items) {
    if (!ARTICLE_TYPES.has(item.type)) continue;
    const label = `${item.type} ${item.id}`;
    const rawTitle = plainText(item.title);
    if (item.type === 'page' && !options.importPages) {
      skipped.push({ sourceLabel: label, title: rawTitle || '(no title)', why: 'Pages are not imported unless you choose "Import pages as articles".' });
      continue;
    }
    const changes: string[] = [];
    const status = statusOf(item, changes);
    if (status === null) {
      skipped.push({ sourceLabel: label, title: rawTitle || '(no title)', why: `Its status on the old site is "${item.status}" (e.g. in the bin).` });
      continue;
    }
    const converted = htmlToBlocks(item.content, { oldSiteOrigins: origins, attachments: byId, postAttachments: byParent.get(item.id) ?? [] });
    if (converted.headingsShifted) changes.push('Its headings moved down one level, so the article title is the only main heading.');
    const title = titleFor(rawTitle, converted.blocks, `Untitled ${item.type} ${item.id}`, changes);
    let finalStatus = status;
    if (converted.blocks.length === 0 && status === 'published') {
      changes.push('It has no text; it is kept as a draft.');
      finalStatus = 'draft';
    }
    const thumbnail = item.meta.find((m) => m.key === '_thumbnail_id')?.value;
    const topicKeys = item.type === 'post' ? [...new Set(item.terms.map((t) => `${t.kind}:${t.slug}`))] : [];
    for (const key of topicKeys) termUse.set(key, (termUse.get(key) ?? 0) + 1);
    if (item.commentCount > 0) changes.push(`${item.commentCount === 1 ? 'Its comment is' : `Its ${item.commentCount} comments are`} not imported (the site has no comments).`);
    articles.push({
      // The post ID on its site: GUIDs repeat in real exports (this fixture has duplicates).
      sourceKey: `wordpress:${site.siteUrl}/?p=${item.id}`,
      sourceLabel: label,
      kind: item.type === 'page' ? 'page' : 'post',
      oldUrl: item.link,
      title,
      slug: uniqueSlug(item.name || title, `${item.type}-${item.id}`, taken, changes),
      excerpt: excerptFor(plainText(item.excerpt), converted.blocks, title, changes),
      body: converted.blocks,
      cover: thumbnail ? (byId.get(thumbnail) ?? null) : null,
      status: finalStatus,
      date: isoDate(item.dateGmt) ?? isoDate(item.dateLocal),
      author: site.authors.get(item.author) ?? item.author,
      topicKeys,
      redirectsFrom: oldAddresses(item, site.siteUrl),
      changes,
      losses: converted.losses,
    });
  }

  const topics = site.terms
    .filter((term) => termUse.has(`${term.kind}:${term.slug}`) || term.kind === 'category')
    .map((term) => plannedTopic(`${term.kind}:${term.slug}`, term.kind, plainText(term.name), plainText(term.description), termUse.get(`${term.kind}:${term.slug}`) ?? 0, options));
  return { source: 'wordpress', siteTitle: site.siteTitle, articles, skipped, topics, notImported: notImported(site) };
}

function notImported(site: WxrExport): NotImported[] {
  const count = (type: string): number => site.items.filter((i) => i.type === type).length;
  const comments = site.items.reduce((sum, i) => sum + i.commentCount, 0);
  const others = new Map<string, number>();
  for (const item of site.items) {
    if (!['post', 'page', 'attachment', 'nav_menu_item'].includes(item.type)) others.set(item.type, (others.get(item.type) ?? 0) + 1);
  }
  return [
    { what: 'menu items', count: count('nav_menu_item'), why: 'The new site builds its own menu.' },
    { what: 'comments', count: comments, why: 'The new site has no comments, so readers’ words are never published.' },
    { what: 'users', count: site.authors.size, why: 'Only you sign in to the dashboard; each article’s author is named in this report.' },
    { what: 'attachments (uploaded files)', count: count('attachment'), why: 'Only the images an imported article shows, and its cover, go into the Media Library.' },
    ...[...others].map(([type, n]) => ({ what: `items of type "${type}"`, count: n, why: 'The new site has nothing like them.' })),
  ].filter((entry) => entry.count > 0);
}
