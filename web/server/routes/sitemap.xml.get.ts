// One sitemap while the site is small; past 1,000 articles an index of child sitemaps, each one
// built from one small cached read (sitemaps.org allows 50,000 per file; 1,000 keeps each cheap).
export default defineCmsHandler(async (event) => {
  const origin = siteOrigin(event);
  const [pages, firstArticles] = await Promise.all([pageUrls(event), articleUrls(0)]);
  tagResponse(event, [CACHE_TAGS.allLists, CACHE_TAGS.topics]);
  setResponseHeader(event, 'content-type', 'application/xml; charset=utf-8');
  const perFile = sitemapChunkSize();
  if (firstArticles.total <= perFile) return urlsetXml(origin, [...pages, ...firstArticles.urls]);
  const chunks = Math.ceil(firstArticles.total / perFile);
  const children = ['pages', ...Array.from({ length: chunks }, (_, index) => `articles-${index + 1}`)];
  return sitemapIndexXml(origin, children.map((name) => ({ loc: `/sitemaps/${name}.xml` })));
});
