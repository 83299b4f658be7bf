/**
 * Reads a seed article file: YAML front matter between `---` lines, then the Markdown body.
 *
 * The front matter is validated against the limits of the Article content type
 * (`src/api/article/content-types/article/schema.json` is read for the maxLengths, so the seed
 * cannot drift from the schema). Errors name the file (when given) and the field that is wrong.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

import articleSchema from '../api/article/content-types/article/schema.json';
import topicSchema from '../api/topic/content-types/topic/schema.json';

/** The motifs the generated cover images know (see cover-image.ts). */
export const COVER_MOTIFS = ['waves', 'circles', 'hills', 'leaves'] as const;
export type CoverMotif = (typeof COVER_MOTIFS)[number];

const COVER_ALT_MAX = 200;

const MOTIF_WORDS: Record<CoverMotif, string> = {
  waves: 'soft layered waves',
  circles: 'overlapping soft circles of light',
  hills: 'rolling hills under a hazy sun',
  leaves: 'scattered leaves',
};

function hueName(hue: number): string {
  const h = ((hue % 360) + 360) % 360;
  if (h < 15 || h >= 345) return 'red';
  if (h < 45) return 'orange';
  if (h < 70) return 'golden';
  if (h < 165) return 'green';
  if (h < 195) return 'teal';
  if (h < 255) return 'blue';
  if (h < 290) return 'violet';
  return 'rose';
}

/** Alternative text for a generated cover, e.g. "Abstract illustration: soft layered waves in teal tones." */
export function describeCover(hue: number, motif: CoverMotif): string {
  return `Abstract illustration: ${MOTIF_WORDS[motif]} in ${hueName(hue)} tones.`;
}

const limits = {
  title: articleSchema.attributes.title.maxLength,
  slug: articleSchema.attributes.slug.maxLength,
  excerpt: articleSchema.attributes.excerpt.maxLength,
  contentNote: articleSchema.attributes.contentNote.maxLength,
  topicSlug: topicSchema.attributes.slug.maxLength,
};

/** Lower-case words joined by single hyphens, as Strapi's uid fields make them. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const nonEmpty = (max: number) =>
  z
    .string()
    .refine((s) => s.trim().length > 0, 'must not be empty')
    .refine((s) => s.length <= max, `must be at most ${max} characters`);

const slug = (max: number) =>
  z
    .string()
    .regex(SLUG, 'must be lower-case words joined by hyphens, e.g. grief-and-loss')
    .max(max, `must be at most ${max} characters`);

const articleMetaSchema = z
  .strictObject({
    title: nonEmpty(limits.title),
    slug: slug(limits.slug),
    excerpt: nonEmpty(limits.excerpt),
    topics: z
      .array(slug(limits.topicSlug))
      .min(2, 'must list 2 to 4 topic slugs')
      .max(4, 'must list 2 to 4 topic slugs')
      .refine((t) => new Set(t).size === t.length, 'must not repeat a topic'),
    featured: z.boolean().default(false),
    status: z.enum(['published', 'draft'], 'must be published or draft'),
    contentNote: nonEmpty(limits.contentNote).nullable().default(null),
    lastReviewed: z.iso.date('must be a date written YYYY-MM-DD').nullable().default(null),
    publishedAt: z.iso
      .datetime('must be an ISO date and time, e.g. 2026-09-14T09:00:00.000Z')
      .nullable()
      .default(null),
    cover: z
      .strictObject({
        hue: z.number().int().min(0, 'must be 0 to 359').max(359, 'must be 0 to 359'),
        motif: z.enum(COVER_MOTIFS, `must be one of ${COVER_MOTIFS.join(', ')}`),
        /** Alternative text for the media library; described from hue and motif when omitted. */
        alt: nonEmpty(COVER_ALT_MAX).optional(),
      })
      .transform((cover) => ({ ...cover, alt: cover.alt ?? describeCover(cover.hue, cover.motif) }))
      .nullable()
      .default(null),
  })
  .superRefine((meta, ctx) => {
    if (meta.status === 'published' && meta.publishedAt === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['publishedAt'],
        message: 'is required when status is published',
      });
    }
    if (meta.status === 'draft' && meta.publishedAt !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['publishedAt'],
        message: 'must be empty for a draft',
      });
    }
  });

export type ArticleSeedMeta = z.output<typeof articleMetaSchema>;

/** Thrown for a malformed article file; `field` is the first front matter field at fault. */
export class ArticleFileError extends Error {
  readonly field: string | null;

  constructor(message: string, field: string | null) {
    super(message);
    this.name = 'ArticleFileError';
    this.field = field;
  }
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

function describeIssue(issue: z.core.$ZodIssue): { field: string; text: string } {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.join('", "');
    const where = issue.path.length > 0 ? `${issue.path.map(String).join('.')}.` : '';
    return { field: `${where}${issue.keys[0] ?? ''}`, text: `"${where}${keys}" is not a known field` };
  }
  const field = issue.path.map(String).join('.') || '(front matter)';
  const missing = /received undefined/.test(issue.message);
  return { field, text: `"${field}" ${missing ? 'is missing' : issue.message}` };
}

/**
 * Splits a seed article file into validated front matter and its Markdown body.
 *
 * @param text the whole file
 * @param source a name for error messages, e.g. the file name
 * @throws ArticleFileError naming the field that is wrong
 */
export function parseArticleFile(
  text: string,
  source?: string,
): { meta: ArticleSeedMeta; body: string } {
  const where = source ? `${source}: ` : '';
  const normalised = text.replace(/\r\n?/g, '\n');
  const match = FRONT_MATTER.exec(normalised);
  if (!match) {
    throw new ArticleFileError(
      `${where}an article file must start with YAML front matter between two "---" lines`,
      null,
    );
  }

  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '', { uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ArticleFileError(`${where}the front matter is not valid YAML: ${reason}`, null);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ArticleFileError(`${where}the front matter must be a list of "field: value" lines`, null);
  }

  const result = articleMetaSchema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map(describeIssue);
    const list = issues.map((i) => i.text).join('; ');
    throw new ArticleFileError(`${where}front matter: ${list}`, issues[0]?.field ?? null);
  }

  const body = normalised.slice(match[0].length).replace(/^\n+/, '');
  if (body.trim() === '') {
    throw new ArticleFileError(`${where}the article has no text after the front matter`, 'body');
  }
  return { meta: result.data, body };
}
