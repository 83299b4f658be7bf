import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          // The dashboard loads nothing from other origins (no marketplace, no CDN images).
          'connect-src': ["'self'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'media-src': ["'self'", 'data:', 'blob:'],
          upgradeInsecureRequests: null,
        },
      },
    },
  },
  {
    name: 'strapi::cors',
    config: {
      // Only the web server talks to the content API, server to server; browsers need no CORS.
      origin: env.array('CORS_ORIGINS', [env('PUBLIC_URL', 'http://localhost:1337')]),
    },
  },
  'strapi::poweredBy',
  'global::deny-anonymous',
  'strapi::query',
  {
    name: 'strapi::body',
    config: { jsonLimit: '256kb', formLimit: '256kb', textLimit: '256kb' },
  },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
