// submit() from the HTML form and the JSON route alike, against a real loopback server standing
// in for the CMS and a real temporary outbox folder.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { postEnquiry } from '../../server/consultation/enquiry-cms';
import { createEnquiryService, newSubmissionId } from '../../server/consultation/enquiry-service';
import { createOutbox } from '../../server/consultation/outbox-worker';
import { createRateLimiter } from '../../server/utils/rate-limit';
import { deadUrl, type LoopbackCms, startLoopbackCms } from './support/loopback-cms';

const form = {
  name: 'Sam Reader',
  email: 'sam@example.org',
  phone: '',
  preferredContact: 'email',
  message: 'Weekday evenings suit me.',
  consent: 'yes',
  website: '',
};

let root: string;
let cms: LoopbackCms;
let logs: string[];

function service(options: { cmsUrl?: string; max?: number } = {}) {
  const target = { cmsUrl: options.cmsUrl ?? cms.url, token: cms.token, timeoutMs: 1000 };
  const send = (payload: Parameters<typeof postEnquiry>[1]) => postEnquiry(target, payload);
  const outbox = createOutbox({ dir: join(root, 'outbox'), send, log: () => undefined, logError: (line) => logs.push(line) });
  const limiter = createRateLimiter({ name: 'enquiry', max: options.max ?? 5, windowMs: 600_000 });
  return createEnquiryService({ limiter, outbox, send, log: (line) => logs.push(line) });
}
const outboxFiles = (folder = '') => readdirSync(join(root, 'outbox', folder)).filter((name) => name.endsWith('.json'));

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'tend-enquiry-test-'));
  cms = await startLoopbackCms();
  logs = [];
});
afterEach(async () => {
  vi.restoreAllMocks();
  await cms.close();
  rmSync(root, { recursive: true, force: true });
});

describe('submitting a consultation request', () => {
  it('stores it in the CMS with a fresh submission id, consent true, without empty optional fields', async () => {
    expect(await service().submit(form, '203.0.113.7')).toEqual({ status: 'accepted' });
    const [stored] = [...cms.stored.values()];
    expect(stored).toEqual({
      name: 'Sam Reader',
      email: 'sam@example.org',
      preferredContact: 'email',
      message: 'Weekday evenings suit me.',
      consent: true,
      submissionId: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
    });
    expect(logs).toEqual([`[enquiry] enquiry stored ${String(stored?.submissionId)}`]);
  });

  it('makes a different base64url submission id each time', () => {
    const ids = new Set(Array.from({ length: 100 }, newSubmissionId));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('saves it in the outbox when the CMS is unreachable, and says "saved", not "accepted"', async () => {
    expect(await service({ cmsUrl: await deadUrl() }).submit(form, 'a')).toEqual({ status: 'saved' });
    expect(outboxFiles()).toHaveLength(1);
    expect(logs).toEqual([expect.stringMatching(/^\[enquiry\] enquiry queued [A-Za-z0-9_-]{22} \(CMS unreachable\)$/)]);
  });

  it('queues it when the CMS answers 5xx', async () => {
    cms.behave({ status: 500 });
    expect(await service().submit(form, 'a')).toEqual({ status: 'saved' });
    expect(outboxFiles()).toHaveLength(1);
  });

  it.each([401, 403, 404, 413])('keeps a request the CMS refuses with %i in the outbox, to be retried, and says "saved"', async (status) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    cms.behave({ status });
    expect(await service().submit(form, 'a')).toEqual({ status: 'saved' });
    expect(outboxFiles()).toHaveLength(1);
    expect(logs.join('\n')).toContain(`refused by the CMS (HTTP ${status}); kept in the outbox and retried`);
  });

  it('keeps a request our own schema accepted but the CMS answered 400 (a bug of ours): never dropped', async () => {
    cms.behave({ status: 400, body: { error: { name: 'ValidationError', details: { errors: [{ path: ['email'], message: 'email must be a valid email' }] } } } });
    expect(await service().submit(form, 'a')).toEqual({ status: 'saved' });
    expect(outboxFiles()).toHaveLength(1);
  });

  it('says "failed", with what was typed, when the outbox cannot save it either (folder not writable)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const blocked = join(root, 'outbox');
    writeFileSync(blocked, 'a file where the folder should be');
    const outcome = await service({ cmsUrl: await deadUrl() }).submit(form, 'a');
    expect(outcome).toEqual({ status: 'failed', values: { ...form, consent: true, website: undefined } });
  });

  it('drops a honeypot hit silently: the same answer, nothing sent, nothing counted', async () => {
    const submitter = service({ max: 1 });
    expect(await submitter.submit({ ...form, website: 'https://spam.example' }, 'a')).toEqual({ status: 'accepted' });
    expect(cms.received).toHaveLength(0);
    expect(await submitter.submit(form, 'a')).toEqual({ status: 'accepted' });
    expect(cms.stored.size).toBe(1);
  });

  it('answers invalid input with one message per field and everything typed, sending nothing', async () => {
    const typed = { ...form, email: 'sam@', consent: '' };
    const outcome = await service().submit(typed, 'a');
    expect(outcome).toEqual({
      status: 'invalid',
      errors: { email: 'Please enter your email address, like name@example.com.', consent: 'Please tick the box to agree to the privacy notice' },
      values: { name: 'Sam Reader', email: 'sam@', phone: '', preferredContact: 'email', message: 'Weekday evenings suit me.', consent: false },
    });
    expect(cms.received).toHaveLength(0);
  });

  it('rate-limits per client after 5 requests, keeping what was typed; invalid attempts do not count', async () => {
    const submitter = service();
    for (let i = 0; i < 3; i++) await submitter.submit({ ...form, email: 'typo' }, 'a');
    for (let i = 0; i < 5; i++) expect(await submitter.submit(form, 'a')).toEqual({ status: 'accepted' });
    const refused = await submitter.submit(form, 'a');
    expect(refused).toMatchObject({ status: 'rate-limited', values: { name: 'Sam Reader' } });
    expect(refused.status === 'rate-limited' && refused.retryAfterSeconds).toBeGreaterThan(590);
    expect(await submitter.submit(form, 'b')).toEqual({ status: 'accepted' });
    expect(cms.stored.size).toBe(6);
  });

  it('never logs the name, the address or the message', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const submitter = service({ cmsUrl: await deadUrl() });
    await submitter.submit(form, 'a');
    cms.behave({ status: 403 });
    await service().submit(form, 'b');
    const everything = [...logs, ...info.mock.calls.flat(), ...error.mock.calls.flat()].map(String).join('\n');
    expect(everything).not.toMatch(/Sam|sam@example|evenings/i);
  });
});
