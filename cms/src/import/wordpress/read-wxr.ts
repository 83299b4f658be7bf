/**
 * WordPress export (WXR: RSS 2.0 with `wp:`, `content:`, `excerpt:` and `dc:` elements) → typed
 * records. fast-xml-parser builds the tree; its validator turns a truncated or damaged file
 * into a message with the line where it breaks.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

import { ImportInputError } from '../import-error';
import { decodeExport } from './decode-file';
import type { WxrExport, WxrItem, WxrTerm } from './wxr-types';

type XmlValue = string | number | boolean | XmlObject | XmlValue[] | undefined;
interface XmlObject {
  [key: string]: XmlValue;
}

const ALWAYS_LISTS = new Set(['item', 'wp:author', 'wp:category', 'wp:tag', 'wp:term', 'category', 'wp:postmeta', 'wp:comment']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
  isArray: (name) => ALWAYS_LISTS.has(name),
});

function str(value: XmlValue): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return str(value[0]);
  return str(value['#text']);
}

function list(value: XmlValue): XmlObject[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((v): v is XmlObject => typeof v === 'object' && v !== null && !Array.isArray(v));
}

function readItem(item: XmlObject): WxrItem {
  return {
    id: str(item['wp:post_id']).trim(),
    type: str(item['wp:post_type']).trim(),
    title: str(item.title).trim(),
    link: str(item.link).trim(),
    guid: str(item.guid).trim(),
    author: str(item['dc:creator']).trim(),
    content: str(item['content:encoded']),
    excerpt: str(item['excerpt:encoded']).trim(),
    dateGmt: str(item['wp:post_date_gmt']).trim().replace(/^0000-.*/, ''),
    dateLocal: str(item['wp:post_date']).trim().replace(/^0000-.*/, ''),
    name: decodeURIComponentSafe(str(item['wp:post_name']).trim()),
    status: str(item['wp:status']).trim(),
    parentId: str(item['wp:post_parent']).trim(),
    passwordProtected: str(item['wp:post_password']).trim() !== '',
    // Only categories and tags: other taxonomies (post formats, link categories) are not topics.
    terms: list(item.category)
      .filter((c) => ['category', 'post_tag'].includes(str(c['@_domain'])))
      .map((c) => ({
        kind: str(c['@_domain']) === 'post_tag' ? ('tag' as const) : ('category' as const),
        slug: decodeURIComponentSafe(str(c['@_nicename'])),
        name: str(c).trim(),
      }))
      .filter((t) => t.slug !== ''),
    meta: list(item['wp:postmeta']).map((m) => ({ key: str(m['wp:meta_key']), value: str(m['wp:meta_value']) })),
    attachmentUrl: str(item['wp:attachment_url']).trim(),
    commentCount: list(item['wp:comment']).length,
  };
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function readTerms(channel: XmlObject): WxrTerm[] {
  const categories = list(channel['wp:category']).map((c) => ({
    kind: 'category' as const,
    slug: decodeURIComponentSafe(str(c['wp:category_nicename']).trim()),
    name: str(c['wp:cat_name']).trim(),
    description: str(c['wp:category_description']).trim(),
  }));
  const tags = list(channel['wp:tag']).map((t) => ({
    kind: 'tag' as const,
    slug: decodeURIComponentSafe(str(t['wp:tag_slug']).trim()),
    name: str(t['wp:tag_name']).trim(),
    description: str(t['wp:tag_description']).trim(),
  }));
  return [...categories, ...tags].filter((t) => t.slug !== '' && t.name !== '');
}

export function readWxr(bytes: Uint8Array): WxrExport {
  const xml = decodeExport(bytes);
  if (!/<rss[\s>]/.test(xml.slice(0, 5000))) {
    throw new ImportInputError('This is not a WordPress export: it has no RSS feed in it. In WordPress, use Tools → Export → "All content" and choose the .xml file it downloads.');
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new ImportInputError(
      `This WordPress export is damaged near line ${valid.err.line} (${valid.err.msg}). It may have been cut short while downloading: export it again and choose the new file. Nothing was imported.`,
    );
  }
  const doc = parser.parse(xml) as XmlObject;
  const rss = list(doc.rss)[0];
  const channel = rss ? list(rss.channel)[0] : undefined;
  if (!channel || !('wp:wxr_version' in channel)) {
    throw new ImportInputError('This is an RSS feed but not a WordPress export (it has no WXR version). In WordPress, use Tools → Export → "All content".');
  }
  const authors = new Map<string, string>();
  for (const author of list(channel['wp:author'])) {
    const login = str(author['wp:author_login']).trim();
    authors.set(login, str(author['wp:author_display_name']).trim() || login);
  }
  return {
    siteTitle: str(channel.title).trim(),
    siteUrl: (str(channel['wp:base_blog_url']) || str(channel.link)).trim().replace(/\/+$/, ''),
    authors,
    terms: readTerms(channel),
    items: list(channel.item).map(readItem),
  };
}
