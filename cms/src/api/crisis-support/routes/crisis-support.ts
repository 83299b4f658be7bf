import { factories } from '@strapi/strapi';

const serverQuery = { name: 'global::server-query', config: { populate: { services: true } } };

export default factories.createCoreRouter('api::crisis-support.crisis-support', {
  only: ['find'],
  config: { find: { middlewares: [serverQuery] } },
});
