import type { Core } from '@strapi/strapi';
import { provisionApiTokens } from './bootstrap/api-tokens';
import { syncDashboardLayouts } from './bootstrap/dashboard-layouts';
import { ensureDevAdmin } from './bootstrap/dev-admin';
import { hideMarketplace } from './bootstrap/hide-marketplace';
import { lockPublicAccess } from './bootstrap/lock-public-access';
import { ensureRevalidationWebhook } from './bootstrap/revalidation-webhook';
import { turnOffCors } from './bootstrap/turn-off-cors';
import { registerEnquiryRules } from './api/enquiry/enquiry-rules';
import { registerChangeFeed } from './change-feed/record-changes';
import { enquiriesFromWebsiteOnly } from './content-manager/enquiries-from-website-only';
import { hideUserCollection } from './content-manager/hide-user-collection';
import { registerOutboxStatusRoute } from './outbox-watch/register-route';
import { registerHomeRoutes } from './dashboard-home/admin-routes';
import { registerGuardrails } from './guardrails';
import { registerImportRoutes } from './import/admin-api/import-routes';
import { backfillReadingMinutes } from './reading-time/backfill-reading-minutes';
import { registerReadingMinutes } from './reading-time/register-reading-minutes';
import { registerScheduleRoutes } from './scheduling/admin-routes';
import { registerArticleSearch } from './search/register';
import { seedIfEmpty } from './seed/seed-if-empty';
import { registerVersions } from './versions';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    turnOffCors(strapi);
    registerEnquiryRules(strapi);
    registerGuardrails(strapi);
    registerReadingMinutes(strapi);
    registerChangeFeed(strapi);
    registerArticleSearch(strapi);
    hideUserCollection(strapi);
    enquiriesFromWebsiteOnly(strapi);
    registerOutboxStatusRoute(strapi);
    registerScheduleRoutes(strapi);
    registerHomeRoutes(strapi);
    registerImportRoutes(strapi);
    registerVersions(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await lockPublicAccess(strapi);
    await provisionApiTokens(strapi);
    await hideMarketplace(strapi);
    await syncDashboardLayouts(strapi);
    await ensureRevalidationWebhook(strapi);
    await ensureDevAdmin(strapi);
    await backfillReadingMinutes(strapi);
    await seedIfEmpty(strapi);
  },
};
