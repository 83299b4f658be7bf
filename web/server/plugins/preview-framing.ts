/**
 * Preview responses are never indexed. Strapi shows the preview inside its dashboard, in a frame. Only preview responses may be framed,
 * and only by the dashboard's origin; every reader page keeps `frame-ancestors 'none'`.
 */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('beforeResponse', (event) => {
    if (!isPreviewRequest(event)) return;
    // Set last, after the robots module wrote its production default.
    setResponseHeader(event, 'x-robots-tag', 'noindex, nofollow');
    const adminOrigin = useRuntimeConfig(event).adminOrigin;
    if (!/^https?:\/\/[\w.-]+(:\d+)?$/.test(adminOrigin)) return;
    const csp = getResponseHeader(event, 'content-security-policy');
    if (typeof csp === 'string') {
      setResponseHeader(event, 'content-security-policy', csp.replace('frame-ancestors \'none\'', `frame-ancestors ${adminOrigin}`));
    }
    removeResponseHeader(event, 'x-frame-options');
  });
});
