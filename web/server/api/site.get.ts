// Header, footer, crisis box and call to action: loaded once per visit into the site store.
// In preview mode the therapist sees the draft practice details and settings, never cached.
export default defineCmsHandler((event) => (isPreviewRequest(event) ? loadSiteChrome('preview') : getSiteChrome()));
