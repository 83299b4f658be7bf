import { describe, expect, it } from 'vitest';
import { createMemoryRateLimitStore, createRateLimiter, withSiteWideCeiling } from '../../server/utils/rate-limit';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const allowed = async (decisions: Promise<{ allowed: boolean }>[]) => (await Promise.all(decisions)).map((d) => d.allowed);

describe('the rate limiter', () => {
  it('allows 5 requests per 10 minutes per client, then says when to come back', async () => {
    const time = clock();
    const limiter = createRateLimiter({ name: 'form', max: 5, windowMs: 600_000, now: time.now });
    const decisions = [];
    for (let i = 0; i < 5; i++) {
      time.advance(1000);
      decisions.push(await limiter.take('203.0.113.7'));
    }
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, true, true]);
    expect(decisions.at(-1)).toEqual({ allowed: true, remaining: 0 });
    expect(await limiter.take('203.0.113.7')).toEqual({ allowed: false, retryAfterSeconds: 596 });
  });

  it('counts each client on its own, and each limiter on its own in a shared store', async () => {
    const store = createMemoryRateLimitStore();
    const form = createRateLimiter({ name: 'form', max: 1, windowMs: 60_000, store });
    const preview = createRateLimiter({ name: 'preview', max: 1, windowMs: 60_000, store });
    expect(await allowed([form.take('a'), form.take('b'), preview.take('a')])).toEqual([true, true, true]);
    expect((await form.take('a')).allowed).toBe(false);
  });

  it('slides: a slot frees up when the oldest request leaves the window', async () => {
    const time = clock();
    const limiter = createRateLimiter({ name: 'form', max: 2, windowMs: 10_000, now: time.now });
    await limiter.take('a');
    time.advance(6000);
    await limiter.take('a');
    expect((await limiter.take('a')).allowed).toBe(false);
    time.advance(4001);
    expect((await limiter.take('a')).allowed).toBe(true);
    expect((await limiter.take('a')).allowed).toBe(false);
  });

  it('does not count refused requests (waiting is enough to be let in again)', async () => {
    const time = clock();
    const limiter = createRateLimiter({ name: 'form', max: 1, windowMs: 10_000, now: time.now });
    await limiter.take('a');
    for (let i = 0; i < 5; i++) {
      time.advance(1000);
      await limiter.take('a');
    }
    expect((await limiter.take('a')).allowed).toBe(false);
    time.advance(5001);
    expect((await limiter.take('a')).allowed).toBe(true);
  });

  it('remembers a bounded number of clients, forgetting expired ones first', async () => {
    const time = clock();
    const store = createMemoryRateLimitStore(3);
    const limiter = createRateLimiter({ name: 'form', max: 1, windowMs: 10_000, store, now: time.now });
    await limiter.take('old');
    time.advance(20_000);
    await limiter.take('b');
    await limiter.take('c');
    await limiter.take('d');
    expect(store.size()).toBe(3);
    expect((await limiter.take('b')).allowed).toBe(false);
    for (let i = 0; i < 100; i++) await limiter.take(`flood-${i}`);
    expect(store.size()).toBeLessThanOrEqual(3);
  });
});

describe('the site-wide ceiling', () => {
  const limits = (perClient: number, ceiling: number) => {
    const time = clock();
    const store = createMemoryRateLimitStore();
    const limiter = withSiteWideCeiling(
      createRateLimiter({ name: 'form', max: perClient, windowMs: 600_000, store, now: time.now }),
      createRateLimiter({ name: 'form-all', max: ceiling, windowMs: 600_000, store, now: time.now }),
    );
    return { limiter, time };
  };

  it('stops many /64 networks, each within its own allowance, at the ceiling', async () => {
    const { limiter } = limits(5, 12);
    const networks = Array.from({ length: 10 }, (_, i) => `2001:db8:${i.toString(16)}::/64`);
    const decisions = [];
    for (const network of networks) for (let i = 0; i < 2; i++) decisions.push(await limiter.take(network));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(12);
    expect(decisions.at(-1)).toMatchObject({ allowed: false });
    expect(decisions.at(-1)?.allowed === false && decisions.at(-1)).toMatchObject({ retryAfterSeconds: 600 });
  });

  it('is not used up by one client’s refused requests', async () => {
    const { limiter } = limits(2, 3);
    for (let i = 0; i < 20; i++) await limiter.take('198.51.100.1');
    expect((await limiter.take('198.51.100.2')).allowed, 'another reader still gets through').toBe(true);
  });
});
