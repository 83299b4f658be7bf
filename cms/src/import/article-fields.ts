/** Title, excerpt and slug rules shared by the WordPress and Markdown imports. */
import { blocksText } from '../reading-time/reading-minutes';

import type { ConvertedBlock } from './html/converted-body';
import { LIMITS, clip, slugify } from './limits';

export function bodyText(body: ConvertedBlock[]): string {
  return blocksText(body.filter((b) => b.type !== 'pending-image'));
}

export function titleFor(title: string, body: ConvertedBlock[], fallback: string, changes: string[]): string {
  if (title === '') {
    const words = bodyText(body).split(/\s+/).filter(Boolean).slice(0, 8).join(' ');
    const made = words === '' ? fallback : clip(words, LIMITS.title);
    changes.push(`It had no title; it is now titled "${made}" (change it in the dashboard).`);
    return made;
  }
  if (title.length > LIMITS.title) {
    const cut = clip(title, LIMITS.title);
    changes.push(`Its title was longer than ${LIMITS.title} characters and was shortened.`);
    return cut;
  }
  return title;
}

/** The given excerpt, else the first sentences that fit the field. */
export function excerptFor(given: string, body: ConvertedBlock[], title: string, changes: string[]): string {
  if (given !== '') {
    if (given.length <= LIMITS.excerpt) return given;
    changes.push(`Its excerpt was longer than ${LIMITS.excerpt} characters and was shortened.`);
    return clip(given, LIMITS.excerpt);
  }
  const text = bodyText(body).replace(/\s+/g, ' ').trim();
  if (text === '') {
    changes.push('It had no text to make an excerpt from; the excerpt is its title.');
    return clip(title, LIMITS.excerpt);
  }
  let excerpt = '';
  for (const sentence of text.match(/[^.!?]+[.!?]+["'\u2019\u201d)]*\s*|[^.!?]+$/g) ?? [text]) {
    if ((excerpt + sentence).trim().length > LIMITS.excerpt) break;
    excerpt += sentence;
  }
  return excerpt.trim() || clip(text, LIMITS.excerpt);
}

/** A slug that no other planned article has yet. */
export function uniqueSlug(wanted: string, fallback: string, taken: Set<string>, changes: string[]): string {
  const base = slugify(wanted, LIMITS.slug) || slugify(fallback, LIMITS.slug);
  let slug = base;
  for (let n = 2; taken.has(slug); n += 1) slug = `${base.slice(0, LIMITS.slug - String(n).length - 1)}-${n}`;
  if (slug !== base) changes.push(`Another article already uses the address "${base}"; this one is "${slug}".`);
  taken.add(slug);
  return slug;
}
