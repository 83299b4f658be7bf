/**
 * The build a cache entry or cached page was made by; entries of another build are not served.
 * `nuxt dev` names every build "dev", so in development each server start (and each server reload
 * after an edit) gets a name of its own: a changed view model never meets entries of the old shape.
 */
const DEV_START = `dev-${Date.now().toString(36)}`;

export function buildIdForCache(buildId: string | undefined, devStart: string = DEV_START): string {
  return buildId && buildId !== 'dev' ? buildId : devStart;
}
