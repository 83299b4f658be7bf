import type { Core } from '@strapi/strapi';

interface MiddlewareRegistry {
  extend(uid: string, extendFn: (current: Core.MiddlewareFactory) => Core.MiddlewareFactory): unknown;
}

/**
 * No browser calls the cms across origins: the website reads it server to server and the
 * dashboard is served by the cms itself. Yet Strapi 5.54 refuses to start without `strapi::cors`
 * in config/middlewares.ts, and that middleware answers `Access-Control-Allow-Origin: *` to every
 * request that carries no Origin. So the listed middleware is kept and made to add nothing
 * (a factory that returns nothing is skipped by Strapi). Runs in register(), before the server
 * builds its middleware chain.
 */
export function turnOffCors(strapi: Core.Strapi): void {
  const registry = strapi.get('middlewares') as MiddlewareRegistry;
  registry.extend('strapi::cors', () => () => undefined);
}
