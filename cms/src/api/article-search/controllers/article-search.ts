import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { parseQuery } from '../../../search/query-parser';
import { searchArticles } from '../../../search/search-articles';

export const MAX_QUERY_LENGTH = 200;
/** Far beyond any real archive (10 a page): a bound, so a crafted page number costs nothing. */
const MAX_PAGE = 1000;

function readQuery(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') throw new errors.ValidationError('Give a search query: q=…');
  if (value.length > MAX_QUERY_LENGTH) {
    throw new errors.ValidationError(`The search query is longer than ${MAX_QUERY_LENGTH} characters.`);
  }
  return value.trim();
}

function readPage(value: unknown): number {
  if (value === undefined) return 1;
  const page = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(page) || page < 1 || page > MAX_PAGE) {
    throw new errors.ValidationError(`page must be a whole number from 1 to ${MAX_PAGE}.`);
  }
  return page;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: { query: Record<string, unknown>; body: unknown }) {
    const { q, page, status, ...rest } = ctx.query;
    const unknown = Object.keys(rest);
    if (unknown.length > 0) throw new errors.ValidationError(`Unknown query parameter "${unknown[0]}". Allowed: q, page, status.`);
    // The index holds published articles only; the website sends status=published with every read.
    if (status !== undefined && status !== 'published') {
      throw new errors.PolicyError('Search covers published articles only; ask for status=published.');
    }
    ctx.body = await searchArticles(strapi, parseQuery(readQuery(q)), readPage(page));
  },
});
