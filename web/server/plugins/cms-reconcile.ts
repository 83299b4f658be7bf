/**
 * A lost webhook must not leave an unpublished article online: every few minutes the web replays
 * the CMS's change feed since its last run (utils/cms-change-feed.ts) and purges what changed.
 */
export default defineNitroPlugin((nitroApp) => {
  const seconds = Number(useRuntimeConfig().reconcileIntervalSeconds);
  if (!Number.isFinite(seconds) || seconds <= 0 || import.meta.prerender) return;
  const run = () =>
    reconcileWithCms().catch((error: unknown) => {
      console.error('[reconcile] CMS unreachable; will try again.', String(error));
    });
  // Once at start-up too: changes made while this server was down are caught at once.
  setTimeout(run, 1000).unref();
  const timer = setInterval(run, seconds * 1000);
  timer.unref();
  nitroApp.hooks.hook('close', () => clearInterval(timer));
});
