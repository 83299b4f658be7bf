import type { Core } from '@strapi/strapi';
import { checkWebOutbox } from './watch';

/**
 * GET /tend/outbox-status for the dashboard's home page widget (src/admin/outbox-widget/): a
 * fresh look at the website's outbox, for signed-in dashboard users only. Counts, ages and
 * reasons; never anything a person wrote.
 */
export function registerOutboxStatusRoute(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    prefix: '/tend',
    routes: [
      {
        method: 'GET',
        path: '/outbox-status',
        handler: async (ctx: { body: unknown; set(name: string, value: string): void }) => {
          ctx.set('Cache-Control', 'no-store');
          ctx.body = await checkWebOutbox(strapi);
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
        info: {},
      },
    ],
  });
}
