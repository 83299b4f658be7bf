import { factories } from '@strapi/strapi';

const serverQuery = {
  name: 'global::server-query',
  config: {
    populate: {
      photo: true,
      locations: true,
      onlineSessions: true,
      sessions: true,
      freeConsultation: true,
      memberships: true,
    },
  },
};

export default factories.createCoreRouter('api::practice.practice', {
  only: ['find'],
  config: { find: { middlewares: [serverQuery] } },
});
