/**
 * The whole redirect table is read again (one small request per 100 redirects) and stored; pages
 * cached at an address that now redirects are forgotten, so the next visit gets the redirect.
 */
export async function redirectsChanged(): Promise<string[]> {
  const before = await getRedirectRules.peek();
  const after = await loadRedirectRules();
  const purged = await bumpTags(redirectRulesTags);
  await getRedirectRules.store({ value: after, tags: redirectRulesTags });
  const previous = new Map((before ?? []).map((rule) => [rule.from, rule]));
  const appeared = after.filter((rule) => {
    const was = previous.get(rule.from);
    return !was || was.to !== rule.to || was.kind !== rule.kind;
  });
  const paths = appeared.map((rule) => rule.from).filter((from) => !from.includes('?'));
  await Promise.all(paths.map((path) => removeCachedPage(path)));
  // An article that moved to a new address was announced under its new one only: its entry under
  // the old address goes too, so that removing the redirect later can never show a stale copy.
  const movedArticles = paths.map((path) => /^\/articles\/([^/]+)$/.exec(path)?.[1]).filter((slug): slug is string => slug !== undefined);
  await Promise.all(movedArticles.map((slug) => getArticleView.remove(slug)));
  return movedArticles.length > 0 ? [...purged, ...(await bumpTags(movedArticles.map(CACHE_TAGS.article)))] : purged;
}
