import type { Core } from '@strapi/strapi';
import { createPostgresStore } from './postgres-store';
import type { SearchStore } from './search-store';
import { createSqliteStore } from './sqlite-store';

type Knex = Core.Strapi['db']['connection'];

/** The index of the database Strapi runs on, through `db` (a transaction when given one). */
export function storeFor(strapi: Core.Strapi, db: Knex = strapi.db.connection): SearchStore {
  const client = strapi.db.dialect.client;
  if (client === 'postgres') return createPostgresStore(db);
  if (client === 'sqlite') return createSqliteStore(db);
  throw new Error(`Article search supports SQLite and PostgreSQL, not "${client}".`);
}
