// /consultation: the free-consultation request, with and without JavaScript, as a reader sends it
// and as the therapist finds it in the dashboard. (CMS down → outbox: consultation-outbox.test.ts.)
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { Admin } from './support/admin';
import { expectNoAxeViolations } from './support/axe';
import { h1Text, launch, useBrowserPage, visit } from './support/browser';
import {
  asForm,
  CONSENT_MESSAGE,
  enquiriesFrom,
  fillForm,
  formFields,
  formValues,
  postFrom,
  type Reader,
  uniqueReader,
  waitForEnhancedForm,
} from './support/consultation';
import { stackInfo } from './support/context';
import { cspHash, javaScriptBytes, pageScripts, watchCspViolations } from './support/page-scripts';
import { CRISIS_LINE } from './support/seed';

const info = stackInfo();
const { webUrl } = info;
const SUBMISSION_ID = /^[A-Za-z0-9_-]{22}$/;
const JSON_TYPE = 'application/json';
const FORM_TYPE = 'application/x-www-form-urlencoded';
/** Issue #8: all the JavaScript of /consultation, gzipped. */
const JS_BUDGET_BYTES = 15 * 1024;

let admin: Admin;
beforeAll(async () => {
  admin = await Admin.signIn(info);
});

/** The error summary: "There is a problem" and one link per field error, in the form's order. */
async function summaryLinks(page: Page): Promise<string[]> {
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await summary.waitFor();
  return summary.getByRole('link').allInnerTexts();
}

async function expectStored(reader: Reader, expected: { phone: string | null; preferredContact: string }): Promise<void> {
  await expect.poll(async () => (await enquiriesFrom(admin, reader.email)).length, { timeout: 15_000 }).toBe(1);
  const [stored] = await enquiriesFrom(admin, reader.email);
  expect(stored).toMatchObject({
    name: reader.name,
    email: reader.email,
    phone: expected.phone,
    preferredContact: expected.preferredContact,
    message: reader.message,
    consent: true,
  });
  // Not checked here: the enquiry's own `status` (new/replied/closed). Strapi's content-manager API
  // reports its publication status under that same name, so the dashboard API cannot show it.
  expect(stored?.submissionId).toMatch(SUBMISSION_ID);
}

async function expectThanksPage(page: Page): Promise<void> {
  expect(new URL(page.url()).pathname).toBe('/consultation/thanks');
  expect(await h1Text(page)).toMatch(/request has been sent/i);
  const main = page.getByRole('main');
  expect(await main.getByRole('heading', { name: 'What happens next' }).count()).toBe(1);
  expect(await main.innerText()).toContain(CRISIS_LINE.number);
}

describe('with JavaScript', () => {
  const session = useBrowserPage(webUrl);

  test('errors are shown inline, tied to their fields, with focus on the summary and nothing typed lost', async () => {
    const reader = uniqueReader('js-errors');
    await visit(session.page, `${webUrl}/consultation`);
    await waitForEnhancedForm(session.page);
    await fillForm(session.page, { email: 'sam@', preferredContact: 'phone', message: reader.message });
    const apiCalls = () => session.browser.requests.filter(({ url }) => url.includes('/api/consultation')).length;
    await session.page.getByRole('button', { name: 'Send request' }).click();

    expect(await summaryLinks(session.page)).toEqual([
      'Please enter your name.',
      'Please enter your email address, like name@example.com.',
      'Please enter a phone number, or choose email as the way to contact you.',
      CONSENT_MESSAGE,
    ]);
    expect(apiCalls(), 'checked in the browser, nothing sent').toBe(0);
    expect(await session.page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    const email = session.page.locator('#consultation-email');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await session.page.locator(`#${(await email.getAttribute('aria-describedby'))!.split(' ').pop()}`).innerText()).toContain('Please enter your email address');
    expect(await session.page.locator('#consultation-phone').getAttribute('required')).not.toBeNull();
    expect(await formValues(session.page)).toEqual({ name: '', email: 'sam@', phone: '', message: reader.message, phoneChosen: true, consent: false });

    // A link in the summary takes the reader to the field.
    await session.page.getByRole('alert').getByRole('link', { name: CONSENT_MESSAGE }).click();
    expect(await session.page.evaluate(() => document.activeElement?.id)).toBe('consultation-consent');
  });

  test('the page runs only its two inline scripts, allowed by their CSP hashes, within 15 kB gzipped', async () => {
    const tab = await session.browser.newPage();
    const violations = watchCspViolations(tab);
    const response = await visit(tab, `${webUrl}/consultation`);
    await waitForEnhancedForm(tab);
    const { inline, external } = await pageScripts(tab);
    expect(external, 'no script files').toEqual([]);
    expect(inline.length, 'text size + the form').toBe(2);
    const csp = response.headers()['content-security-policy'] ?? '';
    for (const text of inline) expect(csp, 'inlined byte for byte').toContain(cspHash(text));
    expect(await javaScriptBytes(tab)).toBeLessThanOrEqual(JS_BUDGET_BYTES);
    // The rules come as a data block, not as code: zod stays on the server.
    expect(await tab.locator('script#consultation-rules[type="application/json"]').count()).toBe(1);
    expect(inline.join('\n')).not.toMatch(/zod|\$ZodType/);

    // And while it works: the summary after a send with errors.
    await tab.getByRole('button', { name: 'Send request' }).click();
    expect((await summaryLinks(tab)).length).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    expect(session.browser.pageErrors).toEqual([]);
    await tab.close();
  });

  test('when the site cannot be reached: a message in the summary, the button usable again, nothing typed lost', async () => {
    const reader = uniqueReader('js-offline');
    const tab = await session.browser.newPage();
    await tab.route('**/api/consultation', (route) => route.abort('internetdisconnected'));
    await visit(tab, `${webUrl}/consultation`);
    await waitForEnhancedForm(tab);
    await fillForm(tab, { ...reader, consent: true });
    await tab.getByRole('button', { name: 'Send request' }).click();
    const summary = tab.getByRole('alert').filter({ hasText: 'could not be reached' });
    await summary.waitFor();
    expect(await tab.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    expect(await formValues(tab)).toEqual({ ...reader, phoneChosen: false, consent: true });
    const button = tab.getByRole('button', { name: 'Send request' });
    expect(await button.getAttribute('aria-disabled')).toBeNull();
    expect(await enquiriesFrom(admin, reader.email)).toEqual([]);
    await tab.close();
  });

  test('a complete request goes to the thanks page and arrives in the dashboard with the right fields', async () => {
    const reader = uniqueReader('js');
    await visit(session.page, `${webUrl}/consultation`);
    await waitForEnhancedForm(session.page);
    await fillForm(session.page, { ...reader, preferredContact: 'phone', consent: true });
    await Promise.all([session.page.waitForURL(`${webUrl}/consultation/thanks`), session.page.getByRole('button', { name: 'Send request' }).click()]);
    await expectThanksPage(session.page);
    await expectStored(reader, { phone: reader.phone, preferredContact: 'phone' });
    // Sent as JSON to the web's own route: nothing personal in any address, no cookie, no other origin.
    expect(session.browser.requests.filter(({ url }) => url.includes(encodeURIComponent(reader.email)) || url.includes(reader.email))).toEqual([]);
    session.browser.assertOwnOriginOnly();
    await session.browser.assertNoCookies();
  });

  test('the honeypot: a request with it filled in looks sent, but nothing is stored', async () => {
    const bot = uniqueReader('js-bot');
    await visit(session.page, `${webUrl}/consultation`);
    await waitForEnhancedForm(session.page);
    await fillForm(session.page, { ...bot, consent: true });
    await session.page.locator('#consultation-website').fill('https://cheap-pills.example', { force: true });
    await Promise.all([session.page.waitForURL(`${webUrl}/consultation/thanks`), session.page.getByRole('button', { name: 'Send request' }).click()]);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await enquiriesFrom(admin, bot.email)).toEqual([]);
  });
});

describe('accessibility of the form with errors shown', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing: inline errors and the server's error page (${colorScheme})`, async () => {
      const themed = await launch(webUrl, { colorScheme });
      try {
        const tab = await themed.newPage();
        await visit(tab, `${webUrl}/consultation`);
        await waitForEnhancedForm(tab);
        await fillForm(tab, { email: 'not-an-address', preferredContact: 'phone' });
        await tab.getByRole('button', { name: 'Send request' }).click();
        expect((await summaryLinks(tab)).length).toBe(4);
        await expectNoAxeViolations(tab, `/consultation with inline errors (${colorScheme})`);
        expect(themed.pageErrors).toEqual([]);

        // The page the server renders after a post without JavaScript. axe itself needs the
        // browser's JavaScript, so the form is posted past the page's script: submit() fires no
        // submit event, and the browser posts the form as it would without JavaScript.
        const plain = await themed.newPage();
        await visit(plain, `${webUrl}/consultation`);
        await fillForm(plain, { email: 'not-an-address', preferredContact: 'phone' });
        await Promise.all([
          plain.waitForResponse((r) => r.request().method() === 'POST'),
          plain.locator('form.consultation-form').evaluate((form: HTMLFormElement) => form.submit()),
        ]);
        await plain.waitForLoadState('load');
        expect((await summaryLinks(plain)).length).toBe(4);
        await expectNoAxeViolations(plain, `/consultation after a post with errors (${colorScheme})`);
      } finally {
        await themed.close();
      }
    });
  }
});

describe('without JavaScript', () => {
  const session = useBrowserPage(webUrl, { javaScript: false });

  test('the server answers errors with the same page: summary, field errors, everything typed kept', async () => {
    const reader = uniqueReader('nojs-errors');
    await visit(session.page, `${webUrl}/consultation`);
    await fillForm(session.page, { name: reader.name, email: 'sam@', preferredContact: 'phone', phone: '', message: `${reader.message}\nSecond line.` });
    const [response] = await Promise.all([session.page.waitForResponse((r) => r.request().method() === 'POST'), session.page.getByRole('button', { name: 'Send request' }).click()]);
    await session.page.waitForLoadState('load');
    expect(response.status()).toBe(400);
    expect(response.headers()['cache-control']).toContain('no-store');
    expect(new URL(session.page.url()).pathname + new URL(session.page.url()).search).toBe('/consultation');
    expect(await session.page.title()).toMatch(/^Error: /);

    expect(await summaryLinks(session.page)).toEqual([
      'Please enter your email address, like name@example.com.',
      'Please enter a phone number, or choose email as the way to contact you.',
      CONSENT_MESSAGE,
    ]);
    expect(await session.page.locator('#consultation-consent').getAttribute('aria-invalid')).toBe('true');
    expect(await session.page.locator('#consultation-consent-error').innerText()).toContain(CONSENT_MESSAGE);
    expect(await session.page.locator('#consultation-name').getAttribute('aria-invalid')).toBeNull();
    expect(await formValues(session.page)).toEqual({
      name: reader.name,
      email: 'sam@',
      phone: '',
      message: `${reader.message}\nSecond line.`,
      phoneChosen: true,
      consent: false,
    });
    // The summary is focused on load, so a screen reader starts there.
    expect(await session.page.locator('[role="alert"][autofocus]').count()).toBe(1);
  });

  test('a complete request is answered 303 → thanks page, and arrives in the dashboard', async () => {
    const reader = uniqueReader('nojs');
    await visit(session.page, `${webUrl}/consultation`);
    await fillForm(session.page, { ...reader, consent: true });
    const [response] = await Promise.all([session.page.waitForResponse((r) => r.request().method() === 'POST'), session.page.getByRole('button', { name: 'Send request' }).click()]);
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe('/consultation/thanks');
    await session.page.waitForURL(`${webUrl}/consultation/thanks`);
    await expectThanksPage(session.page);
    await expectStored(reader, { phone: reader.phone, preferredContact: 'email' });
    expect(session.browser.requests.some(({ url }) => url.includes(reader.email) || url.includes(encodeURIComponent(reader.email)))).toBe(false);
    await session.browser.assertNoCookies();
  });
});

describe('over HTTP', () => {
  test('consent is required: a 400 with a message for that field, and nothing stored', async () => {
    const reader = uniqueReader('no-consent');
    const reply = await postFrom(webUrl, '/api/consultation', JSON.stringify({ ...formFields(reader), consent: false }), JSON_TYPE);
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.text)).toEqual({ errors: { consent: CONSENT_MESSAGE } });
    expect(await enquiriesFrom(admin, reader.email)).toEqual([]);
  });

  test('the honeypot over both routes: the usual answer, nothing stored', async () => {
    const bot = uniqueReader('http-bot');
    const json = await postFrom(webUrl, '/api/consultation', JSON.stringify(formFields(bot, { website: 'x' })), JSON_TYPE);
    expect([json.status, JSON.parse(json.text)]).toEqual([201, { next: '/consultation/thanks' }]);
    const form = await postFrom(webUrl, '/consultation', asForm(formFields(bot, { website: 'x' })), FORM_TYPE);
    expect([form.status, form.headers.location]).toEqual([303, '/consultation/thanks']);
    expect(await enquiriesFrom(admin, bot.email)).toEqual([]);
  });

  test('another site\'s page cannot send requests through its visitors\' browsers (403, no CORS), nothing stored', async () => {
    const reader = uniqueReader('cross-site');
    const crossSite = { 'Sec-Fetch-Site': 'cross-site', 'Origin': 'https://elsewhere.example' };
    const json = await postFrom(webUrl, '/api/consultation', JSON.stringify(formFields(reader)), JSON_TYPE, '127.0.0.1', crossSite);
    expect(json.status).toBe(403);
    expect(json.headers['access-control-allow-origin']).toBeUndefined();
    const form = await postFrom(webUrl, '/consultation', asForm(formFields(reader)), FORM_TYPE, '127.0.0.1', crossSite);
    expect(form.status).toBe(403);
    expect(form.text).toContain('can only be sent from this website');
    expect(await enquiriesFrom(admin, reader.email)).toEqual([]);
  });

  test('a 20 kB body is refused with 413 on both routes (JSON and form post), nothing stored', async () => {
    const reader = uniqueReader('large');
    const padding = 'x'.repeat(20 * 1024);
    const json = await postFrom(webUrl, '/api/consultation', JSON.stringify({ ...formFields(reader), padding }), JSON_TYPE);
    expect(json.status).toBe(413);
    expect(JSON.parse(json.text).message).toMatch(/too long/);
    const form = await postFrom(webUrl, '/consultation', asForm(formFields(reader, { padding })), FORM_TYPE);
    expect(form.status).toBe(413);
    expect(form.text).toContain('too long to send');
    expect(form.text).toContain(CRISIS_LINE.number);
    expect(await enquiriesFrom(admin, reader.email)).toEqual([]);
  });

  test('the 6th request within 10 minutes from one client is refused with 429 and a friendly page; others are not', async () => {
    // A loopback address of this test's own: the other tests' requests (127.0.0.1) do not count.
    const client = '127.0.0.23';
    const readers = Array.from({ length: 6 }, (_, i) => uniqueReader(`limit${i}`));
    for (const reader of readers.slice(0, 5)) {
      const reply = await postFrom(webUrl, '/api/consultation', JSON.stringify(formFields(reader)), JSON_TYPE, client);
      expect(reply.status, 'requests 1–5').toBe(201);
    }
    const refused = await postFrom(webUrl, '/api/consultation', JSON.stringify(formFields(readers[5]!)), JSON_TYPE, client);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(500);
    expect(JSON.parse(refused.text).message).toMatch(/several requests in a short time/);

    const page = await postFrom(webUrl, '/consultation', asForm(formFields(readers[5]!)), FORM_TYPE, client);
    expect(page.status).toBe(429);
    expect(page.text).toContain('several requests in a short time');
    expect(page.text, 'what was typed is kept').toContain(`value="${readers[5]!.name}"`);
    expect(page.text).toContain(CRISIS_LINE.number);

    expect(await enquiriesFrom(admin, readers[5]!.email)).toEqual([]);
    expect((await enquiriesFrom(admin, readers[4]!.email)).length).toBe(1);
    // Another client is not affected.
    const other = await postFrom(webUrl, '/api/consultation', JSON.stringify(formFields(uniqueReader('other'))), JSON_TYPE, '127.0.0.24');
    expect(other.status).toBe(201);
  });
});
