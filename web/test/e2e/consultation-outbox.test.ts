// Nothing lost: while the CMS is down, a consultation request waits in the web's outbox on disk
// (the reader sees the normal confirmation) and arrives exactly once when the CMS is back, also
// across a restart of the web. A stack of its own: this file stops and starts both servers.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Admin } from './support/admin';
import { launch, visit } from './support/browser';
import { enquiriesFrom, fillForm, type Reader, uniqueReader, waitForEnhancedForm } from './support/consultation';
import { failureLog } from './support/context';
import { get } from './support/http';
import { Stack } from './support/stack';

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
    for (const path of ['/consultation', '/consultation/thanks']) expect((await get(stack.webUrl, path)).status).toBe(200);
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
      await Promise.all([page.waitForURL(`${stack.webUrl}/consultation/thanks`), page.getByRole('button', { name: 'Send request' }).click()]);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/request has been sent/i);
    } finally {
      await browser.close();
    }
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

  test('CMS stopped → request confirmed and kept on disk → CMS started → it arrives exactly once', async () => {
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
});
