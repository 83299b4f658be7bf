// https://nuxt.com/docs/api/configuration/nuxt-config
export default defineNuxtConfig({
  compatibilityDate: '2026-11-01',
  modules: ['@pinia/nuxt'],
  telemetry: false,
  devtools: { enabled: false },
  typescript: { strict: true },

  runtimeConfig: {
    // Server-only: the browser never learns where the CMS is or how to talk to it.
    cmsUrl: 'http://127.0.0.1:1337',
    cmsReadToken: '',
    cmsPreviewToken: '',
    cmsEnquiryToken: '',
    public: {
      siteUrl: 'http://localhost:3000',
    },
  },

  app: {
    head: {
      htmlAttrs: { lang: 'en-GB' },
      meta: [{ name: 'viewport', content: 'width=device-width, initial-scale=1' }],
    },
  },
});
