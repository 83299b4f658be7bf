/**
 * @nuxt/content serves its collections over HTTP at /__nuxt_content/<collection>/… (a query
 * endpoint that runs SQL, a full dump for the browser's WebAssembly SQLite). The site reads its
 * legal pages on the server through /api/legal, whose in-process call is the only user of these
 * routes: from outside they are a 404, before any body is read.
 */
export default defineEventHandler((event) => {
  if (!event.path.startsWith('/__nuxt_content/') || isInternalRequest(event)) return;
  setResponseHeader(event, 'Connection', 'close');
  throw createError({ statusCode: 404, statusMessage: 'Page not found' });
});
