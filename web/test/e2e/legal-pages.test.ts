// The privacy notice and accessibility statement are local Markdown, but their facts come from
// the CMS (practice details) and from configuration (how long requests are kept).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CMS_DIR } from './support/builds';
import { stackInfo } from './support/context';
import { get } from './support/http';
import { RETENTION_DAYS } from './support/stack';

const { webUrl } = stackInfo();
const practice = JSON.parse(readFileSync(join(CMS_DIR, 'seed', 'practice.json'), 'utf8')) as {
  practiceName: string;
  contactEmail: string;
  icoNumber: string;
};
const visibleText = (html: string): string => html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ');

describe('privacy notice', () => {
  test('states the ICO number and contact from the CMS and the retention period from configuration', async () => {
    const { status, text } = await get(webUrl, '/privacy');
    expect(status).toBe(200);
    const page = visibleText(text);
    expect(page).toContain(practice.icoNumber);
    expect(page).toContain(practice.contactEmail);
    expect(page).toContain(`${RETENTION_DAYS} days`);
    expect(page).not.toContain('90 days');
    expect(page).toMatch(/no cookies/i);
    expect(page).toMatch(/explicit consent/i);
  });
});

describe('accessibility statement', () => {
  test('names the practice and how to report a problem', async () => {
    const { status, text } = await get(webUrl, '/accessibility');
    expect(status).toBe(200);
    const page = visibleText(text);
    expect(page).toContain(practice.contactEmail);
    expect(page).toMatch(/WCAG\)? version 2\.2, level AA/);
  });
});
