/**
 * The demo content in cms/seed/ checked against the content-type schemas (read from their JSON,
 * so a schema change that the seed no longer fits fails here, not halfway through a seed run)
 * and against the article anatomy the site is designed for.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import { parseArticleFile, type ArticleSeedMeta } from '../../src/seed/article-file';
import type { BlockNode, InlineNode, ListNode, ListItemNode } from '@tend/shared-types';
import { markdownToBlocks } from '../../src/seed/markdown-to-blocks';

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seedDir = path.join(cmsDir, 'seed');

// ---------------------------------------------------------------------------------------------
// Schema checks
// ---------------------------------------------------------------------------------------------

interface Attribute {
  type: string;
  required?: boolean;
  maxLength?: number;
  minLength?: number;
  regex?: string;
  min?: number;
  max?: number;
  component?: string;
  repeatable?: boolean;
  enum?: string[];
}
type Attributes = Record<string, Attribute>;

function readJson<T>(...parts: string[]): T {
  return JSON.parse(fs.readFileSync(path.join(...parts), 'utf8')) as T;
}

function contentType(name: string): Attributes {
  return readJson<{ attributes: Attributes }>(cmsDir, 'src/api', name, 'content-types', name, 'schema.json').attributes;
}

function component(uid: string): Attributes {
  const [category, name] = uid.split('.');
  return readJson<{ attributes: Attributes }>(cmsDir, 'src/components', category ?? '', `${name ?? ''}.json`).attributes;
}

/**
 * Lists every way `data` breaks the schema: unknown fields, missing required ones, and values
 * outside maxLength / regex / min / max, descending into components. `skip` names attributes
 * the seed sets elsewhere (media, blocks made from Markdown, relations).
 */
function schemaProblems(data: unknown, attributes: Attributes, where: string, skip: string[] = []): string[] {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return [`${where} is not an object`];
  const record = data as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(record)) {
    if (!(key in attributes)) problems.push(`${where}.${key} is not in the schema`);
    if (skip.includes(key)) problems.push(`${where}.${key} is set by the seed code, not the file`);
  }
  for (const [key, attribute] of Object.entries(attributes)) {
    if (skip.includes(key)) continue;
    const value = record[key];
    const at = `${where}.${key}`;
    if (value === undefined || value === null) {
      if (attribute.required) problems.push(`${at} is required`);
      continue;
    }
    switch (attribute.type) {
      case 'string':
      case 'text':
      case 'email':
      case 'uid': {
        if (typeof value !== 'string') {
          problems.push(`${at} should be a string`);
          break;
        }
        if (attribute.required && value.trim() === '') problems.push(`${at} is empty`);
        if (attribute.maxLength !== undefined && value.length > attribute.maxLength) {
          problems.push(`${at} is ${value.length} characters, over ${attribute.maxLength}`);
        }
        if (attribute.regex && !new RegExp(attribute.regex).test(value)) {
          problems.push(`${at} "${value}" does not match ${attribute.regex}`);
        }
        if (attribute.type === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) {
          problems.push(`${at} is not an email address`);
        }
        break;
      }
      case 'integer':
      case 'decimal': {
        if (typeof value !== 'number' || (attribute.type === 'integer' && !Number.isInteger(value))) {
          problems.push(`${at} should be a number of type ${attribute.type}`);
          break;
        }
        if (attribute.min !== undefined && value < attribute.min) problems.push(`${at} is below ${attribute.min}`);
        if (attribute.max !== undefined && value > attribute.max) problems.push(`${at} is above ${attribute.max}`);
        break;
      }
      case 'boolean':
        if (typeof value !== 'boolean') problems.push(`${at} should be true or false`);
        break;
      case 'component': {
        const nested = component(attribute.component ?? '');
        if (attribute.repeatable) {
          if (!Array.isArray(value)) {
            problems.push(`${at} should be a list`);
            break;
          }
          if (attribute.min !== undefined && value.length < attribute.min) {
            problems.push(`${at} needs at least ${attribute.min}`);
          }
          value.forEach((item, i) => problems.push(...schemaProblems(item, nested, `${at}[${i}]`)));
        } else {
          problems.push(...schemaProblems(value, nested, at));
        }
        break;
      }
      default:
        problems.push(`${at} has type ${attribute.type}, which the seed files should not set`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Blocks helpers
// ---------------------------------------------------------------------------------------------

type AnyNode = BlockNode | InlineNode | ListItemNode | ListNode;

function plainText(node: AnyNode): string {
  if (node.type === 'text') return node.text;
  if (node.type === 'image') return '';
  return (node.children as AnyNode[]).map(plainText).join(node.type === 'list' ? '\n' : '');
}

function walk(nodes: AnyNode[], visit: (node: AnyNode) => void): void {
  for (const node of nodes) {
    visit(node);
    if (node.type !== 'text') walk(node.children as AnyNode[], visit);
  }
}

function wordCount(blocks: BlockNode[]): number {
  return blocks
    .map(plainText)
    .join('\n')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

const headings = (blocks: BlockNode[]) =>
  blocks.flatMap((b) => (b.type === 'heading' ? [{ level: b.level, text: plainText(b) }] : []));

// ---------------------------------------------------------------------------------------------
// Single types and topics
// ---------------------------------------------------------------------------------------------

describe('seed: practice', () => {
  const practice = readJson<Record<string, unknown>>(seedDir, 'practice.json');

  it('fits the Practice schema and its components (about and photo come from elsewhere)', () => {
    expect(schemaProblems(practice, contentType('practice'), 'practice', ['about', 'photo'])).toEqual([]);
  });

  it('is obviously fictional where real identifiers would go', () => {
    expect(practice.contactEmail).toMatch(/@example\.com$/);
    expect(practice.phone).toMatch(/^020 7946 0\d{3}$/); // Ofcom's drama range
    expect(practice.icoNumber).toMatch(/^ZA0+$/);
    const [membership] = practice.memberships as Array<Record<string, string>>;
    expect(membership?.registrationNumber).toMatch(/DEMO/);
    expect(membership?.registerUrl).toBe('https://www.bacp.co.uk/search/Register');
  });

  it('describes the practice the articles name', () => {
    expect(practice).toMatchObject({
      city: 'London',
      locations: [{ label: 'Fulham', area: 'SW6', inPerson: true }],
      onlineSessions: { offered: true },
      sessions: { lengthMinutes: 50 },
      freeConsultation: { lengthMinutes: 15 },
    });
    expect(String(practice.approach)).toMatch(/person-centred/i);
    expect(String(practice.approach)).toMatch(/humanistic/i);
    expect((practice.sessions as { cancellationPolicy: string }).cancellationPolicy).toMatch(/48 hours/);
  });

  it('has an About text of 250–400 words that converts to blocks', () => {
    const about = markdownToBlocks(fs.readFileSync(path.join(seedDir, 'practice-about.md'), 'utf8'));
    expect(about.length).toBeGreaterThan(0);
    const words = wordCount(about);
    expect(words).toBeGreaterThanOrEqual(250);
    expect(words).toBeLessThanOrEqual(400);
  });
});

describe('seed: site and crisis support', () => {
  it('site.json fits the Site schema and the SEO component', () => {
    const site = readJson<Record<string, unknown>>(seedDir, 'site.json');
    expect(schemaProblems(site, contentType('site'), 'site')).toEqual([]);
    expect(site.defaultSeo).toMatchObject({ noIndex: false });
  });

  it('crisis-support.json fits the schema, most urgent service first', () => {
    const crisis = readJson<{ notice: string; services: Array<Record<string, string>> }>(seedDir, 'crisis-support.json');
    expect(schemaProblems(crisis, contentType('crisis-support'), 'crisis-support')).toEqual([]);
    expect(crisis.services.map((s) => s.link)).toEqual(['tel:999', 'tel:111', 'tel:116123', 'sms:85258']);
  });

  it('gives the right numbers and facts for each UK service', () => {
    const { services } = readJson<{ services: Array<Record<string, string>> }>(seedDir, 'crisis-support.json');
    const byLink = Object.fromEntries(services.map((s) => [s.link, `${s.name} ${s.howToReach} ${s.whenToUse}`]));
    expect(byLink['tel:999']).toMatch(/999.*A&E|A&E.*999/);
    expect(byLink['tel:111']).toMatch(/NHS 111/);
    expect(byLink['tel:111']).toMatch(/mental health option \(option 2\)/);
    expect(byLink['tel:111']).toMatch(/24 hours/);
    expect(byLink['tel:116123']).toMatch(/Samaritans/);
    expect(byLink['tel:116123']).toMatch(/116 123 \(free, 24 hours/);
    expect(byLink['sms:85258']).toMatch(/Text SHOUT to 85258 \(free, 24\/7\)/);
  });
});

describe('seed: topics', () => {
  const topics = readJson<Array<Record<string, string>>>(seedDir, 'topics.json');

  it('lists nine topics that fit the Topic schema (articles are linked by the seed)', () => {
    expect(topics).toHaveLength(9);
    const attributes = contentType('topic');
    topics.forEach((topic, i) => {
      expect(schemaProblems(topic, attributes, `topics[${i}]`, ['articles'])).toEqual([]);
    });
  });

  it('has unique names and slugs made from the names', () => {
    expect(new Set(topics.map((t) => t.name)).size).toBe(topics.length);
    expect(new Set(topics.map((t) => t.slug)).size).toBe(topics.length);
    for (const topic of topics) {
      const fromName = (topic.name ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      expect(topic.slug).toBe(fromName);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Articles
// ---------------------------------------------------------------------------------------------

interface SeedArticle {
  file: string;
  meta: ArticleSeedMeta;
  blocks: BlockNode[];
}

const articleDir = path.join(seedDir, 'articles');
const articles: SeedArticle[] = fs
  .readdirSync(articleDir)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((file) => {
    const { meta, body } = parseArticleFile(fs.readFileSync(path.join(articleDir, file), 'utf8'), file);
    return { file, meta, blocks: markdownToBlocks(body) };
  });
const published = articles.filter((a) => a.meta.status === 'published');

describe('seed: articles as a set', () => {
  it('has seven articles: six published and exactly one draft', () => {
    expect(articles).toHaveLength(7);
    expect(published).toHaveLength(6);
    const drafts = articles.filter((a) => a.meta.status === 'draft');
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.meta.slug).toContain('unpublished-draft');
    expect(drafts[0]?.meta.title).toMatch(/^Draft: /);
    expect(drafts[0]?.meta.publishedAt).toBeNull();
  });

  it('gives published articles distinct publication dates, so "newest first" is testable', () => {
    const dates = published.map((a) => a.meta.publishedAt);
    expect(new Set(dates).size).toBe(dates.length);
    for (const date of dates) expect(Number.isNaN(Date.parse(date ?? ''))).toBe(false);
  });

  it('features two or three published articles and never the draft', () => {
    const featured = articles.filter((a) => a.meta.featured);
    expect(featured.length).toBeGreaterThanOrEqual(2);
    expect(featured.length).toBeLessThanOrEqual(3);
    expect(featured.every((a) => a.meta.status === 'published')).toBe(true);
  });

  it('has exactly one published article without a cover', () => {
    expect(published.filter((a) => a.meta.cover === null)).toHaveLength(1);
  });

  it('uses a content note on at least one article, and last-reviewed dates on some', () => {
    expect(articles.some((a) => a.meta.contentNote)).toBe(true);
    const reviewed = articles.filter((a) => a.meta.lastReviewed).length;
    expect(reviewed).toBeGreaterThan(0);
    expect(reviewed).toBeLessThan(articles.length);
  });

  it('covers every topic with at least one published article', () => {
    const topicSlugs = readJson<Array<{ slug: string }>>(seedDir, 'topics.json').map((t) => t.slug);
    const used = new Set(published.flatMap((a) => a.meta.topics));
    expect(topicSlugs.filter((slug) => !used.has(slug))).toEqual([]);
  });

  it('writes the ❌/✅ list once as a single paragraph somewhere', () => {
    const inline = articles.filter((a) =>
      a.blocks.some((b) => b.type === 'paragraph' && /❌.*✅/s.test(plainText(b))));
    expect(inline.length).toBeGreaterThanOrEqual(1);
  });
});

describe.each(articles.map((a) => [a.file, a] as const))('seed article %s', (file, article) => {
  const { meta, blocks } = article;
  const attributes = contentType('article');
  const topicSlugs = new Set(readJson<Array<{ slug: string }>>(seedDir, 'topics.json').map((t) => t.slug));

  it('is named after its slug', () => {
    expect(file).toBe(`${meta.slug}.md`);
  });

  it('stays within the Article schema limits', () => {
    const fields = { title: meta.title, slug: meta.slug, excerpt: meta.excerpt, contentNote: meta.contentNote };
    for (const [key, value] of Object.entries(fields)) {
      const max = attributes[key]?.maxLength;
      expect(max, `${key} has a maxLength in the schema`).toBeTypeOf('number');
      if (value !== null) expect(value.length, key).toBeLessThanOrEqual(max ?? 0);
    }
    expect(meta.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('links two to four known topics', () => {
    expect(meta.topics.length).toBeGreaterThanOrEqual(2);
    expect(meta.topics.length).toBeLessThanOrEqual(4);
    for (const slug of meta.topics) expect(topicSlugs.has(slug), slug).toBe(true);
  });

  it('has a plain-question title of 5–10 words', () => {
    const title = meta.title.replace(/^Draft: /, '');
    expect(title).toMatch(/\?$/);
    const words = title.split(/\s+/).length;
    expect(words).toBeGreaterThanOrEqual(5);
    expect(words).toBeLessThanOrEqual(10);
  });

  it('is 1,300–2,000 words long', () => {
    const words = wordCount(blocks);
    expect(words).toBeGreaterThanOrEqual(1300);
    expect(words).toBeLessThanOrEqual(2000);
  });

  it('has 10–15 section headings, only H2 and H3, in the anatomy order', () => {
    const all = headings(blocks);
    expect(all.length).toBeGreaterThanOrEqual(10);
    expect(all.length).toBeLessThanOrEqual(15);
    expect(all.every((h) => h.level === 2 || h.level === 3)).toBe(true);
    const h2 = all.filter((h) => h.level === 2).map((h) => h.text);
    expect(h2[0]).toBe('The short answer');
    expect(h2[1]).toMatch(/^Why /);
    expect(h2.at(-1)).toBe('Final thoughts');
    expect(h2.some((t) => /^What if /.test(t))).toBe(true);
    const numbered = all.filter((h) => h.level === 3 && /^\d\. /.test(h.text)).map((h) => h.text.slice(0, 1));
    expect(numbered.length).toBeGreaterThanOrEqual(3);
    expect(numbered.length).toBeLessThanOrEqual(6);
    expect(numbered).toEqual(numbered.map((_, i) => String(i + 1)));
  });

  it('opens with a vignette before the first heading, with reported speech', () => {
    const firstHeading = blocks.findIndex((b) => b.type === 'heading');
    const opening = blocks.slice(0, firstHeading);
    expect(opening.length).toBeGreaterThanOrEqual(3);
    expect(opening.length).toBeLessThanOrEqual(6);
    expect(opening.every((b) => b.type === 'paragraph')).toBe(true);
    expect(plainText(opening[0] as BlockNode)).toMatch(/"[^"]{10,}"/);
    expect(opening.map(plainText).join(' '), 'says the vignette is an anonymised composite').toMatch(/composite/);
  });

  it('has the elements readers meet in every article', () => {
    const lists = blocks.filter((b) => b.type === 'list');
    expect(lists.length).toBeGreaterThanOrEqual(4);

    let nested = false;
    walk(blocks, (n) => {
      if (n.type === 'list' && (n.indentLevel ?? 0) > 0) nested = true;
    });
    expect(nested, 'a nested list').toBe(true);

    const quotes = blocks.filter((b) => b.type === 'quote').map(plainText);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatch(/^".+"$/);

    const meanings = blocks.filter(
      (b) => b.type === 'paragraph' && b.children[0]?.type === 'text' && b.children[0].bold && b.children[0].text === 'What they mean:',
    );
    expect(meanings.length).toBeGreaterThanOrEqual(3);

    const text = blocks.map(plainText).join('\n');
    expect(text).toContain('❌');
    expect(text).toContain('✅');
    expect(text).toMatch(/five things you can see/i);

    const labelled = blocks.some(
      (b, i) => b.type === 'paragraph' && /:\s*$/.test(plainText(b)) && blocks[i + 1]?.type === 'list',
    );
    expect(labelled, 'a label ending with a colon followed by a list').toBe(true);

    let bold = false;
    let italic = false;
    walk(blocks, (n) => {
      if (n.type === 'text' && n.bold) bold = true;
      if (n.type === 'text' && n.italic) italic = true;
    });
    expect(bold && italic).toBe(true);
  });

  it('links to an https page and to a page on the site, and nowhere else', () => {
    const urls: string[] = [];
    walk(blocks, (n) => {
      if (n.type === 'link') urls.push(n.url);
    });
    expect(urls.some((u) => u.startsWith('https://'))).toBe(true);
    expect(urls.some((u) => u.startsWith('/'))).toBe(true);
    for (const url of urls) expect(url).toMatch(/^(https:\/\/|\/[a-z])/);
  });

  it('leaves related topics and the call to action to the site', () => {
    const text = blocks.map(plainText).join('\n');
    expect(headings(blocks).some((h) => /related topics/i.test(h.text))).toBe(false);
    expect(text).not.toMatch(/Ready to start/i);
    expect(text).not.toMatch(/Book a consultation/i);
  });

  it('ends "Final thoughts" by naming the practice, its approach and where it works', () => {
    const final = blocks.findIndex((b) => b.type === 'heading' && plainText(b) === 'Final thoughts');
    const after = blocks.slice(final + 1);
    expect(after.length).toBeGreaterThanOrEqual(3);
    expect(after.length).toBeLessThanOrEqual(4);
    expect(after.every((b) => b.type === 'paragraph')).toBe(true);
    const last = plainText(after.at(-1) as BlockNode);
    for (const phrase of ['Willow Room Therapy', 'person-centred', 'humanistic', 'London', 'in person in Fulham', 'online']) {
      expect(last).toContain(phrase);
    }
  });

  it('uses British spelling', () => {
    const text = blocks.map(plainText).join('\n');
    expect(text).not.toMatch(/\b(realize|recognize|apologize|organize|behavior|color|center|judgment|practicing|mom)\b/i);
  });
});
