import type { Core } from '@strapi/strapi';
import type { AdminContext as Context } from '../scheduling/admin-context';
import { present } from '../scheduling/admin-routes';
import { homeSummary } from './home-summary';

/** GET /tend/home: the figures behind the dashboard's home-page widgets, for signed-in users. */
export function registerHomeRoutes(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    prefix: '/tend',
    routes: [
      {
        method: 'GET',
        path: '/home',
        config: { policies: ['admin::isAuthenticatedAdmin'] },
        handler: async (ctx: Context) => {
          const summary = await homeSummary(strapi, ctx.state.userAbility);
          ctx.body = { data: { ...summary, scheduled: summary.scheduled.map((row) => ({ ...present(row), title: row.title })) } };
        },
      },
    ],
  } as unknown as Parameters<Core.Strapi['server']['routes']>[0]);
}
