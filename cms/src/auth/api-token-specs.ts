import { ENQUIRY_UID } from '../api/enquiry/enquiry-uid';
import { siteContentReadPermissions } from '../site-content/content-types';

/**
 * The website's API tokens: what each may do and which environment variable holds its value.
 * Read by the boot step that provisions them (bootstrap/api-tokens.ts) and by request code that
 * recognises the preview client (middlewares/server-query.ts).
 */
export interface TokenSpec {
  name: string;
  description: string;
  envVar: string;
  permissions: string[];
}

export const WEB_READ_TOKEN: TokenSpec = {
  name: 'Website (read published content)',
  description: 'Used by the website server to read published articles, topics and practice details, and the change feed.',
  envVar: 'TEND_WEB_READ_TOKEN',
  permissions: [
    ...siteContentReadPermissions(),
    // The change feed, for the website's reconciliation.
    'api::content-change.content-change.find',
    'api::article-search.article-search.find',
  ],
};

export const WEB_PREVIEW_TOKEN: TokenSpec = {
  ...WEB_READ_TOKEN,
  name: 'Website preview (drafts)',
  description: 'Used by the website server only in preview mode, to show drafts to signed-in editors.',
  envVar: 'TEND_WEB_PREVIEW_TOKEN',
};

export const ENQUIRY_TOKEN: TokenSpec = {
  name: 'Website consultation form (create only)',
  description: 'Used by the website server to store consultation requests. It cannot read anything.',
  envVar: 'TEND_ENQUIRY_TOKEN',
  permissions: [`${ENQUIRY_UID}.create`],
};

export const ALL_TOKENS = [WEB_READ_TOKEN, WEB_PREVIEW_TOKEN, ENQUIRY_TOKEN];

interface AuthState {
  strategy?: { name?: string };
  credentials?: { name?: string } | null;
}

export function isPreviewClient(auth: unknown): boolean {
  const state = auth as AuthState | undefined;
  return state?.strategy?.name === 'content-api-token' && state.credentials?.name === WEB_PREVIEW_TOKEN.name;
}
