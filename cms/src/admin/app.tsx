import type { RenderAdminArgs } from '@strapi/strapi/admin';
import { applyBranding } from './branding';
import { ContentChecksPanel } from './content-checks-panel';
import { hideEnquiryCreate } from './hide-enquiry-create';
import favicon from './extensions/favicon.png';
import logo from './extensions/logo.svg';
import { applyQuietDefaults } from './quiet-defaults';
import { translations } from './translations';

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
  register(app) {
    applyQuietDefaults();
    // On the home page: consultation requests waiting on the website (wrong token, website
    // cannot reach the dashboard), so the therapist never learns of them by silence.
    app.widgets.register({
      id: 'website-outbox',
      title: { id: 'tend.widget.outbox.title', defaultMessage: 'Requests waiting on the website' },
      component: async () => (await import('./outbox-widget/OutboxWidget')).default,
    });
  },
  bootstrap(app) {
    applyBranding(favicon);
    hideEnquiryCreate();
    (app.getPlugin('content-manager').apis as unknown as ContentManagerApis).addEditViewSidePanel([ContentChecksPanel]);
  },
};

export default customisations;
