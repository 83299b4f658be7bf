import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MailServer, ReceivedMail } from '../../../scripts/dev-mail-server.mjs';
import { adminSession } from './support/admin-session';
import { bearer, bootCms, type BootedCms } from './support/boot-strapi';
import { listenOnLoopback } from './support/loopback';
import { startMailCapture } from './support/mail-capture';
import { setProcessEnv } from './support/process-env';

const ENQUIRY = 'api::enquiry.enquiry';
const NOTIFY = 'therapist-inbox@tend.test';
const PUBLIC_URL = 'https://cms.tend.test';

// Distinctive values, so that any trace of them in a mail or a log line is found.
const person = {
  name: 'Zelda Quernby',
  email: 'zelda.quernby@example.org',
  phone: '+44 7700 900123',
  preferredContact: 'phone',
  message: 'Xylophonic worries since Candlemas',
  consent: true,
};
const PERSONAL = ['Zelda', 'Quernby', 'zelda.quernby', 'example.org', '7700', '900123', 'Xylophonic', 'Candlemas'];

const dashboardLink = (documentId: string): string =>
  `${PUBLIC_URL}/admin/content-manager/collection-types/${ENQUIRY}/${documentId}`;

let cms: BootedCms;
let mail: MailServer;
let smtpPort: number;
let restoreEnv = (): void => undefined;

beforeAll(async () => {
  const capture = await startMailCapture();
  mail = capture.mail;
  smtpPort = mail.port;
  restoreEnv = setProcessEnv({ ...capture.smtpEnv, EMAIL_REPLY_TO: 'practice@tend.test', TEND_NOTIFY_EMAIL: NOTIFY, PUBLIC_URL });
  cms = await bootCms();
});

afterAll(async () => {
  await cms?.stop();
  await mail?.close();
  restoreEnv();
});

const submit = () =>
  cms.http
    .post('/api/enquiries')
    .set(...bearer(cms.tokens.enquiry))
    .send({ data: person });

/** Records the CMS's error log lines (without printing them). */
const quietErrorLog = () => vi.spyOn(cms.strapi.log, 'error').mockImplementation(() => cms.strapi.log);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function only(message: ReceivedMail | undefined): ReceivedMail {
  if (!message) throw new Error('no mail received');
  return message;
}

function expectNoPersonalData(message: ReceivedMail): void {
  for (const value of PERSONAL) {
    expect(message.subject).not.toContain(value);
    expect(message.text).not.toContain(value);
    // Every header and every part (plain text and HTML), as it went over the wire.
    expect(message.raw).not.toContain(value);
  }
}

describe('the therapist is emailed about a new consultation request', () => {
  it('sends exactly one email with the dashboard link and nothing the person wrote', async () => {
    const response = await submit();
    expect(response.status).toBe(201);
    const { documentId } = response.body.data as { documentId: string };

    await mail.waitForMessages(1);
    await pause(500); // a second copy would arrive by now
    expect(mail.messages).toHaveLength(1);
    const message = only(mail.messages[0]);

    expect(message.to).toEqual([NOTIFY]);
    expect(message.from).toContain('no-reply@tend.test');
    expect(message.headers['reply-to']).toContain('practice@tend.test');
    expect(message.subject).toBe('New consultation request');
    expect(message.text).toContain(dashboardLink(documentId));
    expect(message.text).toMatch(/arrived on \w+day, \d{1,2} \w+ \d{4} at \d{2}:\d{2} (GMT|BST)\./);
    expectNoPersonalData(message);
  });

  it('sends nothing for a request typed into the dashboard: requests only come from the website', async () => {
    const session = await adminSession(cms);
    const before = mail.messages.length;
    const response = await cms.http
      .post(`/content-manager/collection-types/${ENQUIRY}`)
      .set(...session)
      .send(person);
    expect(response.status).toBe(403);
    await pause(300);
    expect(mail.messages).toHaveLength(before);
  });

  it('stores the request (201) when the SMTP server is down, and logs no personal data', async () => {
    await mail.close();
    const errors = quietErrorLog();
    try {
      const response = await submit();
      expect(response.status).toBe(201);
      const { documentId } = response.body.data as { documentId: string };
      const stored = await cms.strapi.db.query(ENQUIRY).findOne({ where: { documentId } });
      expect(stored).toMatchObject({ name: person.name, requestStatus: 'new' });

      await vi.waitFor(() => expect(errors).toHaveBeenCalled(), { timeout: 15_000 });
      const logged = errors.mock.calls.map((call) => call.map(String).join(' ')).join('\n');
      expect(logged).toContain(documentId);
      expect(logged).toContain('was not sent');
      for (const value of PERSONAL) expect(logged).not.toContain(value);
      expect(logged).not.toContain(NOTIFY);
    } finally {
      errors.mockRestore();
    }
  });

  it('answers at once while the SMTP server hangs', async () => {
    // Accepts connections on the configured port and never says hello.
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
    });
    await listenOnLoopback(silent, smtpPort);
    const errors = quietErrorLog();
    try {
      const started = Date.now();
      const response = await submit();
      const elapsed = Date.now() - started;
      expect(response.status).toBe(201);
      expect(elapsed).toBeLessThan(2_000);
      await vi.waitFor(() => expect(sockets.size).toBe(1), { timeout: 5_000 });
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
      // The dropped connection is reported as a failed send, not as a crash.
      await vi.waitFor(() => expect(errors).toHaveBeenCalled(), { timeout: 15_000 });
      errors.mockRestore();
    }
  });
});
