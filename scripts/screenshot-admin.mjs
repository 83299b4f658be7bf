// Signs in to the running dashboard with the development credentials and saves every screenshot
// used by docs/dashboard.md and docs/editing-guide.md (docs/screenshots/). Run `pnpm dev` first,
// then `pnpm screenshots:admin`. Re-run whenever the dashboard changes.
//
// What the demo seed lacks is made first (scripts/screenshots/demo-situations.mjs): two
// consultation requests through the website's form, two example redirects, a scheduled publish of
// the demo draft; a draft that trips every content check is made and deleted again, and the edit
// shown in the version history is undone by restoring the version before it.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, launchBrowser } from './browser.mjs';
import { parseEnvFile } from './dev-env.mjs';
import { ARTICLE, ARTICLES, ENQUIRIES, REDIRECTS, signIn } from './screenshots/admin-api.mjs';
import { checksDemoDraft, ensureRedirects, ensureRequests } from './screenshots/demo-situations.mjs';
import { around, panelClip, settled, ukDateInDays } from './screenshots/panels.mjs';
import { importShots } from './screenshot-import.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const env = parseEnvFile(join(root, 'cms', '.env'));
const adminUrl = process.env.TEND_ADMIN_URL ?? `http://localhost:${process.env.PORT ?? env.PORT ?? '1337'}/admin`;
const email = process.env.TEND_ADMIN_EMAIL ?? env.TEND_DEV_ADMIN_EMAIL;
const password = process.env.TEND_ADMIN_PASSWORD ?? env.TEND_DEV_ADMIN_PASSWORD;
const outDir = join(root, 'docs', 'screenshots');
mkdirSync(outDir, { recursive: true });

const PUBLISHED = 'Why do I feel anxious for no reason?';
const DRAFT = 'Draft: What actually happens in person-centred therapy?';
const WIDE = { width: 1440, height: 1000 };
// Edit views are taller than a screen; the side panels (Schedule, Version history) sit low down.
const TALL = { width: 1440, height: 2000 };

// British English in the browser too: date and time inputs then read dd/mm/yyyy and 24-hour time.
const { context, close } = await launchBrowser({ viewport: WIDE, args: [...CHROMIUM_ARGS, '--lang=en-GB'], timezoneId: 'Europe/London' });
const page = await context.newPage();
// Leaving an edit view with unsaved changes (the web address shot) asks first: always leave.
page.on('dialog', (dialog) => void dialog.accept());

async function save(file, options = {}) {
  await page.screenshot({ path: join(outDir, file), ...options });
  console.log(`saved docs/screenshots/${file}`);
}

async function go(path, viewport = WIDE) {
  await page.setViewportSize(viewport);
  await page.goto(`${adminUrl}${path}`, { waitUntil: 'load', timeout: 120_000 });
  await settled(page);
}

async function openDocument(listPath, title, viewport = TALL) {
  await go(listPath, viewport);
  await page.getByText(title, { exact: true }).first().click();
  await settled(page);
  // The side panel (Publish, Open preview) appears once the document's permissions load.
  await page.getByRole('button', { name: /^publish$/i }).first().waitFor({ timeout: 20_000 }).catch(() => {});
  await page.waitForTimeout(1500);
}

try {
  await page.goto(`${adminUrl}/auth/login`, { waitUntil: 'load', timeout: 120_000 });
  await settled(page);
  await save('sign-in.png');
  await page.getByLabel(/email/i).fill(email);
  await page.getByLabel(/password/i).first().fill(password);
  await page.getByRole('button', { name: /log ?in|sign ?in/i }).click();
  await page.waitForURL(/\/admin(?!\/auth)/, { timeout: 60_000 });

  const api = await signIn(new URL(adminUrl).origin, email, password);
  const home = (await api.request('GET', '/tend/home')).data;
  const [published] = await api.find(ARTICLES, 'title', PUBLISHED);
  await ensureRequests(api, home.siteUrl);
  await ensureRedirects(api, `/articles/${published.slug}`);

  // Publish at… : the demo draft goes live next week at 09:30, UK time (moved, not doubled, on a re-run).
  await openDocument(ARTICLES, DRAFT);
  await page.locator('input[type=date]').fill(ukDateInDays(7));
  await page.locator('input[type=time]').fill('09:30');
  await page.getByRole('button', { name: 'Schedule', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Publishes on' }).waitFor();
  await save('article-schedule.png', { clip: await panelClip(page, 'Schedule') });

  // Version history: an edit saved as a draft, the two versions compared, then undone by
  // restoring the version before it (the demo draft ends as it was).
  // The edit goes through the admin API (typing into the text editor under load drops letters).
  const [draft] = await api.find(ARTICLES, 'title', DRAFT);
  const current = (await api.request('GET', `${ARTICLES}/${draft.documentId}`)).data;
  const added = { type: 'paragraph', children: [{ type: 'text', text: 'You decide what we talk about, and how fast we go.' }] };
  await api.request('PUT', `${ARTICLES}/${draft.documentId}`, { body: [...current.body, added] });
  await go(`${ARTICLES}/${draft.documentId}`, TALL);
  const history = page.getByText('Version history', { exact: true }).locator('xpath=ancestor::*[.//input[@type="checkbox"]][1]');
  const ticks = history.locator('input[type=checkbox]');
  await ticks.nth(1).waitFor();
  await ticks.nth(0).check();
  await ticks.nth(1).check();
  await save('version-history.png', { clip: await panelClip(page, 'Version history') });
  await page.getByRole('button', { name: 'Compare the two ticked versions' }).click();
  await page.getByRole('dialog').waitFor();
  await page.waitForTimeout(500);
  await save('version-compare.png', { clip: await page.getByRole('dialog').boundingBox() });
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await history.getByRole('button', { name: 'Restore this version' }).nth(1).click();
  await save('version-restore.png', { clip: await panelClip(page, 'Version history') });
  await page.getByRole('button', { name: 'Yes, restore as draft' }).click();
  await page.waitForLoadState('load');
  await page.waitForTimeout(3000);

  await go(ARTICLES);
  await save('articles-list.png');
  // Tall enough for the fifth box, Requests waiting on the website.
  await go('/', { width: 1440, height: 1320 });
  await save('home.png');

  await openDocument(ARTICLES, PUBLISHED, WIDE);
  await save('article-edit-published.png');
  // Change web address: a published article's "Web address", edited (not saved here).
  await page.setViewportSize(TALL);
  const address = page.getByLabel('Web address');
  await address.fill(`${published.slug}-new`);
  const field = await address.locator('xpath=ancestor::div[.//p][2]').boundingBox();
  await save('change-web-address.png', { clip: around(field, await panelClip(page, 'Entry')) });

  // Content checks: a throwaway draft with every problem the checks look for.
  const demo = await checksDemoDraft(api);
  try {
    await go(`${ARTICLES}/${demo.documentId}`, TALL);
    await page.getByText('to read.').waitFor();
    await page.waitForTimeout(2000);
    await save('content-checks.png', { clip: await panelClip(page, 'Content checks') });
  } finally {
    await demo.remove();
  }

  await go(REDIRECTS);
  await save('redirects-list.png');
  await go(`${REDIRECTS}/create`);
  await page.getByLabel('Old address').fill('/2020/01/winter-blues');
  await page.getByLabel('New address').fill('/articles/winter-blues');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText(/No published article has the address/).first().waitFor();
  await page.waitForTimeout(800);
  await save('redirect-editor.png');

  await go(ENQUIRIES);
  await save('enquiries-list.png');

  await go(`${ARTICLES}/create`, TALL);
  await save('article-editor.png');
  await openDocument(ARTICLES, DRAFT, WIDE);
  await page.getByRole('link', { name: /open preview/i }).or(page.getByRole('button', { name: /open preview/i })).first().click();
  await page.waitForTimeout(6000);
  await save('article-preview.png');

  await go('/content-manager/collection-types/api::topic.topic');
  await save('topics-list.png');
  await go('/plugins/upload');
  await save('media-library.png');
  await go('/content-manager/single-types/api::practice.practice', TALL);
  await save('practice-details.png');
  await go('/content-manager/single-types/api::crisis-support.crisis-support', TALL);
  await save('crisis-support.png');
  console.log(`done: ${ARTICLE} demo draft scheduled, requests and example redirects in place`);

  // The Import page (issue 12): its own steps (scripts/screenshot-import.mjs).
  await go('/');
  await importShots(page, { adminUrl, save: (file, options = {}) => save(file, { fullPage: options.fullPage === true }) });
} finally {
  await close();
}
