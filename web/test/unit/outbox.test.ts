// The outbox against a real HTTP server on loopback (support/loopback-cms.ts) and a real
// temporary folder: nothing is mocked.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DeliveryResult, type EnquiryPayload, postEnquiry } from '../../server/consultation/enquiry-cms';
import type { OutboxItem } from '../../server/consultation/outbox-store';
import { createOutbox, type OutboxOptions, retryDelayMs } from '../../server/consultation/outbox-worker';
import { deadUrl, type LoopbackCms, startLoopbackCms } from './support/loopback-cms';

const payload = (submissionId: string): EnquiryPayload => ({
  name: 'Sam Reader',
  email: 'sam@example.org',
  preferredContact: 'email',
  message: 'Evenings suit me.',
  consent: true,
  submissionId,
});
const ID_A = 'AAAAAAAAAAAAAAAAAAAAAA';
const ID_B = 'BBBBBBBBBBBBBBBBBBBBBB';
const down = (reason = 'CMS unreachable'): DeliveryResult & { kind: 'retry' } => ({ kind: 'retry', reason });
const refusedWith = (status: number): DeliveryResult & { kind: 'refused' } => ({ kind: 'refused', reason: `HTTP ${status}` });

let dir: string;
let cms: LoopbackCms;
let time: number;
const lines: string[] = [];
const errors: string[] = [];

function outbox(overrides: Partial<OutboxOptions> = {}, url?: string) {
  const target = { cmsUrl: url ?? cms.url, token: cms.token, timeoutMs: 1000 };
  return createOutbox({
    dir,
    send: (p) => postEnquiry(target, p),
    log: (line) => lines.push(line),
    logError: (line) => errors.push(line),
    now: () => time,
    baseDelayMs: 2000,
    maxDelayMs: 600_000,
    ...overrides,
  });
}

const files = (folder = dir) => readdirSync(folder).filter((name) => name.endsWith('.json')).sort();
const readItem = (id: string, folder = dir) => JSON.parse(readFileSync(join(folder, `${id}.json`), 'utf8')) as OutboxItem;

beforeEach(async () => {
  dir = join(mkdtempSync(join(tmpdir(), 'tend-outbox-test-')), 'outbox');
  cms = await startLoopbackCms();
  time = Date.parse('2026-11-28T10:00:00Z');
  lines.length = 0;
  errors.length = 0;
});
afterEach(async () => {
  await cms.close();
  rmSync(join(dir, '..'), { recursive: true, force: true });
});

describe('the outbox on disk', () => {
  it('keeps a request as <submissionId>.json, readable by this user only, with its first retry time', async () => {
    await outbox().enqueue(payload(ID_A), down());
    expect(files()).toEqual([`${ID_A}.json`]);
    expect(readdirSync(dir)).toEqual([`${ID_A}.json`]); // no temporary file left behind
    expect(statSync(join(dir, `${ID_A}.json`)).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(readItem(ID_A)).toEqual({
      version: 1,
      submissionId: ID_A,
      createdAt: '2026-11-28T10:00:00.000Z',
      attempts: 1,
      nextAttemptAt: '2026-11-28T10:00:02.000Z',
      lastError: 'CMS unreachable',
      refused: false,
      payload: payload(ID_A),
    });
  });

  it('waits until an item is due', async () => {
    const box = outbox();
    await box.enqueue(payload(ID_A), down('HTTP 503'));
    expect(await box.deliverDue()).toEqual({ delivered: 0, retrying: 0, refused: 0, waiting: 1 });
    expect(cms.received).toHaveLength(0);
  });

  it('delivers a due item and deletes its file only after the CMS stored it', async () => {
    const box = outbox();
    await box.enqueue(payload(ID_A), down('HTTP 503'));
    time += 2000;
    expect(await box.deliverDue()).toEqual({ delivered: 1, retrying: 0, refused: 0, waiting: 0 });
    expect(files()).toEqual([]);
    expect([...cms.stored.values()]).toEqual([payload(ID_A)]);
    expect(cms.received[0]?.authorization).toBe(`Bearer ${cms.token}`);
    expect(lines).toEqual([`[outbox] enquiry delivered ${ID_A}`]);
  });

  it('backs off exponentially while the CMS is down, up to the cap, keeping the count in the file', async () => {
    const box = outbox({}, await deadUrl());
    await box.enqueue(payload(ID_A), down());
    const waits: number[] = [];
    for (let i = 0; i < 12; i++) {
      time = Date.parse(readItem(ID_A).nextAttemptAt);
      await box.deliverDue();
      waits.push((Date.parse(readItem(ID_A).nextAttemptAt) - time) / 1000);
    }
    expect(waits).toEqual([4, 8, 16, 32, 64, 128, 256, 512, 600, 600, 600, 600]);
    expect(readItem(ID_A)).toMatchObject({ attempts: 13, lastError: 'CMS unreachable' });
    expect(retryDelayMs(1, 2000, 600_000)).toBe(2000);
  });

  it.each([
    ['a 5xx', { status: 503 }, 'HTTP 503'],
    ['a 429', { status: 429 }, 'HTTP 429'],
  ] as const)('retries after %s', async (_, behaviour, reason) => {
    const box = outbox();
    await box.enqueue(payload(ID_A), down());
    cms.behave(behaviour);
    time += 2000;
    expect(await box.deliverDue()).toMatchObject({ retrying: 1, waiting: 1 });
    expect(readItem(ID_A)).toMatchObject({ attempts: 2, lastError: reason });
    time += 4000;
    expect(await box.deliverDue()).toMatchObject({ delivered: 1, waiting: 0 });
    expect(cms.stored.size).toBe(1);
  });

  it('retries after a timeout', async () => {
    const box = outbox();
    await box.enqueue(payload(ID_A), down());
    cms.behave('hang');
    time += 2000;
    expect(await box.deliverDue()).toMatchObject({ retrying: 1 });
    expect(readItem(ID_A).lastError).toBe('timeout');
  });

  it('delivers exactly once when the answer is lost after the CMS stored the request', async () => {
    const box = outbox();
    await box.enqueue(payload(ID_A), down());
    cms.behave('store-then-drop');
    time += 2000;
    expect(await box.deliverDue()).toMatchObject({ retrying: 1 });
    expect(files()).toEqual([`${ID_A}.json`]); // not known to have arrived: kept
    time += 4000;
    expect(await box.deliverDue()).toMatchObject({ delivered: 1, waiting: 0 });
    expect(cms.received).toHaveLength(2);
    expect(cms.stored.size).toBe(1);
    expect(lines.at(-1)).toBe(`[outbox] enquiry delivered ${ID_A} (it had arrived before)`);
  });

  it.each([
    ['400', { status: 400, body: { error: { details: { errors: [{ path: ['email'], message: 'x' }] } } } }],
    ['403', { status: 403 }],
    ['401', { status: 401 }],
    ['404', { status: 404 }],
  ] as const)('keeps a request the CMS refuses with %s and retries it with capped backoff until it is stored', async (code, behaviour) => {
    const box = outbox({ maxDelayMs: 8000 });
    await box.enqueue(payload(ID_A), down());
    cms.behave(behaviour, behaviour, behaviour, behaviour);
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      time = Date.parse(readItem(ID_A).nextAttemptAt);
      expect(await box.deliverDue()).toEqual({ delivered: 0, retrying: 1, refused: 1, waiting: 1 });
      waits.push((Date.parse(readItem(ID_A).nextAttemptAt) - time) / 1000);
    }
    expect(waits).toEqual([4, 8, 8, 8]);
    expect(readItem(ID_A)).toMatchObject({ refused: true, lastError: `HTTP ${code}`, payload: payload(ID_A) });
    expect(errors.at(-1)).toMatch(new RegExp(`^\\[outbox\\] enquiry ${ID_A} not delivered \\(HTTP ${code}\\), attempt 5; kept`));
    // The cause is fixed (the token, the address): the next attempt stores it, once.
    time = Date.parse(readItem(ID_A).nextAttemptAt);
    expect(await box.deliverDue()).toMatchObject({ delivered: 1, waiting: 0 });
    expect([...cms.stored.values()]).toEqual([payload(ID_A)]);
    expect(files()).toEqual([]);
  });

  it('keeps a request refused on its first attempt in the outbox, marked refused, due for a retry', async () => {
    await outbox().enqueue(payload(ID_A), refusedWith(403));
    expect(files()).toEqual([`${ID_A}.json`]);
    expect(readItem(ID_A)).toMatchObject({ refused: true, lastError: 'HTTP 403', nextAttemptAt: '2026-11-28T10:00:02.000Z' });
    expect(statSync(join(dir, `${ID_A}.json`)).mode & 0o777).toBe(0o600);
  });

  it('moves an unreadable file to damaged/ and goes on with the others', async () => {
    const box = outbox();
    await box.enqueue(payload(ID_B), down());
    writeFileSync(join(dir, `${ID_A}.json`), '{"version":1,"trunc');
    time += 2000;
    expect(await box.deliverDue()).toEqual({ delivered: 1, retrying: 0, refused: 0, waiting: 0 });
    expect(files(join(dir, 'damaged'))).toEqual([`${ID_A}.json`]);
  });

  it('puts requests an earlier version parked in failed/ back in the outbox at start-up, and delivers them', async () => {
    const old = outbox();
    await old.enqueue(payload(ID_A), refusedWith(403));
    mkdirSync(join(dir, 'failed'), { mode: 0o700 });
    renameSync(join(dir, `${ID_A}.json`), join(dir, 'failed', `${ID_A}.json`));
    time += 2000;
    const after = outbox({ pollMs: 20 });
    after.start();
    await expect.poll(() => cms.stored.size, { timeout: 5000 }).toBe(1);
    await after.stop();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('stopping (SIGTERM) waits for a write in progress: the file is whole, no temporary file is left', async () => {
    const box = outbox();
    const writing = box.enqueue(payload(ID_A), down());
    await box.stop();
    expect(readdirSync(dir)).toEqual([`${ID_A}.json`]);
    expect(readItem(ID_A).payload).toEqual(payload(ID_A));
    await writing;
  });

  it('sends each request once even when runs are asked for concurrently', async () => {
    const box = outbox();
    await box.enqueue(payload(ID_A), down());
    await box.enqueue(payload(ID_B), down());
    time += 2000;
    await Promise.all([box.deliverDue(), box.deliverDue(), box.deliverDue()]);
    expect(cms.received).toHaveLength(2);
    expect(cms.stored.size).toBe(2);
  });

  it('survives a restart: a new server process delivers what the old one left, at start-up', async () => {
    const before = outbox({}, await deadUrl());
    await before.enqueue(payload(ID_A), down());
    await before.enqueue(payload(ID_B), down());
    await before.stop();
    writeFileSync(join(dir, `.${ID_A}.0123456789ab.tmp`), '{"half');
    time += 2000;
    const after = outbox({ pollMs: 20 });
    after.start();
    await expect.poll(() => cms.stored.size, { timeout: 5000 }).toBe(2);
    await expect.poll(() => files(), { timeout: 5000 }).toEqual([]);
    await after.stop();
  });

  it('keeps trying every few seconds while requests wait, and stops looking when none are left', async () => {
    time = Date.now();
    const box = createOutbox({
      dir,
      send: (p) => postEnquiry({ cmsUrl: cms.url, token: cms.token, timeoutMs: 1000 }, p),
      log: (line) => lines.push(line),
      baseDelayMs: 50,
      pollMs: 30,
    });
    box.start();
    cms.behave({ status: 503 }, { status: 502 });
    await box.enqueue(payload(ID_A), down());
    await expect.poll(() => cms.stored.size, { timeout: 5000 }).toBe(1);
    expect(cms.received).toHaveLength(3);
    const count = cms.received.length;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(cms.received).toHaveLength(count);
    await box.stop();
  });
});
