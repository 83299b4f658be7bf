// RSS 2.0 feed of the newest published articles.
export default defineCmsHandler((event) => renderFeed(event, 'rss'));
