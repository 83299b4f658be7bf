import { factories } from '@strapi/strapi';

// Topic pages list their articles through the article route (paginated), so no populate here.
const serverQuery = { name: 'global::server-query', config: {} };

export default factories.createCoreRouter('api::topic.topic', {
  only: ['find', 'findOne'],
  config: {
    find: { middlewares: [serverQuery] },
    findOne: { middlewares: [serverQuery] },
  },
});
