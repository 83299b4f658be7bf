/**
 * Drops Vue's hydration markers from pages rendered without scripts (route rule `noScripts`,
 * every page today): nothing in the browser reads them (utils/hydration-markers.ts). A page that
 * turns scripts back on keeps them, so that Vue can hydrate it.
 */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('render:html', (html, { event }) => {
    if (!getRouteRules(event).noScripts) return;
    html.body = html.body.map(stripHydrationMarkers);
  });
});
