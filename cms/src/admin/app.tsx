import type { RenderAdminArgs } from '@strapi/strapi/admin';
import { applyBranding } from './branding';
import favicon from './extensions/favicon.png';
import logo from './extensions/logo.svg';
import { applyQuietDefaults } from './quiet-defaults';
import { translations } from './translations';
import { registerVersionHistory } from './versions/register-version-history';

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
  register() {
    applyQuietDefaults();
  },
  bootstrap(app) {
    applyBranding(favicon);
    registerVersionHistory(app);
  },
};

export default customisations;
