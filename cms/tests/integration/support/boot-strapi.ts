import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import supertest from 'supertest';
import { createTestDatabase } from './test-database';

const require = createRequire(import.meta.url);
const appDir = path.resolve(__dirname, '../../..');

export interface BootedCms {
  strapi: Core.Strapi;
  http: ReturnType<typeof supertest>;
  tokens: { read: string; preview: string; enquiry: string };
  database: string;
  stop(): Promise<void>;
}

const secret = (bytes = 32): string => randomBytes(bytes).toString('hex');

/**
 * Boots the real Strapi app in-process on a fresh database, with real HTTP through supertest.
 * The environment is set the way an operator would set it in production: secrets and tokens.
 * `env` overrides or adds variables (e.g. NODE_ENV=production and IS_PROXIED=true).
 */
export async function bootCms(env: Record<string, string> = {}): Promise<BootedCms> {
  const database = await createTestDatabase();
  const tokens = { read: secret(), preview: secret(), enquiry: secret() };
  Object.assign(process.env, database.env, {
    NODE_ENV: 'test',
    STRAPI_LOG_LEVEL: process.env.STRAPI_LOG_LEVEL ?? 'warn',
    STRAPI_TELEMETRY_DISABLED: 'true',
    HOST: '127.0.0.1',
    PORT: '0',
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    TEND_WEB_READ_TOKEN: tokens.read,
    TEND_WEB_PREVIEW_TOKEN: tokens.preview,
    TEND_ENQUIRY_TOKEN: tokens.enquiry,
    TEND_SEED_DIR: path.join(appDir, 'seed'),
    // The website as the cms sees it; a test may set its own values before booting.
    TEND_WEB_URL: process.env.TEND_WEB_URL ?? 'http://localhost:3000',
    TEND_PREVIEW_SECRET: process.env.TEND_PREVIEW_SECRET ?? secret(),
    TEND_WEB_REVALIDATE_URL: process.env.TEND_WEB_REVALIDATE_URL ?? 'http://127.0.0.1:9/api/revalidate',
    TEND_REVALIDATE_SECRET: process.env.TEND_REVALIDATE_SECRET ?? secret(),
    ...env,
  });

  const { createStrapi } = require('@strapi/strapi') as {
    createStrapi: (options: Record<string, unknown>) => { load(): Promise<Core.Strapi> };
  };
  const strapi = await createStrapi({
    appDir,
    distDir: path.join(appDir, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  }).load();
  strapi.log.level = 'warn';
  await strapi.server.mount();

  return {
    strapi,
    http: supertest(strapi.server.httpServer),
    tokens,
    database: database.label,
    stop: async () => {
      await settle(strapi);
      await strapi.destroy();
      await database.drop();
    },
  };
}

interface PoolStats {
  numUsed(): number;
  numPendingAcquires(): number;
}

/**
 * Strapi's event subscribers (e.g. content releases re-checking entries after a publish) query
 * the database after the call that fired the event has returned. After a burst of publishes a
 * few may still be queued; destroying the pool under them fails the run with "aborted" (seen on
 * PostgreSQL). Give them a moment, up to 5 s, to finish.
 */
async function settle(strapi: Core.Strapi): Promise<void> {
  const pool = (strapi.db.connection.client as { pool?: PoolStats }).pool;
  const busy = () => (pool ? pool.numUsed() + pool.numPendingAcquires() > 0 : false);
  await new Promise((resolve) => setTimeout(resolve, 100));
  for (let waited = 0; busy() && waited < 5_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
}

export const bearer = (token: string): [string, string] => ['Authorization', `Bearer ${token}`];
