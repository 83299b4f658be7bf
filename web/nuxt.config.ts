// https://nuxt.com/docs/api/configuration/nuxt-config
import { fileURLToPath } from 'node:url';
import { browserScriptHashes } from './csp-script-hashes';

const scriptHashes = browserScriptHashes(fileURLToPath(new URL('./app/browser', import.meta.url)));
const serverFile = (path: string) => fileURLToPath(new URL(`./server/${path}`, import.meta.url));

export default defineNuxtConfig({
  compatibilityDate: '2026-11-01',
  modules: [
    '@pinia/nuxt',
    '@nuxt/content',
    'nuxt-security',
    '@nuxtjs/robots',
    'nuxt-schema-org',
  ],
  telemetry: false,
  // The CSP hashes of app/browser/ scripts are computed when this config loads: restart on change.
  watch: ['app/browser/*.js'],
  devtools: { enabled: false },
  typescript: { strict: true },
  css: ['~/assets/css/main.css'],

  runtimeConfig: {
    // Server-only: the browser never learns where the CMS is or how to talk to it.
    cmsUrl: 'http://127.0.0.1:1337',
    cmsReadToken: '',
    cmsPreviewToken: '',
    cmsEnquiryToken: '',
    /** Shared with the CMS preview handler (TEND_PREVIEW_SECRET) and its webhook (TEND_REVALIDATE_SECRET). */
    previewSecret: '',
    revalidateSecret: '',
    /** Origin of the dashboard, allowed to frame preview pages (Strapi's preview panel). */
    adminOrigin: '',
    /** Seconds between reconciliations with the CMS (0 turns them off). */
    reconcileIntervalSeconds: 180,
    /** redis://… to share the CMS-data cache between several web servers; disk otherwise. */
    redisUrl: '',
    /** Folder of the on-disk CMS-data cache (relative to the working directory). */
    cacheDir: '.data/cms-cache',
    articlesPageSize: 10,
    /** Articles per child sitemap once /sitemap.xml becomes an index (a multiple of 100). */
    sitemapArticlesPerFile: 1000,
    /** Consultation requests the CMS could not take yet wait here as files (relative to the working directory). */
    outboxDir: '.data/outbox',
    // Every number and switch here is checked at start-up (server/utils/settings-check.ts).
    /** Consultation requests accepted per client within the window (shared through Redis when NUXT_REDIS_URL is set). */
    enquiryRateLimit: 5,
    /** Consultation requests accepted from everybody together within the window: a ceiling no crowd of clients passes. */
    enquirySiteRateLimit: 30,
    enquiryRateWindowSeconds: 600,
    /** true only behind a reverse proxy that appends the client's address to X-Forwarded-For. */
    trustProxy: false,
    public: {
      siteUrl: 'http://localhost:3000',
      /** Days consultation requests are kept (the cms's TEND_ENQUIRY_RETENTION_DAYS), for the privacy notice. */
      enquiryRetentionDays: 90,
    },
  },

  site: {
    url: process.env.NUXT_PUBLIC_SITE_URL ?? 'http://localhost:3000',
    name: 'Tend',
    defaultLocale: 'en-GB',
  },

  app: {
    head: {
      htmlAttrs: { lang: 'en-GB' },
      meta: [
        { name: 'viewport', content: 'width=device-width, initial-scale=1' },
        { name: 'color-scheme', content: 'light dark' },
      ],
      link: [{ rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }],
    },
  },

  routeRules: {
    // Pages are documents: no framework JavaScript and no hydration payload reach the browser.
    // The few scripts readers need are tiny inline files from app/browser/ (see its README).
    // `ssr: true` spelled out: nuxt-site-config 4.2 reads a missing `ssr` rule as "no SSR" and
    // would inline its own script on every page.
    '/**': { noScripts: true, ssr: true },
    // Search results depend on the query; they must not be indexed.
    '/search': { robots: false },
    // The confirmation after a consultation request is no page to land on from a search engine.
    '/consultation/thanks': { robots: false },
    '/consultation/saved': { robots: false },
    // Consultation requests come from this site's own pages only: no CORS headers for other origins.
    '/api/consultation': { security: { corsHandler: false } },
  },

  security: {
    // Hash-based CSP (see script-src): cached HTML must not carry a per-request nonce.
    nonce: false,
    // Readers' pages load nothing from other origins.
    headers: {
      contentSecurityPolicy: {
        // Whatever no directive below names (media, manifests, workers, frames) comes from this origin only.
        'default-src': ['\'self\''],
        'img-src': ['\'self\'', 'data:'],
        'style-src': ['\'self\'', '\'unsafe-inline\''],
        // Only the inline scripts of app/browser/, by hash: no nonce, so cached pages stay valid.
        'script-src': scriptHashes.length > 0 ? scriptHashes : ['\'none\''],
        'font-src': ['\'self\''],
        'connect-src': ['\'self\''],
        'frame-ancestors': ['\'none\''],
        'form-action': ['\'self\''],
        'upgrade-insecure-requests': false,
      },
      crossOriginEmbedderPolicy: false,
      // No Cross-Origin-Opener-Policy: with it, opening a page moves it to a new browsing-context
      // group, and the new renderer's start-up counts as blocking time. Measured with Lighthouse on
      // the same plain page: 100 (TBT 10–80 ms) without the header, 90–96 (TBT 240–430 ms) with
      // `same-origin`. The site has no cross-window state to protect: links to other sites open
      // with rel="noopener" and no page reads window.opener.
      crossOriginOpenerPolicy: false,
      permissionsPolicy: {
        camera: [],
        microphone: [],
        geolocation: [],
      },
    },
    // Rate limits belong on the form route (its own issue), not on reading pages.
    rateLimiter: false,
    // Search queries are plain text and escaped by Vue; this validator would reject "<3" or "a & b".
    xssValidator: false,
  },

  robots: {
    disallow: ['/preview'],
    // Our own sitemap routes (server/routes/sitemap.xml.get.ts): an index past 1,000 articles.
    sitemap: '/sitemap.xml',
  },

  nitro: {
    // Static files are compressed once at build time; the server picks .br or .gz per request.
    compressPublicAssets: { brotli: true, gzip: true },
    // @nuxt/content would write its SQL dump into the public files, served to anyone; the site
    // reads legal pages on the server only (server/middleware/00.block-content-api.ts).
    prerender: { ignore: ['/__nuxt_content/'] },
  },

  hooks: {
    // Errors pass through ours around Nuxt's page renderer: the request's query string is dropped
    // first (never echoed or logged), error pages are compressed like every page, and JSON errors
    // carry no request address (server/error/).
    'nitro:config'(nitroConfig) {
      const nuxtHandlers = [nitroConfig.errorHandler ?? []].flat();
      nitroConfig.errorHandler = [
        serverFile('error/redact-request-url.ts'),
        serverFile('error/compress-error-page.ts'),
        ...nuxtHandlers,
        serverFile('error/json-error.ts'),
      ];
    },
  },

  schemaOrg: {
    identity: 'Organization',
  },

  content: {
    // Node 22's built-in SQLite: no native addon to compile for the legal pages' index.
    experimental: { sqliteConnector: 'native' },
    // The legal pages' index lives in memory (a few rows, filled on first request): nothing is
    // written next to the server bundle, so a read-only, root-owned .output still works.
    database: { type: 'sqlite', filename: ':memory:' },
    build: { markdown: { toc: { depth: 2 } } },
  },
});
