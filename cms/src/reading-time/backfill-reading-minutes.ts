import type { Core } from '@strapi/strapi';
import { readingMinutes } from './reading-minutes';

const ARTICLE = 'api::article.article';
const BATCH = 200;

interface Row {
  id: number;
  body: unknown;
}

/**
 * Articles saved before `readingMinutes` existed have none: computed once at boot, straight in
 * the table (draft and published rows alike, so nothing is republished and no webhook fires).
 * A boot with nothing left to fill costs one small query.
 */
export async function backfillReadingMinutes(strapi: Core.Strapi): Promise<number> {
  const articles = strapi.db.query(ARTICLE);
  let filled = 0;
  for (;;) {
    const rows = (await articles.findMany({
      where: { readingMinutes: { $null: true } },
      select: ['id', 'body'],
      orderBy: { id: 'asc' },
      limit: BATCH,
    })) as Row[];
    if (rows.length === 0) break;
    await strapi.db.transaction(async () => {
      for (const row of rows) {
        await articles.update({ where: { id: row.id }, data: { readingMinutes: readingMinutes(row.body) } });
      }
    });
    filled += rows.length;
  }
  if (filled > 0) strapi.log.info(`[tend] reading time computed for ${filled} existing article row(s).`);
  return filled;
}
