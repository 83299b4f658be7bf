// Two web servers' shared storage against a real redis-server (Debian's package) that is stopped
// and started again on the same port: nothing is mocked.
import { createStorage, type Storage } from 'unstorage';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRedisWithFallback, type ReturnContext } from '../../server/utils/redis-with-fallback';
import { RedisServer } from './support/redis-server';

let redis: RedisServer;
const opened: Storage[] = [];

function server(returns: ReturnContext[] = [], log: string[] = []) {
  const shared = createRedisWithFallback({
    url: redis.url,
    base: `test-${Math.random().toString(36).slice(2)}`,
    fallbackMaxBytes: 1024 * 1024,
    log: (line) => log.push(line),
    onReturn: async (store, context) => {
      returns.push(context);
      await store.setItem!('returned', 'yes', {});
    },
  });
  const storage = createStorage({ driver: shared.driver });
  opened.push(storage);
  return { storage, usingRedis: shared.usingRedis, base: shared.driver.options };
}

async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting until ${what}`);
}

beforeAll(async () => {
  redis = await RedisServer.start();
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((storage) => storage.dispose()));
  await redis.startAgain().catch(() => undefined);
});
afterAll(async () => {
  await redis.dispose();
});

describe('storage shared through Redis with a local fallback', () => {
  it('lets two servers sharing one Redis see each other\'s writes at once', async () => {
    const a = server();
    await until(a.usingRedis, 'the first server uses Redis');
    const options = a.base as { base: string };
    const b = createStorage({
      driver: createRedisWithFallback({ url: redis.url, base: options.base, fallbackMaxBytes: 1024, onReturn: async () => {}, log: () => {} }).driver,
    });
    opened.push(b);
    await until(async () => (await b.getItem('returned')) === 'yes', 'the second server reads Redis');
    await a.storage.setItem('tags:article:one', 'v2');
    expect(await b.getItem('tags:article:one')).toBe('v2');
  });

  it('keeps answering from memory while Redis is down, and says so once, not per request', async () => {
    const log: string[] = [];
    const { storage, usingRedis } = server([], log);
    await until(usingRedis, 'the server uses Redis');
    await redis.stop();
    // Requests spread over two seconds, while the client keeps trying to reconnect.
    for (let request = 0; request < 40; request += 1) {
      await storage.setItem(`page:${request % 5}`, `body ${request}`);
      expect(await storage.getItem(`page:${request % 5}`)).toBe(`body ${request}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(usingRedis()).toBe(false);
    const outageLines = log.filter((line) => line.includes('Redis stopped answering') || line.includes('not reachable'));
    expect(outageLines).toHaveLength(1);
  });

  it('prepares Redis when it returns, and never serves what was kept locally during the outage', async () => {
    const returns: ReturnContext[] = [];
    const log: string[] = [];
    const { storage, usingRedis } = server(returns, log);
    await until(usingRedis, 'the server uses Redis');
    await storage.setItem('tags:all', 'v1');
    await redis.stop();
    await storage.setItem('tags:all', 'purged-while-away');
    expect(await storage.getItem('tags:all')).toBe('purged-while-away');

    await redis.startAgain();
    await until(usingRedis, 'the server uses Redis again');
    // The Redis that came back is empty (no persistence here): the local value is not served.
    expect(await storage.getItem('tags:all')).toBeNull();
    expect(await storage.getItem('returned')).toBe('yes');
    expect(returns.at(-1)).toEqual({ wasConnectedBefore: true, writtenWhileAway: ['tags:all'] });
    expect(log.filter((line) => line.startsWith('[shared-storage] Redis is back')), log.join('\n')).toHaveLength(1);
  });

  it('starts without Redis and joins it when it appears', async () => {
    await redis.stop();
    const returns: ReturnContext[] = [];
    const { storage, usingRedis } = server(returns);
    await storage.setItem('tags:article:two', 'local');
    expect(await storage.getItem('tags:article:two')).toBe('local');
    await redis.startAgain();
    await until(usingRedis, 'the server uses Redis');
    expect(returns).toEqual([{ wasConnectedBefore: false, writtenWhileAway: ['tags:article:two'] }]);
  });
});
