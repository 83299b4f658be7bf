import path from 'node:path';
import type { Core } from '@strapi/strapi';

type DatabaseConfig = Core.Config.Database;

const config = ({ env }: Core.Config.Shared.ConfigParams): DatabaseConfig => {
  const client = env('DATABASE_CLIENT', 'sqlite');

  if (client === 'postgres') {
    // DATABASE_URL (postgres://user:password@host:port/name) wins over the separate variables.
    const url = env('DATABASE_URL', '') ? new URL(env('DATABASE_URL', '')) : undefined;
    return {
      connection: {
        client: 'postgres',
        connection: {
          host: url?.hostname || env('DATABASE_HOST', '127.0.0.1'),
          port: url?.port ? Number(url.port) : env.int('DATABASE_PORT', 5432),
          database: url ? decodeURIComponent(url.pathname.slice(1)) : env('DATABASE_NAME', 'tend'),
          user: url ? decodeURIComponent(url.username) : env('DATABASE_USERNAME', 'tend'),
          password: url ? decodeURIComponent(url.password) : env('DATABASE_PASSWORD', ''),
          schema: env('DATABASE_SCHEMA', 'public'),
          ssl: env.bool('DATABASE_SSL', false),
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
      },
    };
  }

  if (client !== 'sqlite') {
    throw new Error(`DATABASE_CLIENT must be "sqlite" or "postgres", got "${client}".`);
  }

  return {
    connection: {
      client: 'sqlite',
      connection: {
        filename: path.resolve(process.cwd(), env('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
    },
  };
};

export default config;
