import { factories } from '@strapi/strapi';
import { articlePopulate } from '../populate';

const serverQuery = { name: 'global::server-query', config: { populate: articlePopulate } };

export default factories.createCoreRouter('api::article.article', {
  only: ['find', 'findOne'],
  config: {
    find: { middlewares: [serverQuery] },
    findOne: { middlewares: [serverQuery] },
  },
});
