import type { RenderAdminArgs } from '@strapi/strapi/admin';
import type { StrapiApp } from '@strapi/strapi/admin';
import { applyBranding } from './branding';
import favicon from './extensions/favicon.png';
import logo from './extensions/logo.svg';
import { replaceDefaultWidgets } from './home/widgets';
import { applyQuietDefaults } from './quiet-defaults';
import { addScheduledColumn, INJECT_COLUMN_HOOK } from './scheduling/list-column';
import { SchedulePanel } from './scheduling/schedule-panel';
import { translations } from './translations';

/**
 * The dashboard as the therapist meets it: Tend's name and logo, British English, and nothing
 * that reaches out to Strapi's servers (no release check against GitHub; NPS, promotions,
 * documentation links and AI are switched off on the server in config/admin.ts).
 */
/** The Content Manager's APIs, which 5.54 types as Record<string, unknown> for apps. */
interface ContentManagerApis {
  addEditViewSidePanel(panels: unknown[]): void;
}

const customisations: RenderAdminArgs['customisations'] = {
  config: {
    locales: ['en-GB'],
    translations,
    auth: { logo },
    menu: { logo },
    // Strapi 5.54 still accepts `tutorials` but no longer reads it; the guided tour is turned
    // off in quiet-defaults.ts instead.
    tutorials: false,
    notifications: { releases: false },
  },
  register(app: StrapiApp) {
    applyQuietDefaults();
    // The home page: what the therapist acts on, not Strapi's generic widgets (home/widgets.ts).
    app.widgets.register(replaceDefaultWidgets);
  },
  bootstrap(app: StrapiApp) {
    applyBranding(favicon);
    // "Publish at…" / "Unpublish at…" beside the editor, and a "Scheduled" column in the list.
    (app.getPlugin('content-manager').apis as unknown as ContentManagerApis).addEditViewSidePanel([SchedulePanel]);
    app.registerHook(INJECT_COLUMN_HOOK, addScheduledColumn);
  },
};

export default customisations;
