// A child of the sitemap index: the site's pages and topics, or 1,000 articles.
export default defineCmsHandler(async (event) => {
  const name = getRouterParam(event, 'name') ?? '';
  const origin = siteOrigin(event);
  tagResponse(event, [CACHE_TAGS.allLists, CACHE_TAGS.topics]);
  setResponseHeader(event, 'content-type', 'application/xml; charset=utf-8');
  if (name === 'pages.xml' || name === 'pages') return urlsetXml(origin, await pageUrls(event));
  const chunk = /^articles-([1-9]\d{0,3})(\.xml)?$/.exec(name);
  if (!chunk) notFound('Sitemap');
  const { urls } = await articleUrls(Number(chunk[1]) - 1);
  if (urls.length === 0) notFound('Sitemap');
  return urlsetXml(origin, urls);
});
