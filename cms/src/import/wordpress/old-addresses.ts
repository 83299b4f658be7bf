/**
 * The addresses a WordPress post was reachable at, as paths on the new site (normalised like
 * the Redirect type wants them: leading /, no host, no trailing slash, the query kept only for
 * `?p=ID` and `?page_id=ID`).
 */
import type { WxrItem } from './wxr-types';

function pathOf(link: string, siteUrl: string): string | null {
  try {
    const url = new URL(link, `${siteUrl}/`);
    const base = new URL(`${siteUrl}/`);
    let path = url.pathname;
    // A blog living in a sub-folder (example.com/blog) keeps its folder in old links.
    if (base.pathname !== '/' && !path.startsWith(base.pathname)) return null;
    path = decodeURI(path).replace(/\/+$/, '') || '/';
    const legacy = /^(p|page_id)=\d+$/.exec(url.search.slice(1));
    return legacy ? `${path === '/' ? '/' : path}?${legacy[0]}` : path;
  } catch {
    return null;
  }
}

export function oldAddresses(item: WxrItem, siteUrl: string): string[] {
  const paths = new Set<string>();
  const add = (path: string | null): void => {
    if (path && path !== '/') paths.add(path);
  };
  add(pathOf(item.link, siteUrl));
  add(pathOf(item.type === 'page' ? `/?page_id=${item.id}` : `/?p=${item.id}`, siteUrl));
  const date = /^(\d{4})-(\d{2})-(\d{2})/.exec(item.dateLocal);
  if (item.type === 'post' && date && item.name) {
    const [, year, month, day] = date;
    const prefix = new URL(`${siteUrl}/`).pathname.replace(/\/+$/, '');
    add(`${prefix}/${year}/${month}/${day}/${item.name}`);
    add(`${prefix}/${year}/${month}/${item.name}`);
  }
  return [...paths];
}
