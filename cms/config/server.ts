import type { Core } from '@strapi/strapi';
import { requireSecretList } from '../src/config-support/secrets';
import cronTasks from './cron-tasks';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  proxy: env.bool('IS_PROXIED', false),
  // Where uploads live (<public>/uploads): a volume of its own in production; `pnpm backup` reads the same setting.
  dirs: { public: env('TEND_PUBLIC_DIR', './public') },
  app: {
    keys: requireSecretList((key) => env(key), 'APP_KEYS'),
  },
  // No call home at start-up: Strapi would otherwise ask the npm registry for a newer version.
  logger: { updates: { enabled: false } },
  // Daily retention of consultation requests (TEND_ENQUIRY_RETENTION_DAYS, default 90) and of the change feed (30 days).
  cron: {
    enabled: true,
    tasks: cronTasks({ env }),
  },
});

export default config;
