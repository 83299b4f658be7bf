import type { Core } from '@strapi/strapi';
import { provisionApiTokens } from './bootstrap/api-tokens';
import { ensureDevAdmin } from './bootstrap/dev-admin';
import { lockPublicAccess } from './bootstrap/lock-public-access';
import { registerEnquiryRules } from './api/enquiry/enquiry-rules';
import { seedIfEmpty } from './seed/seed-if-empty';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerEnquiryRules(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await lockPublicAccess(strapi);
    await provisionApiTokens(strapi);
    await ensureDevAdmin(strapi);
    await seedIfEmpty(strapi);
  },
};
