import { factories } from '@strapi/strapi';

// The website reads redirects with its read token; editors manage them in the dashboard.
export default factories.createCoreRouter('api::redirect.redirect', { only: ['find'] });
