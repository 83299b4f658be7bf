// The consultation form as the server renders it, and as app/browser/consultation-form.js (the
// only script on the page) enhances it: the script runs here on happy-dom against the component's
// real markup and the page's real rules block.
import { mountSuspended } from '@nuxt/test-utils/runtime';
import { afterEach, describe, expect, it, vi } from 'vitest';
import formScript from '~/browser/consultation-form.js?raw';
import ConsultationForm from '~/components/consultation/ConsultationForm.vue';
import type { ConsultationFormState } from '#shared/types/consultation';
import { CONSENT_MESSAGE, type ConsultationValues, emptyConsultationValues } from '#shared/utils/consultation-form';
import { CONSULTATION_MESSAGES } from '#shared/utils/consultation-messages';
import { consultationBrowserRules } from '#shared/utils/consultation-rules';

const blank = (): ConsultationFormState => ({ values: emptyConsultationValues(), errors: {}, notice: null });
const READER: ConsultationValues = {
  name: 'Sam',
  email: 'sam@example.org',
  phone: '07700 900123',
  preferredContact: 'phone',
  message: 'Evenings please',
  consent: true,
};

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const step of cleanup.reverse()) step();
  cleanup = [];
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** Server-rendered markup only (what a reader without JavaScript gets). */
async function renderForm(initial: ConsultationFormState = blank()) {
  const wrapper = await mountSuspended(ConsultationForm, { props: { initial, contactEmail: 'hello@example.org' }, attachTo: document.body });
  cleanup.push(() => wrapper.unmount());
  const form = wrapper.element as HTMLFormElement;
  const input = (id: string) => form.querySelector<HTMLInputElement>(`#${id}`)!;
  return { form, input };
}

/** The markup plus the page's rules block and its script, as /consultation serves them. */
async function enhancedForm(initial: ConsultationFormState = blank()) {
  const rendered = await renderForm(initial);
  const rules = document.createElement('script');
  rules.type = 'application/json';
  rules.id = 'consultation-rules';
  rules.textContent = JSON.stringify(consultationBrowserRules());
  document.body.append(rules);
  cleanup.push(() => rules.remove());
  new Function(formScript)();
  expect(rendered.form.dataset.enhanced).toBe('true');
  return rendered;
}

/** Puts values into the controls, as a reader would leave them. */
function fill(form: HTMLFormElement, values: ConsultationValues): void {
  const control = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
  control('name').value = values.name;
  control('email').value = values.email;
  control('phone').value = values.phone;
  control('message').value = values.message;
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="preferredContact"]')) radio.checked = radio.value === values.preferredContact;
  control('consent').checked = values.consent;
}

function submit(form: HTMLFormElement): void {
  form.dispatchEvent(new Event('submit', { cancelable: true }));
}

/** The message shown beside each field (without the "Error: " said to screen readers). */
function shownErrors(form: HTMLFormElement): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const field of form.querySelectorAll<HTMLElement>('[data-field]')) {
    const slot = field.querySelector<HTMLElement>('.field__error')!;
    if (!slot.hidden) shown[field.dataset.field!] = slot.textContent!.replace(/^Error: /, '');
  }
  return shown;
}

function summaryLinks(form: HTMLFormElement): string[][] {
  return [...form.querySelectorAll('.error-summary a[href^="#"]')].map((a) => [a.getAttribute('href')!, a.textContent!]);
}

/** A fetch that answers once with this status and body (a string body is sent as is). */
function answer(status: number, body: unknown) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const fetch = vi.fn(async () => new Response(text, { status, headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ConsultationForm without JavaScript', () => {
  it('is a plain POST form to /consultation with every field named', async () => {
    const { form, input } = await renderForm();
    expect(form.getAttribute('method')).toBe('post');
    expect(form.getAttribute('action')).toBe('/consultation');
    const names = [...form.querySelectorAll('input, textarea')].map((el) => el.getAttribute('name'));
    expect(names).toEqual(['name', 'email', 'preferredContact', 'preferredContact', 'phone', 'message', 'consent', 'website']);
    expect(input('consultation-consent').checked).toBe(false);
    expect(input('consultation-preferredContact-email').checked).toBe(true);
    expect(form.querySelector('label[for="consultation-consent"] a')?.getAttribute('href')).toBe('/privacy');
    expect(form.querySelector<HTMLElement>('.error-summary')!.hidden, 'nothing to say yet').toBe(true);
    expect(form.querySelector('#consultation-message-count')?.textContent).toBe('You have 1,000 characters left.');
    expect(form.dataset.enhanced).toBeUndefined();
  });

  it('hides the honeypot from people, keyboards and autofill', async () => {
    const { input } = await renderForm();
    const trap = input('consultation-website');
    expect(trap.getAttribute('tabindex')).toBe('-1');
    expect(trap.getAttribute('autocomplete')).toBe('off');
    expect(trap.closest('[aria-hidden="true"]')?.classList.contains('visually-hidden')).toBe(true);
  });

  it('shows what the server sent back after a post: values, errors tied to fields, a focused summary', async () => {
    const values = { ...emptyConsultationValues(), name: 'Sam', email: 'sam@', preferredContact: 'phone', message: 'Hi' };
    const { form, input } = await renderForm({ values, errors: { email: 'Bad email.', consent: CONSENT_MESSAGE }, notice: null });
    const summary = form.querySelector<HTMLElement>('[role="alert"]')!;
    expect(summary.hidden).toBe(false);
    expect(summary.hasAttribute('autofocus')).toBe(true);
    expect(summaryLinks(form)).toEqual([
      ['#consultation-email', 'Bad email.'],
      ['#consultation-consent', CONSENT_MESSAGE],
    ]);
    expect(input('consultation-email').value).toBe('sam@');
    expect(input('consultation-email').getAttribute('aria-invalid')).toBe('true');
    expect(input('consultation-email').getAttribute('aria-describedby')).toBe('consultation-email-hint consultation-email-error');
    expect(input('consultation-name').hasAttribute('aria-invalid')).toBe(false);
    expect(input('consultation-preferredContact-phone').checked).toBe(true);
    expect(form.querySelector('label[for="consultation-phone"]')?.textContent).toBe('Phone number (needed)');
    expect(input('consultation-phone').required).toBe(true);
    expect(form.querySelector('#consultation-message-count')?.textContent).toBe('You have 998 characters left.');
  });

  it('shows a message for the whole form with the email address', async () => {
    const values = { ...emptyConsultationValues(), name: 'Sam', email: 'sam@example.org', consent: true };
    const { form, input } = await renderForm({ values, errors: {}, notice: 'Please wait a few minutes.' });
    const summary = form.querySelector<HTMLElement>('[role="alert"]')!;
    expect(summary.hidden).toBe(false);
    expect(summary.textContent).toContain('Please wait a few minutes. Email: hello@example.org');
    expect(summary.querySelector('a[href="mailto:hello@example.org"]')).not.toBeNull();
    expect(input('consultation-consent').checked).toBe(true);
  });
});

describe('the browser script checks with the server’s rules', () => {
  const long = (length: number, fill = 'x') => fill.repeat(length);
  const cases: [string, Partial<ConsultationValues>][] = [
    ['nothing filled in', { ...emptyConsultationValues() }],
    ['a complete request', {}],
    ['spaces only as a name', { name: '   ' }],
    ['a name at the limit', { name: long(100) }],
    ['a name over the limit', { name: long(101) }],
    ['an unfinished email address', { email: 'sam@' }],
    ['an email address without a dot in the domain', { email: 'sam@example' }],
    ['an email address with spaces around it', { email: '  sam@example.org  ' }],
    ['two dots in an email address', { email: 'sam..jones@example.org' }],
    ['an email address over the limit', { email: `${long(243)}@example.org` }],
    ['a long, malformed email address', { email: long(300) }],
    ['phone chosen, no number', { phone: '' }],
    ['phone chosen, spaces only', { phone: '   ' }],
    ['letters as a phone number', { phone: 'call me' }],
    ['too short a phone number', { phone: '123' }],
    ['an international number with brackets', { phone: '+44 (0)7700 900123' }],
    ['a phone number over the limit', { phone: long(31, '1') }],
    ['email chosen and a malformed number', { preferredContact: 'email', phone: 'abc' }],
    ['email chosen and no number', { preferredContact: 'email', phone: '' }],
    ['no contact choice', { preferredContact: '' }],
    ['a message at the limit', { message: long(1000) }],
    ['a message over the limit', { message: long(1001) }],
    ['a message of spaces', { message: '    ' }],
    ['no consent', { consent: false }],
    ['everything wrong at once', { name: '', email: 'x', phone: '12', message: long(1001), consent: false }],
  ];

  it.each(cases)('%s: the same messages as validateConsultation', async (_label, change) => {
    const { validateConsultation } = await import('#shared/utils/consultation-form');
    const values = { ...READER, ...change };
    const fetch = answer(201, { next: '/consultation/thanks' });
    vi.spyOn(window.location, 'assign').mockImplementation(() => undefined);
    const { form } = await enhancedForm();
    fill(form, values);
    submit(form);

    const server = validateConsultation(values);
    expect(shownErrors(form)).toEqual(server.success ? {} : server.errors);
    expect(summaryLinks(form).map(([, text]) => text)).toEqual(server.success ? [] : Object.values(server.errors));
    expect(fetch).toHaveBeenCalledTimes(server.success ? 1 : 0);
  });
});

describe('ConsultationForm with its script', () => {
  it('on a send with errors: a summary with links, messages tied to fields, focus on the summary, values kept', async () => {
    const fetch = answer(201, { next: '/consultation/thanks' });
    const { form, input } = await enhancedForm();
    fill(form, { ...emptyConsultationValues(), email: 'sam@', message: 'Evenings please' });
    submit(form);

    const summary = form.querySelector<HTMLElement>('[role="alert"]')!;
    expect(summary.hidden).toBe(false);
    expect(summary.textContent).toContain('There is a problem');
    expect(summaryLinks(form)).toEqual([
      ['#consultation-name', 'Please enter your name.'],
      ['#consultation-email', 'Please enter your email address, like name@example.com.'],
      ['#consultation-consent', CONSENT_MESSAGE],
    ]);
    expect(document.activeElement).toBe(summary);
    expect(fetch).not.toHaveBeenCalled();

    const email = input('consultation-email');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')?.split(' ')).toEqual(['consultation-email-hint', 'consultation-email-error']);
    expect(form.querySelector('#consultation-email-error')?.textContent).toBe('Error: Please enter your email address, like name@example.com.');
    expect(form.querySelector('[data-field="email"]')?.classList.contains('field--error')).toBe(true);
    expect(email.value).toBe('sam@');
    expect(form.querySelector('textarea')!.value).toBe('Evenings please');
    expect(input('consultation-phone').hasAttribute('aria-invalid')).toBe(false);
  });

  it('a link in the summary moves focus to its field', async () => {
    const { form, input } = await enhancedForm();
    submit(form);
    const link = form.querySelector<HTMLAnchorElement>('.error-summary a[href="#consultation-consent"]')!;
    link.click();
    expect(document.activeElement).toBe(input('consultation-consent'));
  });

  it('once sent with errors, a field’s error follows its value as the reader corrects it', async () => {
    const { form, input } = await enhancedForm();
    submit(form);
    input('consultation-name').value = 'Sam';
    input('consultation-name').dispatchEvent(new Event('change', { bubbles: true }));
    expect(shownErrors(form).name).toBeUndefined();
    expect(input('consultation-name').hasAttribute('aria-invalid')).toBe(false);
    expect(summaryLinks(form).map(([href]) => href)).toEqual(['#consultation-email', '#consultation-consent']);

    input('consultation-preferredContact-phone').checked = true;
    input('consultation-preferredContact-phone').dispatchEvent(new Event('change', { bubbles: true }));
    expect(shownErrors(form).phone).toBe('Please enter a phone number, or choose email as the way to contact you.');
  });

  it('picks up the errors the server rendered after a post, and lets them go as they are fixed', async () => {
    const values = { ...emptyConsultationValues(), name: 'Sam', email: 'sam@' };
    const { form, input } = await enhancedForm({ values, errors: { email: 'Please enter your email address, like name@example.com.' }, notice: null });
    input('consultation-email').value = 'sam@example.org';
    input('consultation-email').dispatchEvent(new Event('change', { bubbles: true }));
    expect(shownErrors(form)).toEqual({});
    expect(form.querySelector<HTMLElement>('.error-summary')!.hidden).toBe(true);
    expect(input('consultation-email').getAttribute('aria-describedby')).toBe('consultation-email-hint');
  });

  it('says the phone number is needed once the reader chooses to be phoned', async () => {
    const { form, input } = await enhancedForm();
    const label = () => form.querySelector('label[for="consultation-phone"]')?.textContent;
    expect(label()).toBe('Phone number (optional)');
    input('consultation-preferredContact-phone').checked = true;
    input('consultation-preferredContact-phone').dispatchEvent(new Event('change', { bubbles: true }));
    expect(label()).toBe('Phone number (needed)');
    expect(input('consultation-phone').required).toBe(true);
    input('consultation-preferredContact-email').checked = true;
    input('consultation-preferredContact-email').dispatchEvent(new Event('change', { bubbles: true }));
    expect(label()).toBe('Phone number (optional)');
    expect(input('consultation-phone').required).toBe(false);
  });

  it('counts the characters left as the reader types, and says it once they pause', async () => {
    vi.useFakeTimers();
    const { form } = await enhancedForm();
    const message = form.querySelector('textarea')!;
    const count = form.querySelector('#consultation-message-count')!;
    const live = form.querySelector('[aria-live="polite"]')!;
    expect(message.getAttribute('maxlength')).toBe('1000');
    expect(message.getAttribute('aria-describedby')).toContain('consultation-message-count');
    message.value = 'x'.repeat(999);
    message.dispatchEvent(new Event('input', { bubbles: true }));
    expect(count.textContent).toBe('You have 1 character left.');
    expect(live.textContent).toBe('');
    vi.advanceTimersByTime(700);
    expect(live.textContent).toBe('You have 1 character left.');
  });

  it('sends JSON once, stays busy, and goes to the thanks page on 201', async () => {
    const fetch = answer(201, { next: '/consultation/thanks' });
    const assign = vi.spyOn(window.location, 'assign').mockImplementation(() => undefined);
    const { form } = await enhancedForm();
    fill(form, READER);
    submit(form);
    submit(form);
    const button = form.querySelector('button')!;
    expect(button.textContent).toBe('Sending…');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(form.getAttribute('aria-busy')).toBe('true');
    await settle();

    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/consultation');
    expect(init.method).toBe('POST');
    expect(new Headers(init.headers).get('content-type')).toBe('application/json');
    expect(JSON.parse(String(init.body))).toEqual({ ...READER, website: '' });
    expect(assign).toHaveBeenCalledWith('/consultation/thanks');
  });

  it('goes to the "saved" page on 202 (kept in the outbox, not yet with the therapist)', async () => {
    answer(202, { next: '/consultation/saved' });
    const assign = vi.spyOn(window.location, 'assign').mockImplementation(() => undefined);
    const { form } = await enhancedForm();
    fill(form, READER);
    submit(form);
    await settle();
    expect(assign).toHaveBeenCalledWith('/consultation/saved');
  });

  it('on 400 shows the server’s message for each field, keeping everything typed', async () => {
    answer(400, { errors: { email: 'The server says no.' } });
    const { form, input } = await enhancedForm();
    fill(form, READER);
    submit(form);
    await settle();
    expect(shownErrors(form)).toEqual({ email: 'The server says no.' });
    expect(document.activeElement).toBe(form.querySelector('[role="alert"]'));
    expect(input('consultation-email').value).toBe(READER.email);
    expect(form.querySelector('textarea')!.value).toBe(READER.message);
    const button = form.querySelector('button')!;
    expect([button.textContent, button.hasAttribute('aria-disabled'), form.hasAttribute('aria-busy')]).toEqual(['Send request', false, false]);
  });

  it.each([
    ['429 with its message', () => answer(429, { message: CONSULTATION_MESSAGES.rateLimited }), CONSULTATION_MESSAGES.rateLimited],
    ['503 with its message', () => answer(503, { message: CONSULTATION_MESSAGES.notSaved }), CONSULTATION_MESSAGES.notSaved],
    ['403 with its message', () => answer(403, { message: CONSULTATION_MESSAGES.crossSite }), CONSULTATION_MESSAGES.crossSite],
    ['415 with its message', () => answer(415, { message: CONSULTATION_MESSAGES.unsupported }), CONSULTATION_MESSAGES.unsupported],
    ['a 502 from a proxy (no JSON)', () => answer(502, '<html>Bad gateway</html>'), CONSULTATION_MESSAGES.notSaved],
    ['a network failure', () => vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')))), CONSULTATION_MESSAGES.unreachable],
  ])('on %s: the message in the summary with the email address, values kept', async (_label, respond, expected) => {
    respond();
    const { form, input } = await enhancedForm();
    fill(form, READER);
    submit(form);
    await settle();
    const summary = form.querySelector<HTMLElement>('[role="alert"]')!;
    expect(summary.hidden).toBe(false);
    expect(summary.querySelector('.error-summary__notice-text')?.textContent).toBe(expected);
    expect(summary.querySelector('a[href="mailto:hello@example.org"]')).not.toBeNull();
    expect(summaryLinks(form)).toEqual([]);
    expect(document.activeElement).toBe(summary);
    expect(input('consultation-name').value).toBe(READER.name);
    expect(input('consultation-consent').checked).toBe(true);
    expect(form.querySelector('button')!.textContent).toBe('Send request');
  });
});
