/**
 * A lost webhook must not leave an unpublished article online: every few minutes the web replays
 * the CMS's change feed since its last run (utils/cms-change-feed.ts) and purges what changed.
 */
const START_RETRY_MS = 10_000;

export default defineNitroPlugin((nitroApp) => {
  if (import.meta.prerender) return;
  const timers: NodeJS.Timeout[] = [];
  nitroApp.hooks.hook('close', () => timers.forEach((timer) => clearTimeout(timer)));

  // Where the change feed stands when this cache is first used, even with reconciliation off,
  // so that turning it on later still replays what was missed in between.
  const start = () =>
    startFollowingChanges().catch(() => {
      timers.push(setTimeout(start, START_RETRY_MS).unref());
    });
  start();

  const seconds = Number(useRuntimeConfig().reconcileIntervalSeconds);
  if (!Number.isFinite(seconds) || seconds <= 0) return;
  const run = () =>
    reconcileWithCms().catch((error: unknown) => {
      console.error('[reconcile] CMS unreachable; will try again.', String(error));
    });
  // Once soon after start-up too: changes made while this server was down are caught at once.
  timers.push(setTimeout(run, 1000).unref());
  timers.push(setInterval(run, seconds * 1000).unref());
});
