/**
 * Reads the site-wide data (practice, settings, crisis support) into the site store, once per
 * render. app.vue needs it for every page, and error.vue as well: Nuxt renders an error page
 * afresh, without what app.vue had loaded, and a reader who lands on a 404 still needs the
 * practice's name, contact details and crisis lines.
 */
export function useSiteChrome(): Promise<void> {
  const site = useSiteStore();
  // Forwards the request's cookies to our own API during server rendering (preview mode).
  const requestFetch = useRequestFetch();
  return callOnce('site-chrome', async () => {
    // Read into its own constant first: assigning straight to the store would make TypeScript
    // match the route against the store's type and exceed its depth limit (TS2321).
    const chrome = await requestFetch('/api/site');
    site.chrome = chrome;
  });
}
