// JavaScript and transfer of every page type, first visit on a phone, in real Chromium: the same
// measurement the e2e budget test asserts, printed as figures.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../e2e/support/browser';
import { WEB_DIR } from '../e2e/support/builds';
import { type BudgetPage, BUDGETS, formatBytes } from '../e2e/support/budgets';
import { measurePageWeight, type PageWeight, scriptFilesGzip, totalScriptGzip, transferBytes } from '../e2e/support/page-weight';
import { failedRow, type Row } from './table';

const within = (value: number, budget: number): Pick<Row, 'figure' | 'budget' | 'ok'> => ({
  figure: formatBytes(value),
  budget: `≤ ${formatBytes(budget)}`,
  ok: value <= budget,
});

/** The inline scripts the site means to ship (app/browser/README.md): inlined byte for byte, allowed by hash in the CSP. */
function ownBrowserScripts(): Set<string> {
  const dir = join(WEB_DIR, 'app', 'browser');
  return new Set(readdirSync(dir).filter((name) => name.endsWith('.js')).map((name) => readFileSync(join(dir, name), 'utf8')));
}

/** Inline scripts that are not from app/browser/: the CSP blocks them, so they are dead weight (named by their first characters). */
function strayInline(weight: PageWeight, own: Set<string>): string {
  const stray = weight.inlineScripts.filter((text) => !own.has(text));
  if (stray.length === 0) return '';
  return ` — ${stray.length} not from app/browser/: ${stray.map((text) => `\`${text.trim().slice(0, 28)}…\``).join(', ')}`;
}

function scriptRows(page: BudgetPage, weight: PageWeight, own: Set<string>): Row[] {
  if (!page.reading) {
    const what = `JavaScript, gzip (${weight.scriptFiles.length} files + inline + payload)${strayInline(weight, own)}`;
    return [{ page: page.type, what, ...within(totalScriptGzip(weight), BUDGETS.consultationScriptsGzip) }];
  }
  const files = scriptFilesGzip(weight) + weight.frameworkPayloadGzip;
  return [
    { page: page.type, what: `script files + framework payload, gzip (${weight.scriptFiles.length} files)`, ...within(files, BUDGETS.readingScriptFilesGzip) },
    { page: page.type, what: `inline scripts, gzip${strayInline(weight, own)}`, ...within(weight.inlineScriptsGzip, BUDGETS.readingInlineScriptsGzip) },
  ];
}

function transferRows(page: BudgetPage, weight: PageWeight): Row[] {
  const encoding = `Accept-Encoding "${weight.acceptEncoding}" → ${weight.contentEncoding}`;
  const count = (images: boolean) => weight.responses.filter((r) => images || r.resourceType !== 'image').length;
  return [
    { page: page.type, what: `transfer without images, ${count(false)} responses (${encoding})`, ...within(transferBytes(weight, { images: false }), BUDGETS.transferWithoutImages) },
    { page: page.type, what: `transfer with images, ${count(true)} responses`, ...within(transferBytes(weight, { images: true }), BUDGETS.transferWithImages) },
  ];
}

export async function pageWeights(webUrl: string, pages: BudgetPage[]): Promise<Row[]> {
  const browser = await launch(webUrl, { viewport: 'mobile' });
  const own = ownBrowserScripts();
  const rows: Row[] = [];
  try {
    for (const page of pages) {
      try {
        const weight = await measurePageWeight(browser.context, `${webUrl}${page.path}`);
        if (weight.status !== page.status) throw new Error(`answered ${weight.status}, expected ${page.status}`);
        rows.push(...scriptRows(page, weight, own), ...transferRows(page, weight));
      } catch (error) {
        rows.push(failedRow(page.type, 'JavaScript and transfer', '', error));
      }
    }
  } finally {
    await browser.close();
  }
  return rows;
}
