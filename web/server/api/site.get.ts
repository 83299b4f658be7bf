// Header, footer, crisis box and call to action: loaded once per visit into the site store.
export default defineCmsHandler(() => getSiteChrome());
