import { factories } from '@strapi/strapi';

const serverQuery = {
  name: 'global::server-query',
  config: { populate: { defaultSeo: { populate: { shareImage: true } } } },
};

export default factories.createCoreRouter('api::site.site', {
  only: ['find'],
  config: { find: { middlewares: [serverQuery] } },
});
