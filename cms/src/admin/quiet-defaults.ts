/**
 * First-visit defaults the dashboard keeps in the browser, set before it renders. Strapi 5.54
 * has no setting for these, so they are written where the dashboard looks for them; a choice
 * the user made later is left alone.
 * - the language: British English;
 * - the guided tour (developer steps: content-type builder, API tokens): off;
 * - the "new Media Library" announcement (links to Strapi's blog and docs): dismissed.
 */
const LANGUAGE_KEY = 'strapi-admin-language';
const GUIDED_TOUR_KEY = 'STRAPI_GUIDED_TOUR';
// Scoped by the project's telemetry id, which is `false` here (telemetry is off), and briefly
// `undefined` until the dashboard has loaded it; one key per Media Library flavour.
const MEDIA_LIBRARY_BANNER_KEYS = ['true', 'false'].flatMap((legacy) =>
  ['false', 'undefined'].map((scope) => `STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_${legacy}:${scope}`));

export function applyQuietDefaults(storage: Storage = window.localStorage): void {
  const setIfMissing = (key: string, value: string): void => {
    if (storage.getItem(key) === null) storage.setItem(key, value);
  };
  setIfMissing(LANGUAGE_KEY, 'en-GB');
  setIfMissing(GUIDED_TOUR_KEY, JSON.stringify({ enabled: false, completedActions: [] }));
  for (const key of MEDIA_LIBRARY_BANNER_KEYS) setIfMissing(key, 'true');
}
