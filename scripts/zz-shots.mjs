import { launchBrowser } from './browser.mjs';
const base = process.env.BASE ?? 'http://localhost:3000';
const pages = (process.env.PAGES ?? '/').split(',');
const vp = process.env.VP === 'mobile' ? { width: 390, height: 844 } : { width: 1280, height: 800 };
const { context, close } = await launchBrowser({ viewport: vp, colorScheme: process.env.DARK ? 'dark' : 'light' });
const page = await context.newPage();
for (const p of pages) {
  await page.goto(base + p, { waitUntil: 'networkidle' });
  if (process.env.SCROLL) await page.evaluate((y) => window.scrollTo(0, Number(y)), process.env.SCROLL);
  const name = p.replace(/[^a-z0-9]+/gi, '_') || 'home';
  await page.screenshot({ path: `/tmp/shots/${name}-${process.env.VP ?? 'desktop'}${process.env.DARK ? '-dark' : ''}.png`, fullPage: process.env.FULL === '1' });
}
await close();
