import { factories } from '@strapi/strapi';

// The website's reconciliation reads the feed page by page (filters[id][$gt], sort id:asc); no relations.
const serverQuery = { name: 'global::server-query', config: {} };

export default factories.createCoreRouter('api::content-change.content-change', {
  only: ['find'],
  config: {
    find: { middlewares: [serverQuery] },
  },
});
