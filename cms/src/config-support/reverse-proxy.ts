import type { Core } from '@strapi/strapi';

type ProxyConfig = NonNullable<Core.Config.Server['proxy']>;

/**
 * Behind the TLS proxy (IS_PROXIED=true) Koa must trust X-Forwarded-Proto, so that the dashboard's
 * refresh cookie is marked Secure, and X-Forwarded-For, so that the login lockout counts each
 * reader's own address instead of the proxy's. Only the last address counts: the one our proxy
 * appended. Anything before it was written by the client and may be made up.
 */
export function reverseProxyConfig(isProxied: boolean): ProxyConfig {
  if (!isProxied) return { koa: false };
  return { koa: true, ipHeader: 'X-Forwarded-For', maxIpsCount: 1 };
}
