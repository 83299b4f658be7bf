import { z } from 'zod';

// Strapi's webhook after a publish, unpublish, update or delete. Only the model name and slug are
// read from the payload, and only to choose what to refetch: the content itself always comes
// from the CMS again, so duplicate, stale or empty deliveries are harmless.
const WebhookPayload = z
  .object({
    model: z.string().optional(),
    entry: z.object({ slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,119}$/).optional() }).loose().nullable().optional(),
  })
  .loose();

const MODELS = new Set<ChangedModel>(['article', 'topic', 'practice', 'site', 'crisis-support']);

export default defineEventHandler(async (event) => {
  const token = bearerToken(getRequestHeader(event, 'authorization'));
  if (!secretsMatch(token, useRuntimeConfig(event).revalidateSecret)) {
    throw createError({ statusCode: 401, statusMessage: 'Missing or wrong revalidation secret.' });
  }
  const parsed = WebhookPayload.safeParse((await readBody(event).catch(() => null)) ?? {});
  const model = parsed.success && MODELS.has(parsed.data.model as ChangedModel) ? (parsed.data.model as ChangedModel) : 'unknown';
  const slug = parsed.success ? (parsed.data.entry?.slug ?? null) : null;
  try {
    const refreshed = await refreshForChange(model, slug);
    return { refreshed };
  } catch (error) {
    console.error('[revalidate] refresh failed; the last good pages stay online.', String(error));
    throw createError({ statusCode: 503, statusMessage: 'The CMS could not be read; nothing was changed.' });
  }
});
