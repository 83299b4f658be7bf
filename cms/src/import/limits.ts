/** The Article and Topic field limits, read from their schemas so the import cannot drift from them. */
import articleSchema from '../api/article/content-types/article/schema.json';
import topicSchema from '../api/topic/content-types/topic/schema.json';

export const LIMITS = {
  title: articleSchema.attributes.title.maxLength,
  slug: articleSchema.attributes.slug.maxLength,
  excerpt: articleSchema.attributes.excerpt.maxLength,
  topicName: topicSchema.attributes.name.maxLength,
  topicSlug: topicSchema.attributes.slug.maxLength,
  topicDescription: topicSchema.attributes.description.maxLength,
} as const;

/** Lower-case words joined by hyphens, as Strapi's uid fields make them, cut to `max` at a hyphen. */
export function slugify(text: string, max: number): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > max) break;
    slug = next;
  }
  return slug || words.join('-').slice(0, max);
}

/** `text` cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}
