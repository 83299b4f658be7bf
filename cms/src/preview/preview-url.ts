import { optionalWebSecret } from '../config-support/web-secrets';
import { fixedPagePath, slugPage } from '../site-content/content-types';
import { signedPreviewQuery } from './preview-link';

/**
 * Where the dashboard's "Open preview" button goes. The web's preview entry point checks the
 * link's signature and expiry (preview-link.ts), sets its short-lived preview cookie and redirects
 * to `path`, so the therapist sees the draft on the real page, exactly as readers will see it
 * once published.
 */
export interface PreviewSettings {
  /** Public origin of the website, e.g. http://localhost:3000 (TEND_WEB_URL). */
  webUrl: string;
  /** Shared with the web's preview entry point (TEND_PREVIEW_SECRET); never put in a link. */
  secret: string;
}

/** Reads the slug of a document's draft; null when the document does not exist. */
export type SlugLookup = (uid: string, documentId: string) => Promise<string | null>;

export function previewSettingsFromEnv(env: (key: string) => string | undefined): PreviewSettings | null {
  const webUrl = env('TEND_WEB_URL')?.trim();
  const secret = optionalWebSecret(env('TEND_PREVIEW_SECRET'), 'TEND_PREVIEW_SECRET');
  if (!webUrl || !secret) return null;
  return { webUrl: webUrl.replace(/\/+$/, ''), secret };
}

/** The site-relative page a document is shown on, or null when it has no page of its own. */
export async function previewPath(uid: string, documentId: string | undefined, lookupSlug: SlugLookup): Promise<string | null> {
  const fixed = fixedPagePath(uid);
  if (fixed) return fixed;
  const page = slugPage(uid);
  if (!page || !documentId) return null;
  const slug = await lookupSlug(uid, documentId);
  return slug ? `${page.prefix}${encodeURIComponent(slug)}` : null;
}

export function previewUrl(settings: PreviewSettings, path: string, now = Date.now()): string {
  return `${settings.webUrl}/preview?${signedPreviewQuery(settings.secret, path, now).toString()}`;
}

/** The origin the dashboard must be allowed to frame (admin CSP frame-src). */
export function webOrigin(webUrl: string | undefined): string | null {
  if (!webUrl) return null;
  const url = URL.canParse(webUrl) ? new URL(webUrl) : null;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new Error(`TEND_WEB_URL must be an absolute http(s) URL such as http://localhost:3000, got "${webUrl}".`);
  }
  return url.origin;
}
