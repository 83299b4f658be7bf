// Signs in to the running dashboard with the development credentials and saves screenshots of
// the article editor (docs/screenshots/). Run `pnpm dev` first, then `pnpm screenshots:admin`.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './browser.mjs';
import { parseEnvFile } from './dev-env.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const env = parseEnvFile(join(root, 'cms', '.env'));
const adminUrl = process.env.TEND_ADMIN_URL ?? 'http://localhost:1337/admin';
const email = process.env.TEND_ADMIN_EMAIL ?? env.TEND_DEV_ADMIN_EMAIL;
const password = process.env.TEND_ADMIN_PASSWORD ?? env.TEND_DEV_ADMIN_PASSWORD;
const outDir = join(root, 'docs', 'screenshots');
mkdirSync(outDir, { recursive: true });

const { context, close } = await launchBrowser({ viewport: { width: 1440, height: 1000 } });
try {
  const page = await context.newPage();
  await page.goto(`${adminUrl}/auth/login`, { waitUntil: 'networkidle', timeout: 120_000 });
  await page.getByLabel(/email/i).fill(email);
  await page.getByLabel(/password/i).first().fill(password);
  await page.getByRole('button', { name: /log ?in/i }).click();
  await page.waitForURL(/\/admin(?!\/auth)/, { timeout: 60_000 });

  const shots = [
    ['article-editor.png', '/content-manager/collection-types/api::article.article/create'],
    ['articles-list.png', '/content-manager/collection-types/api::article.article'],
    ['practice-details.png', '/content-manager/single-types/api::practice.practice'],
  ];
  for (const [file, path] of shots) {
    await page.goto(`${adminUrl}${path}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1500);
    // First visits show a guided tour; the screenshots show the editor itself.
    const skipTour = page.getByRole('button', { name: 'Skip' });
    if (await skipTour.isVisible()) {
      await skipTour.click();
      await page.waitForTimeout(800);
    }
    await page.screenshot({ path: join(outDir, file), fullPage: file !== 'articles-list.png' });
    console.log(`saved docs/screenshots/${file}`);
  }
} finally {
  await close();
}
