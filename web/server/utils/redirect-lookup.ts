/**
 * The addresses a request may be stored under in the redirect table, most specific first. The cms
 * stores old addresses normalised (cms/src/redirects/redirect-path.ts): one leading /, no trailing
 * /, and a query only for numbered legacy addresses such as WordPress's ?p=123.
 */
export function redirectLookupKeys(pathAndQuery: string): string[] {
  const [rawPath = '/', query = ''] = pathAndQuery.split('?', 2);
  let path = rawPath.replace(/\/{2,}/g, '/');
  if (path.length > 1) path = path.replace(/\/+$/, '');
  const paths = new Set([path]);
  try {
    paths.add(decodeURI(path));
  } catch {
    // A malformed escape: only the address as sent can match.
  }
  // Numbered legacy addresses (?p=123, ?page_id=7) are stored with their one parameter.
  const legacy = query
    .split('&')
    .filter((pair) => /^[a-z_]{1,20}=[0-9]{1,12}$/i.test(pair));
  return [...[...paths].flatMap((candidate) => legacy.map((pair) => `${candidate}?${pair}`)), ...paths];
}
