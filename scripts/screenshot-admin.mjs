// Signs in to the running dashboard with the development credentials and saves the screenshots
// used by docs/dashboard.md and docs/editing-guide.md (docs/screenshots/). Run `pnpm dev` first,
// then `pnpm screenshots:admin`. Re-run whenever the dashboard changes.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './browser.mjs';
import { parseEnvFile } from './dev-env.mjs';
import { importShots } from './screenshot-import.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const env = parseEnvFile(join(root, 'cms', '.env'));
const adminUrl = process.env.TEND_ADMIN_URL ?? 'http://localhost:1337/admin';
const email = process.env.TEND_ADMIN_EMAIL ?? env.TEND_DEV_ADMIN_EMAIL;
const password = process.env.TEND_ADMIN_PASSWORD ?? env.TEND_DEV_ADMIN_PASSWORD;
const outDir = join(root, 'docs', 'screenshots');
mkdirSync(outDir, { recursive: true });

const ARTICLES = '/content-manager/collection-types/api::article.article';

/** Each shot: a file, where to go, and optionally something to do before the picture. */
const shots = [
  { file: 'home.png', path: '/' },
  { file: 'article-editor.png', path: `${ARTICLES}/create`, fullPage: true },
  { file: 'articles-list.png', path: ARTICLES },
  { file: 'article-edit-published.png', path: ARTICLES, open: 'Why do I feel anxious for no reason?' },
  {
    file: 'article-preview.png',
    path: ARTICLES,
    open: 'Draft: What actually happens in person-centred therapy?',
    click: /open preview/i,
  },
  {
    file: 'article-schedule.png',
    path: ARTICLES,
    open: 'Draft: What actually happens in person-centred therapy?',
    fullPage: true,
  },
  // The Version history box beside the editor (cms/src/admin/versions).
  { file: 'version-history.png', path: ARTICLES, open: 'Why do I feel anxious for no reason?' },
  { file: 'topics-list.png', path: '/content-manager/collection-types/api::topic.topic' },
  { file: 'media-library.png', path: '/plugins/upload' },
  { file: 'practice-details.png', path: '/content-manager/single-types/api::practice.practice', fullPage: true },
  { file: 'crisis-support.png', path: '/content-manager/single-types/api::crisis-support.crisis-support', fullPage: true },
  { file: 'enquiries-list.png', path: '/content-manager/collection-types/api::enquiry.enquiry' },
  { file: 'redirects-list.png', path: '/content-manager/collection-types/api::redirect.redirect' },
  { file: 'redirect-editor.png', path: '/content-manager/collection-types/api::redirect.redirect/create' },
];

async function skipTour(page) {
  // First visits show a guided tour; the screenshots show the screens themselves.
  const skip = page.getByRole('button', { name: 'Skip' });
  if (await skip.isVisible().catch(() => false)) {
    await skip.click();
    await page.waitForTimeout(800);
  }
}

const { context, close } = await launchBrowser({ viewport: { width: 1440, height: 1000 } });
try {
  const page = await context.newPage();
  await page.goto(`${adminUrl}/auth/login`, { waitUntil: 'networkidle', timeout: 120_000 });
  await page.screenshot({ path: join(outDir, 'sign-in.png') });
  await page.getByLabel(/email/i).fill(email);
  await page.getByLabel(/password/i).first().fill(password);
  await page.getByRole('button', { name: /log ?in|sign ?in/i }).click();
  await page.waitForURL(/\/admin(?!\/auth)/, { timeout: 60_000 });

  for (const shot of shots) {
    await page.goto(`${adminUrl}${shot.path}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1200);
    await skipTour(page);
    if (shot.open) {
      await page.getByText(shot.open, { exact: true }).first().click();
      await page.waitForLoadState('networkidle');
      // The side panel (Publish, Open preview) appears once the document's permissions load.
      await page.getByRole('button', { name: /publish/i }).first().waitFor({ timeout: 15_000 }).catch(() => {});
      await page.waitForTimeout(1500);
      await skipTour(page);
    }
    if (shot.click) {
      await page.getByRole('link', { name: shot.click }).or(page.getByRole('button', { name: shot.click })).first().click();
      await page.waitForTimeout(6000);
    }
    await page.screenshot({ path: join(outDir, shot.file), fullPage: shot.fullPage === true });
    console.log(`saved docs/screenshots/${shot.file}`);
  }

  // ---- The Import page (issue 12): its own steps, after the list above (scripts/screenshot-import.mjs).
  await importShots(page, {
    adminUrl,
    save: async (file, options = {}) => {
      await page.screenshot({ path: join(outDir, file), fullPage: options.fullPage === true });
      console.log(`saved docs/screenshots/${file}`);
    },
  });
} finally {
  await close();
}
