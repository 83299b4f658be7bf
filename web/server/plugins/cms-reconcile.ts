/**
 * A lost webhook must not leave an unpublished article online: every few minutes the article
 * index is reloaded and any cached article that is no longer published is refreshed (to a 404).
 */
export default defineNitroPlugin((nitroApp) => {
  const seconds = Number(useRuntimeConfig().reconcileIntervalSeconds);
  if (!Number.isFinite(seconds) || seconds <= 0 || import.meta.prerender) return;
  const timer = setInterval(() => {
    refreshForChange('article', null).catch((error: unknown) => {
      console.error('[reconcile] CMS unreachable; will try again.', String(error));
    });
  }, seconds * 1000);
  timer.unref();
  nitroApp.hooks.hook('close', () => clearInterval(timer));
});
