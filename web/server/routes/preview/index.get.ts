// Entry point of Strapi's "Open preview": checks the shared secret, starts a preview session and
// sends the therapist to the page. Never indexed, never cached.
export default defineEventHandler((event) => {
  const { secret, path } = getQuery(event);
  setResponseHeader(event, 'cache-control', 'no-store');
  if (!secretsMatch(typeof secret === 'string' ? secret : null, useRuntimeConfig(event).previewSecret)) {
    throw createError({ statusCode: 401, statusMessage: 'This preview link is not valid. Open the preview again from the dashboard.' });
  }
  const target = safeSitePath(path);
  if (!target) throw createError({ statusCode: 400, statusMessage: 'The preview path must be a page of this site, such as /articles/my-article.' });
  startPreview(event);
  // This redirect already runs inside the dashboard's frame: let it be framed like the page.
  event.context.preview = true;
  removeResponseHeader(event, 'x-frame-options');
  return sendRedirect(event, target, 302);
});
