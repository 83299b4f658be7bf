// Leaves preview mode and returns to the published page.
export default defineEventHandler((event) => {
  endPreview(event);
  setResponseHeader(event, 'cache-control', 'no-store');
  return sendRedirect(event, safeSitePath(getQuery(event).path) ?? '/', 302);
});
