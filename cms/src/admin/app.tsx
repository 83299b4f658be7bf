import { Clock, Upload } from '@strapi/icons';
import type { RenderAdminArgs } from '@strapi/strapi/admin';
import type { StrapiApp } from '@strapi/strapi/admin';
import { applyBranding } from './branding';
import { ContentChecksPanel } from './content-checks-panel';
import { hideEnquiryCreate } from './hide-enquiry-create';
import favicon from './extensions/favicon.png';
import logo from './extensions/logo.svg';
import { replaceDefaultWidgets } from './home/widgets';
import { applyQuietDefaults } from './quiet-defaults';
import { addScheduledColumn, INJECT_COLUMN_HOOK } from './scheduling/list-column';
import { SchedulePanel } from './scheduling/schedule-panel';
import { translations } from './translations';
import { registerVersionHistory } from './versions/register-version-history';

/** The Content Manager API used here; Strapi types a plugin's `apis` loosely (see its Content Manager APIs docs). */
interface ContentManagerApis {
  addEditViewSidePanel(panels: unknown[]): void;
}

/**
 * The dashboard as the therapist meets it: Tend's name and logo, British English, and nothing
 * that reaches out to Strapi's servers (no release check against GitHub; NPS, promotions,
 * documentation links and AI are switched off on the server in config/admin.ts).
 */
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
    // Consultation requests waiting on the website (wrong token, website cannot reach the
    // dashboard), so the therapist never learns of them by silence. `tend-` keeps it on the home page.
    // Strapi refuses a widget without an icon at run time (its types say optional): the whole dashboard would stay blank.
    app.widgets.register({
      id: 'tend-website-outbox',
      icon: Clock,
      title: { id: 'tend.widget.outbox.title', defaultMessage: 'Requests waiting on the website' },
      component: async () => (await import('./outbox-widget/OutboxWidget')).default,
    });
    // Dashboard → Import: bring an old WordPress site's articles over (src/admin/import/).
    app.addMenuLink({
      to: 'import',
      icon: Upload,
      intlLabel: { id: 'tend.import.menu', defaultMessage: 'Import' },
      Component: () => import('./import/ImportPage'),
      permissions: [],
    });
  },
  bootstrap(app: StrapiApp) {
    applyBranding(favicon);
    hideEnquiryCreate();
    const contentManager = app.getPlugin('content-manager').apis as unknown as ContentManagerApis;
    // Content checks and "Publish at…" / "Unpublish at…" beside the editor; a "Scheduled" column in the list.
    contentManager.addEditViewSidePanel([ContentChecksPanel, SchedulePanel]);
    app.registerHook(INJECT_COLUMN_HOOK, addScheduledColumn);
    // Version history beside the editor: compare and restore (cms/src/admin/versions/).
    registerVersionHistory(app);
  },
};

export default customisations;
