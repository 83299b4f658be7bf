// Screenshots of every page type, committed so reviewers see the site without running it.
// Overwritten on each run: <page-type>-<mobile|desktop>-<light|dark>.png
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { ColorScheme, ViewportName } from './browser';

export const SCREENSHOT_DIR = fileURLToPath(new URL('../screenshots/', import.meta.url));

export async function saveScreenshot(page: Page, pageType: string, viewport: ViewportName, scheme: ColorScheme): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${pageType}-${viewport}-${scheme}.png`);
  // The first screen, as a reader lands on it (full pages would weigh megabytes in git).
  await page.screenshot({ path, fullPage: false, animations: 'disabled', caret: 'hide' });
  return path;
}
