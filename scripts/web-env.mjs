// The web's settings that must agree with the cms's: the same tokens, secrets and addresses,
// renamed from the cms's TEND_* variables to the NUXT_* variables Nuxt reads at run time.
// One mapping for development (scripts/dev-env.mjs) and the test stack (web/test/e2e/support/stack.ts).

/**
 * @param {Record<string, string | undefined>} cms the cms's environment
 * @param {string} cmsUrl where the web server reaches the cms (a loopback address)
 * @returns {Record<string, string | undefined>}
 */
export function webEnvFromCms(cms, cmsUrl) {
  return {
    NUXT_CMS_URL: cmsUrl,
    NUXT_CMS_READ_TOKEN: cms.TEND_WEB_READ_TOKEN,
    NUXT_CMS_PREVIEW_TOKEN: cms.TEND_WEB_PREVIEW_TOKEN,
    NUXT_CMS_ENQUIRY_TOKEN: cms.TEND_ENQUIRY_TOKEN,
    NUXT_PREVIEW_SECRET: cms.TEND_PREVIEW_SECRET,
    NUXT_REVALIDATE_SECRET: cms.TEND_REVALIDATE_SECRET,
    NUXT_ADMIN_ORIGIN: cms.PUBLIC_URL,
    NUXT_PUBLIC_SITE_URL: cms.TEND_WEB_URL,
    NUXT_PUBLIC_ENQUIRY_RETENTION_DAYS: cms.TEND_ENQUIRY_RETENTION_DAYS,
  };
}
