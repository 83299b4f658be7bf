import { queryCollection } from '@nuxt/content/server';

/**
 * One page of the `legal` content collection (local Markdown, parsed at build time).
 *
 * Pages fetch it through here rather than calling `queryCollection` in the browser: on a client
 * navigation @nuxt/content would download its SQL dump, start SQLite in WebAssembly (blocked by
 * our CSP) and copy the dump into localStorage, which the privacy notice says the site never does.
 */
export default defineEventHandler(async (event) => {
  // An unknown name is a missing page (404), not bad input: it is part of an address.
  const name = getRouterParam(event, 'name') ?? '';
  if (!/^[a-z][a-z-]{0,39}$/.test(name)) notFound('Page');
  return (await queryCollection(event, 'legal').path(`/legal/${name}`).first()) ?? notFound('Page');
});
