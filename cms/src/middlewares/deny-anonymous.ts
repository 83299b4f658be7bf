import type { Core } from '@strapi/strapi';
import { isContentApiPath } from '../auth/content-api-path';

/**
 * Readers never call the content API: the website server does, with its token. So every
 * anonymous /api request is refused before routing (403, same answer for every path), instead of
 * relying on the Public role staying empty and leaking which routes exist. The path check ignores
 * case and encoding tricks (/API/…, //api/…, /api%2F…), because the router does too.
 */
const denyAnonymous: Core.MiddlewareFactory = () => {
  return async (ctx, next) => {
    if (isContentApiPath(ctx.path) && !ctx.get('authorization')) {
      ctx.status = 403;
      ctx.body = {
        data: null,
        error: {
          status: 403,
          name: 'ForbiddenError',
          message: 'The content API is not public: send the API token of the website server.',
          details: {},
        },
      };
      return;
    }
    await next();
  };
};

export default denyAnonymous;
