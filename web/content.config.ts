import { defineCollection, defineContentConfig } from '@nuxt/content';
import { z } from 'zod';

/**
 * Local Markdown that belongs to the site rather than to the practice: the privacy notice and
 * the accessibility statement. Practice facts (names, email, ICO number) are not typed here; the
 * Markdown pulls them from the CMS with `:practice-fact{name="…"}` (components/content).
 */
export default defineContentConfig({
  collections: {
    legal: defineCollection({
      type: 'page',
      source: 'legal/*.md',
      schema: z.object({
        title: z.string().min(1),
        description: z.string().min(1),
        /** When the text last changed in substance, as YYYY-MM-DD (quote it in the front matter). */
        updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      }),
    }),
  },
});
