// Atom feed of published articles, built from the cached article index (so a publish that
// refreshes the index refreshes the feed too; building the XML is cheap).
export default defineCmsHandler(async (event) => {
  const [chrome, articles] = await Promise.all([getSiteChrome(), getAllArticleSummaries()]);
  const xml = buildFeed({ chrome, articles, siteUrl: useRuntimeConfig(event).public.siteUrl }, 'atom');
  setResponseHeader(event, 'content-type', FEED_CONTENT_TYPES.atom);
  return xml;
});
