/** Slugs are checked before anything is fetched, so random addresses cost nothing. */
export function readSlugParam(value: string | undefined): string {
  if (!value || !/^[a-z0-9][a-z0-9-]{0,119}$/.test(value)) notFound('Page');
  return value;
}
