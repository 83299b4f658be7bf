// Nothing lost: while the CMS is down or refuses the website's enquiry token, a consultation
// request waits in the web's outbox on disk (the reader is told it is saved, not sent) and
// arrives exactly once when the cause is gone, also across a restart of the web; the dashboard
// shows how many are stuck; when even the outbox cannot keep it, the reader is told it was NOT
// sent and where to write or call instead; old copies go after the retention period.
// A stack of its own: this file stops and starts both servers.
import { mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Admin } from './support/admin';
import { launch, visit } from './support/browser';
import { asForm, enquiriesFrom, fillForm, formFields, postFrom, type Reader, uniqueReader, waitForEnhancedForm } from './support/consultation';
import { failureLog } from './support/context';
import { get } from './support/http';
import { RETENTION_DAYS, Stack, type WebOverrides } from './support/stack';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('consultation requests while the CMS is down', () => {
  let stack: Stack;
  let outboxDir: string;
  const waiting = () => readdirSync(outboxDir).filter((name) => name.endsWith('.json'));

  beforeAll(async () => {
    stack = await Stack.start();
    failureLog.file = stack.logFile;
    // NUXT_OUTBOX_DIR is not set: the default, .data/outbox under the web's working directory.
    outboxDir = join(stack.runDir, 'web', '.data', 'outbox');
    // Pages served once stay available from the web's cache while the CMS is down.
    for (const path of ['/consultation', '/consultation/thanks', '/consultation/saved']) expect((await get(stack.webUrl, path)).status).toBe(200);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  async function sendWithJavaScript(reader: Reader): Promise<void> {
    const browser = await launch(stack.webUrl);
    try {
      const page = await browser.newPage();
      await visit(page, `${stack.webUrl}/consultation`);
      await waitForEnhancedForm(page);
      await fillForm(page, { ...reader, consent: true });
      await Promise.all([page.waitForURL(`${stack.webUrl}/consultation/saved`), page.getByRole('button', { name: 'Send request' }).click()]);
      const heading = await page.getByRole('heading', { level: 1 }).innerText();
      expect(heading).toMatch(/your request is saved and will reach Maya Ellison/i);
      expect(heading, 'never "sent" when it has not reached the therapist').not.toMatch(/sent/i);
    } finally {
      await browser.close();
    }
  }

  /** The web restarted with these settings (the CMS keeps running). */
  async function restartWeb(overrides: WebOverrides = {}): Promise<void> {
    await stack.stopWeb();
    await stack.startWeb(overrides);
  }

  /** Arrives, and stays exactly one, while the outbox empties. */
  async function expectDeliveredOnce(reader: Reader): Promise<void> {
    const admin = await Admin.signIn(stack.info());
    await expect.poll(async () => (await enquiriesFrom(admin, reader.email)).length, { timeout: 60_000, interval: 1000 }).toBe(1);
    await expect.poll(waiting, { timeout: 10_000 }).toEqual([]);
    await sleep(3000);
    const stored = await enquiriesFrom(admin, reader.email);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ name: reader.name, email: reader.email, message: reader.message, consent: true });
  }

  test('CMS stopped → request saved on disk (the reader is told so) → CMS started → it arrives exactly once', async () => {
    const reader = uniqueReader('outbox');
    await stack.stopCms();
    await sendWithJavaScript(reader);

    const files = waiting();
    expect(files).toHaveLength(1);
    const file = join(outboxDir, files[0]!);
    expect(statSync(file).mode & 0o777, 'readable by the web server only').toBe(0o600);
    const item = JSON.parse(readFileSync(file, 'utf8'));
    expect(item).toMatchObject({ attempts: expect.any(Number), payload: { email: reader.email, consent: true } });
    expect(files[0]).toBe(`${item.submissionId}.json`);

    const log = readFileSync(stack.logFile, 'utf8');
    expect(log).toContain(`enquiry queued ${item.submissionId}`);
    for (const personal of [reader.name, reader.email, reader.message]) expect(log.includes(personal), 'the log holds no personal data').toBe(false);

    await stack.startCms();
    await expectDeliveredOnce(reader);
    expect(readFileSync(stack.logFile, 'utf8')).toContain(`[outbox] enquiry delivered ${item.submissionId}`);
  });

  test('it survives a restart of the web: delivered at start-up once the CMS is back', async () => {
    const reader = uniqueReader('restart');
    await stack.stopCms();
    await sendWithJavaScript(reader);
    expect(waiting()).toHaveLength(1);
    await stack.stopWeb();
    await stack.startCms();
    await stack.startWeb();
    await expectDeliveredOnce(reader);
  });

  test('a wrong enquiry token: saved, not lost; the dashboard shows it stuck; it arrives once the token is right', async () => {
    const reader = uniqueReader('token');
    await restartWeb({ NUXT_CMS_ENQUIRY_TOKEN: 'a-wrong-or-rotated-token-of-64-characters-0123456789abcdefghijkl' });
    await sendWithJavaScript(reader);
    const [file] = waiting();
    expect(file).toBeDefined();
    // Without JavaScript: the page's own POST goes to the same "saved" page (post/redirect/get).
    const withoutJs = uniqueReader('token-nojs');
    const posted = await postFrom(stack.webUrl, '/consultation', asForm(formFields(withoutJs)), 'application/x-www-form-urlencoded');
    expect([posted.status, posted.headers.location]).toEqual([303, '/consultation/saved']);
    expect(JSON.parse(readFileSync(join(outboxDir, file!), 'utf8'))).toMatchObject({ refused: true, lastError: 'HTTP 401' });

    // The dashboard's home page widget asks the cms, which asks the website with the shared key.
    const admin = await Admin.signIn(stack.info());
    const check = await admin.expectOk<{ answer: { kind: string; status: Record<string, unknown> } }>('GET', '/tend/outbox-status');
    expect(check.answer).toMatchObject({ kind: 'ok', status: { waiting: 2, stuck: 2, refused: 2, reasons: { 'HTTP 401': 2 } } });
    const shown = JSON.stringify(check);
    for (const personal of [reader.name, reader.email, reader.message, withoutJs.email, file!.replace('.json', '')]) expect(shown.includes(personal), 'no personal data in the status').toBe(false);
    expect(await enquiriesFrom(admin, reader.email)).toHaveLength(0);

    await restartWeb();
    await expectDeliveredOnce(reader);
    await expectDeliveredOnce(withoutJs);
    const after = await admin.expectOk<{ answer: { status: Record<string, unknown> } }>('GET', '/tend/outbox-status');
    expect(after.answer.status).toMatchObject({ waiting: 0, stuck: 0 });
  });

  test('an outbox that cannot be written: the reader is told it was NOT sent, and where to write or call', async () => {
    const reader = uniqueReader('unsaved');
    // A file where the outbox folder should be: nothing can be saved there, not even as root.
    const blocked = join(stack.runDir, 'web', 'not-a-folder');
    writeFileSync(blocked, '');
    await restartWeb({ NUXT_CMS_ENQUIRY_TOKEN: 'a-wrong-or-rotated-token-of-64-characters-0123456789abcdefghijkl', NUXT_OUTBOX_DIR: join(blocked, 'outbox') });
    const browser = await launch(stack.webUrl);
    try {
      const page = await browser.newPage();
      await visit(page, `${stack.webUrl}/consultation`);
      await waitForEnhancedForm(page);
      await fillForm(page, { ...reader, consent: true });
      await page.getByRole('button', { name: 'Send request' }).click();
      const notice = page.locator('.error-summary__notice');
      await notice.waitFor({ state: 'visible' });
      const text = await notice.innerText();
      expect(text).toMatch(/was not sent/);
      expect(text).not.toMatch(/has been sent|is saved/);
      expect(await notice.locator('a[href="mailto:hello@example.com"]').count()).toBe(1);
      expect(await notice.locator('a[href="tel:02079460321"]').count()).toBe(1);
      expect(await page.locator('#consultation-message').inputValue(), 'nothing typed is lost').toBe(reader.message);
      expect(page.url()).toBe(`${stack.webUrl}/consultation`);
    } finally {
      await browser.close();
      await restartWeb();
    }
  });

  test('retention: parked and damaged copies older than the retention period are deleted, never delivered', async () => {
    const reader = uniqueReader('expired');
    const old = new Date(Date.now() - (RETENTION_DAYS + 1) * 24 * 60 * 60 * 1000);
    const parkedId = 'EXPIREDparkedREQUEST01';
    const parked = {
      version: 1,
      submissionId: parkedId,
      createdAt: old.toISOString(),
      attempts: 1,
      nextAttemptAt: old.toISOString(),
      lastError: 'HTTP 403',
      payload: { name: reader.name, email: reader.email, preferredContact: 'email', message: reader.message, consent: true, submissionId: parkedId },
    };
    await stack.stopWeb();
    // Where the previous version parked refused requests (failed/), and a file that cannot be read.
    for (const folder of ['failed', 'damaged']) mkdirSync(join(outboxDir, folder), { recursive: true });
    writeFileSync(join(outboxDir, 'failed', `${parkedId}.json`), JSON.stringify(parked));
    const damaged = join(outboxDir, 'damaged', 'EXPIREDdamagedREQUEST1.json');
    writeFileSync(damaged, '{"version":1,"trunc');
    utimesSync(damaged, old, old);
    await stack.startWeb();

    const everything = () => [outboxDir, join(outboxDir, 'damaged'), join(outboxDir, 'failed')].flatMap((dir) => {
      try {
        return readdirSync(dir).filter((name) => name.endsWith('.json'));
      } catch {
        return [];
      }
    });
    await expect.poll(everything, { timeout: 15_000 }).toEqual([]);
    expect(readFileSync(stack.logFile, 'utf8')).toContain(`[outbox] retention: 2 file(s) older than ${RETENTION_DAYS} days deleted`);
    const admin = await Admin.signIn(stack.info());
    expect(await enquiriesFrom(admin, reader.email)).toHaveLength(0);
  });
});
