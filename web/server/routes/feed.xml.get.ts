// RSS 2.0 feed of published articles. Cached as `cache:nitro:handlers:feed:rss.json`, so the
// revalidation endpoint can drop it when an article is published.
export default defineCachedEventHandler(
  defineCmsHandler(async (event) => {
    const [chrome, articles] = await Promise.all([getSiteChrome(), getAllArticleSummaries()]);
    const xml = buildFeed({ chrome, articles, siteUrl: useRuntimeConfig(event).public.siteUrl }, 'rss');
    setResponseHeader(event, 'content-type', FEED_CONTENT_TYPES.rss);
    return xml;
  }),
  { name: 'feed', getKey: () => 'rss', swr: true, maxAge: 300 },
);
