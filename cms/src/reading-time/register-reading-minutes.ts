import type { Core } from '@strapi/strapi';
import { readingMinutes } from './reading-minutes';

const ARTICLE = 'api::article.article';

type DocumentMiddleware = Parameters<Core.Strapi['documents']['use']>[0];

interface SaveParams {
  data?: Record<string, unknown>;
}

/**
 * Every article save (dashboard, API, seed, generator) stores the reading time of the body it
 * saves, so lists can show it without fetching bodies. Nobody sets it by hand: a value sent
 * without a body is dropped, and the saved body always wins. Publishing copies the draft's value.
 */
export function registerReadingMinutes(strapi: Core.Strapi): void {
  const middleware: DocumentMiddleware = async (context, next) => {
    if (context.uid !== ARTICLE || (context.action !== 'create' && context.action !== 'update')) return next();
    const params = context.params as SaveParams;
    if (params.data && typeof params.data === 'object') {
      const { readingMinutes: _ignored, ...data } = params.data;
      // A new draft may start without a body; it still gets a value (1), so no row is ever without one.
      if ('body' in data || context.action === 'create') data.readingMinutes = readingMinutes(data.body);
      params.data = data;
    }
    return next();
  };
  strapi.documents.use(middleware);
}
