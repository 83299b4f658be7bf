import { z } from 'zod';

// Strapi's webhook after a publish, unpublish, update or delete. Only the model name and slug are
// read from the payload, and only to choose what to purge: the content itself always comes from
// the CMS again, so duplicate, stale or empty deliveries are harmless.
const WebhookPayload = z
  .object({
    model: z.string().optional(),
    entry: z.object({ slug: SlugSchema.optional() }).loose().nullable().optional(),
  })
  .loose();

// Wrong secrets are limited per connecting address (never X-Forwarded-For, which anyone can
// forge), so guessing is slow and a flood cannot lock the CMS's genuine deliveries out.
const failedAttempts = () => createRateLimiter({ name: 'revalidate-failures', max: 10, windowMs: 60_000, store: useRateLimitStore() });
const deliveries = () => createRateLimiter({ name: 'revalidate', max: 300, windowMs: 60_000, store: useRateLimitStore() });

export default defineEventHandler(async (event) => {
  const client = getRequestIP(event) ?? 'unknown';
  const token = bearerToken(getRequestHeader(event, 'authorization'));
  if (!secretsMatch(token, useRuntimeConfig(event).revalidateSecret)) {
    const decision = await failedAttempts().take(client);
    if (!decision.allowed) {
      setResponseHeader(event, 'Retry-After', decision.retryAfterSeconds);
      throw createError({ statusCode: 429, statusMessage: 'Too many attempts with a wrong secret.' });
    }
    throw createError({ statusCode: 401, statusMessage: 'Missing or wrong revalidation secret.' });
  }
  const decision = await deliveries().take(client);
  if (!decision.allowed) {
    setResponseHeader(event, 'Retry-After', decision.retryAfterSeconds);
    throw createError({ statusCode: 429, statusMessage: 'Too many revalidations; the next one will catch up.' });
  }

  const parsed = WebhookPayload.safeParse((await readBody(event).catch(() => null)) ?? {});
  const named = parsed.success ? parsed.data.model : undefined;
  // Types the site does not show (consultation requests, media…) change nothing here.
  if (named && !isSiteContentModel(named)) return { refreshed: [] };
  const slug = parsed.success ? (parsed.data.entry?.slug ?? null) : null;
  try {
    // The purge is complete when this answers: the next request for an affected page renders anew.
    return { refreshed: await refreshForChange(named && isSiteContentModel(named) ? named : 'unknown', slug) };
  } catch (error) {
    console.error('[revalidate] the CMS could not be read; the last good pages stay online.', String(error));
    throw createError({ statusCode: 503, statusMessage: 'The CMS could not be read; nothing was changed.' });
  }
});
