import { env } from '@strapi/utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import adminConfig from '../../config/admin';
import pluginsConfig from '../../config/plugins';
import serverConfig from '../../config/server';

const long = (character: string, length = 32): string => character.repeat(length);

const GOOD: Record<string, string> = {
  APP_KEYS: [long('a'), long('b', 44)].join(','),
  ADMIN_JWT_SECRET: long('c'),
  API_TOKEN_SALT: long('d'),
  TRANSFER_TOKEN_SALT: long('e'),
  JWT_SECRET: long('f'),
  ENCRYPTION_KEY: long('g'),
};

/** Loads the three config files that read secrets, as Strapi does at boot. */
function loadConfig(): void {
  adminConfig({ env });
  serverConfig({ env });
  pluginsConfig({ env });
}

let saved: NodeJS.ProcessEnv;
beforeEach(() => {
  saved = { ...process.env };
  Object.assign(process.env, GOOD);
});
afterEach(() => {
  process.env = saved;
});

describe('the cms refuses to start with a short secret', () => {
  it('starts when every secret has at least 32 characters', () => {
    expect(loadConfig).not.toThrow();
  });

  it.each(['ADMIN_JWT_SECRET', 'API_TOKEN_SALT', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'])(
    'names %s when it has 31 characters',
    (name) => {
      process.env[name] = long('x', 31);
      expect(loadConfig).toThrow(`${name} is too short: 31 characters, at least 32 are needed.`);
    },
  );

  it('names APP_KEYS when one of its keys is short', () => {
    process.env.APP_KEYS = [long('a'), 'short-key'].join(',');
    expect(loadConfig).toThrow('APP_KEYS (key 2 of 2) is too short: 9 characters, at least 32 are needed.');
  });

  it('says how to generate one', () => {
    process.env.JWT_SECRET = 'changeme';
    expect(loadConfig).toThrow(/openssl rand -base64 32/);
  });

  it('still names a missing secret', () => {
    delete process.env.JWT_SECRET;
    expect(loadConfig).toThrow('JWT_SECRET is not set.');
  });
});
