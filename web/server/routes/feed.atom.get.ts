// Atom version of /feed.xml (same builder, same data). Cached as `cache:nitro:handlers:feed:atom.json`.
export default defineCachedEventHandler(
  defineCmsHandler(async (event) => {
    const [chrome, articles] = await Promise.all([getSiteChrome(), getAllArticleSummaries()]);
    const xml = buildFeed({ chrome, articles, siteUrl: useRuntimeConfig(event).public.siteUrl }, 'atom');
    setResponseHeader(event, 'content-type', FEED_CONTENT_TYPES.atom);
    return xml;
  }),
  { name: 'feed', getKey: () => 'atom', swr: true, maxAge: 300 },
);
