import type { Core } from '@strapi/strapi';
import { webOrigin } from '../src/preview/preview-url';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => {
  // The dashboard's Preview shows the website in a frame: that one origin may be framed.
  const website = webOrigin(env('TEND_WEB_URL', '') || undefined);
  return [
    'strapi::logger',
    'strapi::errors',
    // A refused upload (an SVG, an HTML file) tells the therapist what to upload instead.
    'global::upload-type-message',
    {
      name: 'strapi::security',
      config: {
        contentSecurityPolicy: {
          useDefaults: true,
          // The dashboard loads nothing from other origins (no marketplace, no CDN images, no
          // web fonts). Written as single strings on purpose: Strapi fills arrays in, index by
          // index, from its own defaults ('https:', https://market-assets.strapi.io), which
          // would quietly widen these lists again.
          directives: {
            'connect-src': '\'self\'',
            'img-src': '\'self\' data: blob:',
            'media-src': '\'self\' data: blob:',
            'font-src': '\'self\' data:',
            'style-src': '\'self\' \'unsafe-inline\'',
            'frame-src': website ? ['\'self\'', website] : ['\'self\''],
            'upgradeInsecureRequests': null,
          },
        },
      },
    },
    // Listed because Strapi insists; src/bootstrap/turn-off-cors.ts makes it add no CORS headers.
    'strapi::cors',
    // No 'strapi::poweredBy': the cms does not announce what it runs on (X-Powered-By).
    'global::deny-anonymous',
    'strapi::query',
    {
      name: 'strapi::body',
      config: { jsonLimit: '256kb', formLimit: '256kb', textLimit: '256kb' },
    },
    'strapi::session',
    // The dashboard's tab icon is Tend's, not Strapi's (src/admin/extensions/favicon.png).
    { name: 'strapi::favicon', config: { path: 'src/admin/extensions/favicon.png' } },
    'strapi::public',
  ];
};

export default config;
