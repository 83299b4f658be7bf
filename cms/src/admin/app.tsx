import { Upload } from '@strapi/icons';
import type { RenderAdminArgs } from '@strapi/strapi/admin';
import { applyBranding } from './branding';
import favicon from './extensions/favicon.png';
import logo from './extensions/logo.svg';
import { applyQuietDefaults } from './quiet-defaults';
import { translations } from './translations';

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
    // Dashboard → Import: bring an old WordPress site's articles over (src/admin/import/).
    app.addMenuLink({
      to: 'import',
      icon: Upload,
      intlLabel: { id: 'tend.import.menu', defaultMessage: 'Import' },
      Component: () => import('./import/ImportPage'),
      permissions: [],
    });
  },
  bootstrap() {
    applyBranding(favicon);
  },
};

export default customisations;
