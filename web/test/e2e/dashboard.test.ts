// The dashboard itself, in Chromium: the other files drive the admin API, so a dashboard that
// never draws (a widget registered without an icon threw at start and left every page blank)
// would pass them all. Here the therapist signs in and sees her home page and lists.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { Admin } from './support/admin';
import { type Browser, launch } from './support/browser';
import { stackInfo } from './support/context';

const info = stackInfo();
const admin = `${info.cmsUrl}/admin`;

describe('the dashboard in Chromium', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await Admin.signIn(info); // registers the account on the suite's fresh database
    // Only the cms's own origin is allowed: the dashboard calls out to nobody.
    browser = await launch(info.cmsUrl);
    page = await browser.newPage();
    page.setDefaultTimeout(45_000);
    await page.goto(`${admin}/auth/login`);
    await page.getByLabel(/email/i).fill(info.admin.email);
    await page.getByLabel(/password/i).first().fill(info.admin.password);
    await page.getByRole('button', { name: /log ?in/i }).click();
    await page.waitForURL(/\/admin(?!\/auth)/);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('signs in to a home page of what the therapist acts on', async () => {
    for (const title of ['New consultation requests', 'Scheduled', 'Drafts in progress', 'Your website', 'Requests waiting on the website']) {
      await page.getByText(title, { exact: true }).first().waitFor();
    }
    // Other files of the suite may leave drafts of their own: the count is theirs plus the demo's.
    await page.getByText(/^\d+ drafts? in progress$/).waitFor();
    expect(browser.pageErrors).toEqual([]);
    browser.assertOwnOriginOnly();
  });

  test('consultation requests: no "Create new entry", no reader accounts in the menu', async () => {
    await page.goto(`${admin}/content-manager/collection-types/api::enquiry.enquiry`);
    await page.getByRole('heading', { name: 'Consultation request' }).waitFor();
    // Other files of the suite may have sent requests by now: the list is either empty (its empty
    // state must offer no "Create" either) or shows them under "Received".
    await page.getByText('No content found').or(page.getByText('Received', { exact: true })).first().waitFor();
    expect(await page.getByRole('link', { name: 'Create new entry' }).filter({ visible: true }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'User', exact: true }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Redirect', exact: true }).count()).toBe(1);
  });

  test('the article list has its Scheduled column and the editor its side panels', async () => {
    await page.goto(`${admin}/content-manager/collection-types/api::article.article`);
    await page.getByText('Scheduled (UK time)', { exact: true }).waitFor();
    await page.getByText('Draft: What actually happens in person-centred therapy?', { exact: true }).click();
    for (const title of ['Content checks', 'Schedule', 'Version history']) await page.getByText(title, { exact: true }).first().waitFor();
    await page.getByText(/min\b.*to read/).first().waitFor();
    expect(browser.pageErrors).toEqual([]);
  });
});
