/**
 * Tend's icon in the browser tab, and "Tend" instead of "Strapi" in page titles: Strapi 5.54 has
 * no setting for either (the v4 `head.favicon` option is gone and titles end in "| Strapi").
 */
const PRODUCT = 'Tend';

function retitle(): void {
  const title = document.title;
  const next = title === 'Strapi Admin' ? PRODUCT : title.replace(/\| Strapi$/, `| ${PRODUCT}`);
  if (next !== title) document.title = next;
}

export function applyBranding(faviconUrl: string): void {
  let icon = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
  if (!icon) {
    icon = document.createElement('link');
    icon.rel = 'icon';
    document.head.appendChild(icon);
  }
  icon.type = 'image/png';
  icon.href = faviconUrl;

  retitle();
  new MutationObserver(retitle).observe(document.head, { childList: true, subtree: true, characterData: true });
}
