// A static copy of rendered pages for nginx to serve: the HTML byte for byte, with the same-origin
// files it links (stylesheets, icons) at their own paths. Images stay on our server (their
// addresses made absolute), so a Lighthouse run of the copy loads exactly the same bytes as a run
// of the page itself, and any difference between the two runs is what our server adds.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BROWSER_HEADERS } from '../e2e/support/http';
import { rawGet } from './raw-http';

/** Same-origin files a page links with `href`/`src` that are not pages or media (CSS, icons). */
const LINKED_FILE = /\b(?:href|src)="(\/(?!\/)[^"?#]+\.(?:css|svg|png|ico|woff2?))"/g;

async function fetchBytes(url: string): Promise<Buffer> {
  const answer = await rawGet(url, { ...BROWSER_HEADERS, 'Accept-Encoding': 'identity' });
  if (answer.status !== 200) throw new Error(`${url} answered ${answer.status}; nothing to copy for nginx`);
  return answer.bytes;
}

/** Writes each page (as `<root>/copy-<n>.html`) and its linked files under `root`; returns the copy's path per page path. */
export async function writeStaticCopies(webUrl: string, root: string, paths: string[]): Promise<Map<string, string>> {
  const copies = new Map<string, string>();
  const copied = new Set<string>();
  for (const [index, path] of paths.entries()) {
    const html = (await fetchBytes(`${webUrl}${path}`)).toString('utf8');
    for (const [, file] of html.matchAll(LINKED_FILE)) {
      if (file === undefined || copied.has(file)) continue;
      copied.add(file);
      const target = join(root, file);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, await fetchBytes(`${webUrl}${file}`));
    }
    const name = `/copy-${index}.html`;
    writeFileSync(join(root, name), html.replaceAll('="/media/', `="${webUrl}/media/`).replaceAll(' /media/', ` ${webUrl}/media/`));
    copies.set(path, name);
  }
  return copies;
}

/** The smallest valid page: what Lighthouse scores on this machine and browser when a page costs nothing. */
export const PLAIN_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Plain page</title><meta name="description" content="The smallest valid page, for reference."></head>
<body><main><h1>Plain page</h1><p>Nothing here but text.</p></main></body></html>
`;
