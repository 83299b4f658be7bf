import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isPreviewClient } from '../auth/api-token-specs';
import { cachedAnswer, rememberAnswer } from '../response-cache/published-answers';
import { publishedGeneration } from '../response-cache/published-generation';

/**
 * The populate tree of every public route is decided here, on the server (the LaunchPad
 * pattern), never by the caller: a client-sent `populate` is refused, and drafts are refused
 * to everyone but the preview client, because in Strapi 5 any token with `find` may ask for
 * `status=draft`.
 *
 * Published answers are served from memory while nothing published has changed: authentication
 * and permissions have run before any route middleware, so only allowed callers reach the cache.
 */
export interface ServerQueryConfig {
  populate?: Record<string, unknown>;
}

const ALLOWED_PARAMS = new Set(['filters', 'fields', 'sort', 'pagination', 'status']);

const serverQuery: Core.MiddlewareFactory<ServerQueryConfig> = (config, { strapi }) => {
  return async (ctx, next) => {
    const query = ctx.query as Record<string, unknown>;
    for (const key of Object.keys(query)) {
      if (key === 'populate') {
        throw new errors.ValidationError(
          'The populate parameter is not accepted: this route decides which relations it returns.',
        );
      }
      if (!ALLOWED_PARAMS.has(key)) {
        throw new errors.ValidationError(
          `Unknown query parameter "${key}". Allowed: ${[...ALLOWED_PARAMS].join(', ')}.`,
        );
      }
    }
    const status = query.status;
    if (status !== undefined && status !== 'published' && !isPreviewClient(ctx.state.auth)) {
      // A PolicyError is the one 403 whose message Strapi passes on to the caller.
      throw new errors.PolicyError(
        'Drafts are only available through the preview flow; ask for status=published.',
      );
    }
    query.status = isPreviewClient(ctx.state.auth) && status === 'draft' ? 'draft' : 'published';
    if (config.populate) {
      query.populate = config.populate;
    }
    if (query.status !== 'published' || ctx.method !== 'GET') return next();

    // Read before the answer is computed: a change made meanwhile moves it on, never back.
    const generation = await publishedGeneration(strapi);
    const key = ctx.url;
    const cached = cachedAnswer(key, generation);
    if (cached !== null) {
      ctx.type = 'application/json';
      ctx.body = cached;
      return;
    }
    await next();
    if (ctx.status === 200 && ctx.body !== null && typeof ctx.body === 'object') {
      const json = JSON.stringify(ctx.body);
      rememberAnswer(key, { generation, json });
      ctx.type = 'application/json';
      ctx.body = json;
    }
  };
};

export default serverQuery;
