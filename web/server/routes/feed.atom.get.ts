// Atom feed of the newest published articles.
export default defineCmsHandler((event) => renderFeed(event, 'atom'));
