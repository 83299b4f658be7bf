import type { Core } from '@strapi/strapi';

const config: Core.Config.Api = {
  rest: {
    defaultLimit: 12,
    // The website reads the change feed 200 rows at a time (pagination[pageSize]=200); a larger
    // page is cut to this without an error, so keep it at least that.
    maxLimit: 200,
    withCount: true,
  },
};

export default config;
