import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../server/utils/rate-limit';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('the rate limiter', () => {
  it('allows 5 requests per 10 minutes per client, then says when to come back', () => {
    const time = clock();
    const limiter = createRateLimiter({ max: 5, windowMs: 600_000, now: time.now });
    const decisions = Array.from({ length: 5 }, () => {
      time.advance(1000);
      return limiter.take('203.0.113.7');
    });
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, true, true]);
    expect(decisions.at(-1)).toEqual({ allowed: true, remaining: 0 });
    expect(limiter.take('203.0.113.7')).toEqual({ allowed: false, retryAfterSeconds: 596 });
  });

  it('counts each client on its own', () => {
    const limiter = createRateLimiter({ max: 1, windowMs: 60_000 });
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('b').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
  });

  it('slides: a slot frees up when the oldest request leaves the window', () => {
    const time = clock();
    const limiter = createRateLimiter({ max: 2, windowMs: 10_000, now: time.now });
    limiter.take('a');
    time.advance(6000);
    limiter.take('a');
    expect(limiter.take('a').allowed).toBe(false);
    time.advance(4001);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
  });

  it('does not count refused requests (waiting is enough to be let in again)', () => {
    const time = clock();
    const limiter = createRateLimiter({ max: 1, windowMs: 10_000, now: time.now });
    limiter.take('a');
    for (let i = 0; i < 5; i++) {
      time.advance(1000);
      limiter.take('a');
    }
    expect(limiter.take('a').allowed).toBe(false);
    time.advance(5001);
    expect(limiter.take('a').allowed).toBe(true);
  });

  it('remembers a bounded number of clients, forgetting expired ones first', () => {
    const time = clock();
    const limiter = createRateLimiter({ max: 1, windowMs: 10_000, maxKeys: 3, now: time.now });
    limiter.take('old');
    time.advance(20_000);
    limiter.take('b');
    limiter.take('c');
    limiter.take('d');
    expect(limiter.size()).toBe(3);
    expect(limiter.take('b').allowed).toBe(false);
    for (let i = 0; i < 100; i++) limiter.take(`flood-${i}`);
    expect(limiter.size()).toBeLessThanOrEqual(3);
  });
});
