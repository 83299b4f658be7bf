// The JavaScript a page runs: what it weighs on the wire, and whether the Content-Security-Policy
// let all of it run (pages carry only the hashed inline scripts of app/browser/).
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

/** Console messages in which Chromium reports something the CSP refused; collect before visiting. */
export function watchCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  return violations;
}

export interface PageScripts {
  /** The text of every inline script the browser would execute (JSON data blocks left out). */
  inline: string[];
  /** Addresses of external scripts. */
  external: string[];
}

const EXECUTABLE = /^$|^(?:module|text\/javascript|application\/javascript)$/i;

/** The page's scripts as the browser parsed them (the text is what the CSP hash covers). */
export async function pageScripts(page: Page): Promise<PageScripts> {
  const scripts = await page.evaluate(() => [...document.scripts].map((script) => ({ type: script.type, src: script.src, text: script.text })));
  const executable = scripts.filter((script) => EXECUTABLE.test(script.type.trim()));
  return {
    inline: executable.filter((script) => !script.src).map((script) => script.text),
    external: executable.filter((script) => script.src).map((script) => script.src),
  };
}

export const gzipBytes = (content: string | Buffer): number => gzipSync(content, { level: 9 }).length;

/** The CSP source that allows this inline script. */
export const cspHash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Gzipped bytes of all the page's JavaScript: each inline script, plus each external file fetched. */
export async function javaScriptBytes(page: Page): Promise<number> {
  const { inline, external } = await pageScripts(page);
  let total = inline.reduce((sum, text) => sum + gzipBytes(text), 0);
  for (const src of external) {
    const response = await page.request.get(src);
    total += gzipBytes(await response.body());
  }
  return total;
}
