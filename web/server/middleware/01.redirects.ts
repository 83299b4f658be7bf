/**
 * Old addresses (a renamed article, a previous website's pages) answer with a 301 to their new
 * page, or a calm 410 page when removed on purpose, before anything renders. Runs after the
 * rendered-page cache (00.page-cache.ts), so cached pages pay nothing: an address that gets a
 * redirect has its cached page removed when the redirect table changes (cms-refresh.ts).
 */
const SITE_INTERNALS = /^\/(?:_nuxt|api|media|preview|__)(?:\/|$)/;

export default defineEventHandler(async (event) => {
  if (event.method !== 'GET' && event.method !== 'HEAD') return;
  if (SITE_INTERNALS.test(event.path)) return;
  const rule = await findRedirect(event.path);
  if (!rule) return;
  // An hour, not forever: a mistaken redirect can still be corrected in the dashboard.
  setResponseHeader(event, 'Cache-Control', 'public, max-age=3600');
  if (rule.kind === 'gone' || !rule.to) {
    throw createError({ statusCode: 410, statusMessage: 'Gone' });
  }
  return sendRedirect(event, rule.to, 301);
});
