// The therapist learns of consultation requests stuck on the website: the dashboard's home page
// asks GET /tend/outbox-status, and one email goes out per incident (not per check or retry).
// The real cms and a real SMTP sink; the website's status route is played by a loopback HTTP
// server (the real one is covered end to end in web/test/e2e/consultation-outbox.test.ts).
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailServer } from '../../../scripts/dev-mail-server.mjs';
import { outboxStatusKey, type OutboxStatus } from '../../src/outbox-watch/web-outbox-status';
import { adminSession } from './support/admin-session';
import { bootCms, type BootedCms } from './support/boot-strapi';
import { listenOnLoopback } from './support/loopback';
import { startMailCapture } from './support/mail-capture';
import { setProcessEnv } from './support/process-env';

const SECRET = 'a-revalidation-secret-of-at-least-32-characters';
const NOTIFY = 'therapist-inbox@tend.test';

const calm: OutboxStatus = {
  waiting: 0,
  stuck: 0,
  refused: 0,
  damaged: 0,
  oldestMinutes: null,
  reasons: {},
  stuckAfterMinutes: 15,
  checkedAt: '2026-11-30T10:00:00.000Z',
};
const stuck: OutboxStatus = { ...calm, waiting: 2, stuck: 2, refused: 2, oldestMinutes: 3, reasons: { 'HTTP 401': 2 } };

let cms: BootedCms;
let mail: MailServer;
let website: Server;
let current: OutboxStatus = calm;
const authorizations: (string | undefined)[] = [];
let restoreEnv = (): void => undefined;

beforeAll(async () => {
  const capture = await startMailCapture();
  mail = capture.mail;
  website = createServer((req, res) => {
    authorizations.push(req.headers.authorization);
    const ok = req.url === '/api/consultation/outbox-status' && req.headers.authorization === `Bearer ${outboxStatusKey(SECRET)}`;
    res.writeHead(ok ? 200 : 401, { 'Content-Type': 'application/json' }).end(ok ? JSON.stringify(current) : '{}');
  });
  const websitePort = await listenOnLoopback(website);
  restoreEnv = setProcessEnv({
    ...capture.smtpEnv,
    TEND_NOTIFY_EMAIL: NOTIFY,
    TEND_WEB_URL: `http://127.0.0.1:${websitePort}`,
    TEND_REVALIDATE_SECRET: SECRET,
  });
  cms = await bootCms();
});

afterAll(async () => {
  await cms?.stop();
  await mail?.close();
  await new Promise((resolve) => website?.close(resolve));
  restoreEnv();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the dashboard shows requests stuck on the website', () => {
  it('is for signed-in dashboard users only', async () => {
    expect((await cms.http.get('/tend/outbox-status')).status).toBe(401);
  });

  it('shows the stuck count and reasons, and emails the therapist once per incident', async () => {
    const session = await adminSession(cms);
    const look = async () => {
      const response = await cms.http.get('/tend/outbox-status').set(...session);
      expect(response.status).toBe(200);
      return response.body as { answer: { kind: string; status?: OutboxStatus }; incident: { openSince: string | null } };
    };

    expect(await look()).toMatchObject({ answer: { kind: 'ok', status: { stuck: 0 } }, incident: { openSince: null } });
    expect(authorizations.at(-1)).toBe(`Bearer ${outboxStatusKey(SECRET)}`);
    expect(authorizations.at(-1)).not.toContain(SECRET);

    current = stuck;
    for (let i = 0; i < 3; i++) {
      expect(await look()).toMatchObject({ answer: { kind: 'ok', status: { stuck: 2, reasons: { 'HTTP 401': 2 } } }, incident: { openSince: expect.any(String) } });
    }
    await mail.waitForMessages(1);
    await pause(500); // a second copy would arrive by now
    expect(mail.messages).toHaveLength(1);
    const message = mail.messages[0]!;
    expect(message.to).toEqual([NOTIFY]);
    expect(message.subject).toBe('Consultation requests are waiting on the website');
    expect(message.text).toContain('2 consultation requests are waiting on the website');
    expect(message.text).toContain('enquiry token');

    // Resolved, then stuck again: a new incident, a second email.
    current = calm;
    expect(await look()).toMatchObject({ incident: { openSince: null } });
    current = stuck;
    await look();
    await look();
    await mail.waitForMessages(2);
    await pause(500);
    expect(mail.messages).toHaveLength(2);
  });

  it('says plainly when the website cannot be asked', async () => {
    const session = await adminSession(cms);
    process.env.TEND_REVALIDATE_SECRET = 'another-secret-that-the-website-does-not-know';
    try {
      const response = await cms.http.get('/tend/outbox-status').set(...session);
      expect(response.body.answer).toEqual({ kind: 'unknown', reason: 'the website answered HTTP 401' });
    } finally {
      process.env.TEND_REVALIDATE_SECRET = SECRET;
    }
  });
});
