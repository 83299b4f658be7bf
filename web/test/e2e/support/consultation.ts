// The consultation form as a reader fills it in, the request as the therapist finds it in the
// dashboard, and raw posts from a chosen loopback address (each rate-limit test its own client).
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import type { Page } from 'playwright-core';
import type { Admin } from './admin';
import { BROWSER_HEADERS } from './http';

export const ENQUIRY_UID = 'api::enquiry.enquiry';
export const CONSENT_MESSAGE = 'Please tick the box to agree to the privacy notice';

export interface Reader {
  name: string;
  email: string;
  phone: string;
  message: string;
}

/** Someone no other test (or run) uses, so the dashboard can be searched by their address. */
export function uniqueReader(label: string): Reader {
  const tag = randomBytes(4).toString('hex');
  return {
    name: `Sam ${label} ${tag}`,
    email: `reader-${label}-${tag}@example.org`,
    phone: '07700 900123',
    message: `Weekday evenings suit me best (${tag}).`,
  };
}

/** Fills the fields that are given (consent and contact choice only when asked). */
export async function fillForm(page: Page, fields: Partial<Reader> & { preferredContact?: 'email' | 'phone'; consent?: boolean }): Promise<void> {
  if (fields.name !== undefined) await page.getByLabel('Your name').fill(fields.name);
  if (fields.email !== undefined) await page.getByLabel('Email address').fill(fields.email);
  if (fields.preferredContact) await page.locator(`#consultation-preferredContact-${fields.preferredContact}`).check();
  if (fields.phone !== undefined) await page.locator('#consultation-phone').fill(fields.phone);
  if (fields.message !== undefined) await page.locator('#consultation-message').fill(fields.message);
  if (fields.consent !== undefined) await page.locator('#consultation-consent').setChecked(fields.consent);
}

/** What the form shows now (what the reader would see in each field). */
export async function formValues(page: Page) {
  return {
    name: await page.locator('#consultation-name').inputValue(),
    email: await page.locator('#consultation-email').inputValue(),
    phone: await page.locator('#consultation-phone').inputValue(),
    message: await page.locator('#consultation-message').inputValue(),
    phoneChosen: await page.locator('#consultation-preferredContact-phone').isChecked(),
    consent: await page.locator('#consultation-consent').isChecked(),
  };
}

/** With JavaScript: wait until the form handles sending itself (after hydration). */
export async function waitForEnhancedForm(page: Page): Promise<void> {
  await page.locator('form.consultation-form[data-enhanced="true"]').waitFor({ state: 'attached', timeout: 15_000 });
}

export interface StoredEnquiry {
  documentId: string;
  name: string;
  email: string;
  phone: string | null;
  preferredContact: string;
  message: string | null;
  consent: boolean;
  status: string;
  submissionId: string | null;
}

/** Consultation requests from this address, as the therapist's dashboard lists them. */
export async function enquiriesFrom(admin: Admin, email: string): Promise<StoredEnquiry[]> {
  const query = `page=1&pageSize=100&filters[$and][0][email][$eq]=${encodeURIComponent(email)}`;
  const body = await admin.expectOk<{ results: StoredEnquiry[] }>('GET', `/content-manager/collection-types/${ENQUIRY_UID}?${query}`);
  return body.results;
}

export interface Posted {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** POST from a given loopback address (the rate limit counts per client address). */
export function postFrom(
  webUrl: string,
  path: string,
  body: string,
  contentType: string,
  from = '127.0.0.1',
  headers: Record<string, string> = {},
): Promise<Posted> {
  return new Promise((resolve, reject) => {
    const req = request(
      new URL(path, webUrl),
      {
        method: 'POST',
        localAddress: from,
        headers: { ...BROWSER_HEADERS, ...headers, 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body) },
        timeout: 30_000,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`POST ${path} timed out`)));
    req.on('error', reject);
    req.end(body);
  });
}

export const asForm = (fields: Record<string, string>): string => new URLSearchParams(fields).toString();

export function formFields(reader: Reader, extra: Record<string, string> = {}): Record<string, string> {
  return { name: reader.name, email: reader.email, phone: '', preferredContact: 'email', message: reader.message, consent: 'yes', website: '', ...extra };
}
