// The shared counts in a real redis-server (Debian's package) on loopback: two stores stand for
// two web servers. Stopping Redis shows the logged fallback to memory, and the way back.
import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port';
import { createRateLimiter } from '../../server/utils/rate-limit';
import { createRedisRateLimitStore, type RedisRateLimitStore } from '../../server/utils/rate-limit-redis';

let port = 0;
let redis: ChildProcess | undefined;

async function startRedis(): Promise<void> {
  redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    redis!.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('Ready to accept connections') && resolve());
    redis!.once('exit', (code) => reject(new Error(`redis-server exited (${code})`)));
  });
}

async function stopRedis(): Promise<void> {
  if (!redis || redis.exitCode !== null) return;
  const exited = new Promise((resolve) => redis!.once('exit', resolve));
  redis.kill('SIGTERM');
  await exited;
}

const stores: RedisRateLimitStore[] = [];
function server(logs: string[] = []) {
  const store = createRedisRateLimitStore({ url: `redis://127.0.0.1:${port}`, prefix: `test:${process.pid}:`, log: (line) => logs.push(line) });
  stores.push(store);
  return createRateLimiter({ name: 'form', max: 3, windowMs: 60_000, store });
}

beforeAll(async () => {
  port = await freePort();
  await startRedis();
});
afterAll(async () => {
  await Promise.all(stores.map((store) => store.close()));
  await stopRedis();
});

describe('rate limits shared through Redis', () => {
  it('two web servers count one allowance per client', async () => {
    const [first, second] = [server(), server()];
    const decisions = [await first.take('203.0.113.9'), await second.take('203.0.113.9'), await first.take('203.0.113.9'), await second.take('203.0.113.9')];
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
    expect(decisions[3]).toMatchObject({ allowed: false, retryAfterSeconds: 60 });
    // Racing servers cannot both take the last slot.
    const race = await Promise.all([first.take('203.0.113.10'), second.take('203.0.113.10'), first.take('203.0.113.10'), second.take('203.0.113.10')]);
    expect(race.filter((d) => d.allowed)).toHaveLength(3);
  });

  it('falls back to memory, logged once, while Redis is down, and shares again when it is back', async () => {
    const logs: string[] = [];
    const limiter = server(logs);
    expect((await limiter.take('198.51.100.4')).allowed).toBe(true);
    await stopRedis();
    const whileDown = [];
    for (let i = 0; i < 4; i++) whileDown.push((await limiter.take('198.51.100.5')).allowed);
    expect(whileDown, 'still limited, in memory').toEqual([true, true, true, false]);
    expect(logs.filter((line) => line.includes('cannot be reached'))).toHaveLength(1);
    await startRedis();
    let back = false;
    for (let i = 0; i < 50 && !back; i++) {
      await limiter.take(`probe-${i}`);
      back = logs.some((line) => line.includes('Redis is back'));
      if (!back) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(back).toBe(true);
  });
});
