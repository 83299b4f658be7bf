/** Link targets Strapi's blocks validator and the web's renderer both accept. */
const ALLOWED_LINK = /^(https?:\/\/[^\s]+|mailto:[^\s]+|tel:\+?[0-9]+|\/(?!\/)[^\s]*)$/;

/**
 * The link a reader may follow, or null. Links into the old site become site-relative paths, so
 * the redirects made by the import carry readers to the new pages.
 */
export function safeHref(href: string, oldSiteOrigins: readonly string[]): string | null {
  const url = href.trim();
  for (const origin of oldSiteOrigins) {
    if (url === origin || url.startsWith(`${origin}/`) || url.startsWith(`${origin}?`)) {
      const rest = url.slice(origin.length);
      return rest.startsWith('/') ? rest : `/${rest}`;
    }
  }
  return ALLOWED_LINK.test(url) ? url : null;
}
