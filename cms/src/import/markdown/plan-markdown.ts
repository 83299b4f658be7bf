/**
 * A folder of Markdown files with front matter (title, date, slug, tags, draft, description) →
 * the import plan. The body goes through the seed's converter (`markdownToBlocks`); Markdown it
 * refuses on purpose (images, tables, raw HTML) goes through marked's HTML and the WordPress
 * HTML converter instead, so it is carried over and reported rather than refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { marked } from 'marked';
import { parse as parseYaml } from 'yaml';

import { excerptFor, titleFor, uniqueSlug } from '../article-fields';
import type { ConvertedBody } from '../html/converted-body';
import { htmlToBlocks } from '../html/html-to-blocks';
import { ImportInputError } from '../import-error';
import { slugify } from '../limits';
import type { ImportPlan, PlanOptions, PlannedArticle } from '../plan-types';
import { markdownToBlocks } from '../../seed/markdown-to-blocks';
import { plannedTopic } from '../topic-defaults';

interface FrontMatter {
  title?: unknown;
  date?: unknown;
  slug?: unknown;
  tags?: unknown;
  categories?: unknown;
  draft?: unknown;
  description?: unknown;
  aliases?: unknown;
}

function markdownFiles(folder: string): string[] {
  const found: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.isSymbolicLink()) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/\.(md|markdown)$/i.test(entry.name)) found.push(full);
    }
  };
  visit(folder);
  return found.sort();
}

function split(source: string): { meta: FrontMatter; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) return { meta: {}, body: source };
  const meta = parseYaml(match[1] ?? '') as unknown;
  return { meta: meta && typeof meta === 'object' ? (meta as FrontMatter) : {}, body: match[2] ?? '' };
}

function convert(markdown: string, file: string): ConvertedBody {
  try {
    // The seed's converter never makes image nodes (it refuses images), so none are dropped here.
    const blocks = markdownToBlocks(markdown).filter((b): b is Exclude<typeof b, { type: 'image' }> => b.type !== 'image');
    return { blocks, losses: [], headingsShifted: false };
  } catch {
    // Images resolve against the file's folder; the run reads them from the import folder.
    const converted = htmlToBlocks(marked.parse(markdown, { async: false, gfm: true }));
    for (const block of converted.blocks) {
      if (block.type === 'pending-image' && !/^[a-z]+:/i.test(block.src)) block.src = path.join(path.dirname(file), block.src);
    }
    return converted;
  }
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : []);

export function planMarkdown(folder: string, options: PlanOptions = {}): ImportPlan {
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) throw new ImportInputError(`There is no folder at ${folder}.`);
  const files = markdownFiles(folder);
  if (files.length === 0) throw new ImportInputError('This folder has no Markdown files (.md) in it.');
  const taken = new Set<string>();
  const articles: PlannedArticle[] = [];
  const tagUse = new Map<string, { name: string; count: number }>();
  for (const file of files) {
    const relative = path.relative(folder, file).split(path.sep).join('/');
    const { meta, body } = split(fs.readFileSync(file, 'utf8'));
    const converted = convert(body, relative);
    const changes: string[] = [];
    // The HTML path has shifted headings already; markdownToBlocks keeps them as written.
    if (converted.headingsShifted || converted.blocks.some((b) => b.type === 'heading' && b.level === 1)) {
      if (!converted.headingsShifted) for (const block of converted.blocks) if (block.type === 'heading') block.level = Math.min(block.level + 1, 6) as typeof block.level;
      changes.push('Its headings moved down one level, so the article title is the only main heading.');
    }
    const title = titleFor(typeof meta.title === 'string' ? meta.title.trim() : '', converted.blocks, path.basename(relative, path.extname(relative)), changes);
    const tags = [...strings(meta.tags), ...strings(meta.categories)];
    const topicKeys = tags.map((t) => `tag:${slugify(t, 60)}`);
    tags.forEach((t, i) => tagUse.set(topicKeys[i]!, { name: t, count: (tagUse.get(topicKeys[i]!)?.count ?? 0) + 1 }));
    const date = meta.date instanceof Date ? meta.date.toISOString() : typeof meta.date === 'string' && !Number.isNaN(Date.parse(meta.date)) ? new Date(meta.date).toISOString() : null;
    const slug = uniqueSlug(typeof meta.slug === 'string' ? meta.slug : path.basename(relative, path.extname(relative)), title, taken, changes);
    const draft = meta.draft === true || converted.blocks.length === 0;
    articles.push({
      sourceKey: `markdown:${relative}`,
      sourceLabel: relative,
      kind: 'post',
      oldUrl: `/${relative.replace(/\.(md|markdown)$/i, '').replace(/(^|\/)index$/, '')}`,
      title,
      slug,
      excerpt: excerptFor(typeof meta.description === 'string' ? meta.description.trim() : '', converted.blocks, title, changes),
      body: converted.blocks,
      cover: null,
      status: draft ? 'draft' : 'published',
      date,
      author: '',
      topicKeys,
      redirectsFrom: [...new Set([`/${relative.replace(/\.(md|markdown)$/i, '')}`, ...strings(meta.aliases).map((a) => `/${a.replace(/^\/+|\/+$/g, '')}`)])],
      changes,
      losses: converted.losses,
    });
  }
  // Tags are how static sites group posts: by default each tag used becomes a topic.
  const topics = [...tagUse].map(([key, { name, count }]) => {
    const topic = plannedTopic(key, 'tag', name, '', count, options);
    return options.topicActions?.[key] || topic.action.do === 'merge' ? topic : { ...topic, action: { do: 'create' as const } };
  });
  return { source: 'markdown', siteTitle: path.basename(path.resolve(folder)), articles, skipped: [], topics, notImported: [] };
}
