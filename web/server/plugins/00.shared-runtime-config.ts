/**
 * Nitro copies the whole runtime config and re-reads every NUXT_* variable from the environment
 * for each request that calls `useRuntimeConfig(event)` — about a millisecond each, several times
 * per rendered page (the page and each internal API call; measured with --cpu-prof). Ours is set
 * at start-up and never changed per request, so every request shares the copy made at start-up.
 */
export default defineNitroPlugin((nitroApp) => {
  const shared = useRuntimeConfig();
  nitroApp.hooks.hook('request', (event) => {
    if (event.context.nitro) event.context.nitro.runtimeConfig = shared;
  });
});
