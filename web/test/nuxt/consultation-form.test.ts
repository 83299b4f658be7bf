import { mountSuspended } from '@nuxt/test-utils/runtime';
import { describe, expect, it } from 'vitest';
import ConsultationForm from '~/components/consultation/ConsultationForm.vue';
import type { ConsultationFormState } from '#shared/types/consultation';
import { emptyConsultationValues } from '#shared/utils/consultation-form';

const blank = (): ConsultationFormState => ({ values: emptyConsultationValues(), errors: {}, notice: null });

async function mountForm(initial: ConsultationFormState = blank()) {
  const wrapper = await mountSuspended(ConsultationForm, { props: { initial, contactEmail: 'hello@example.org' }, attachTo: document.body });
  const root = wrapper.element as HTMLElement;
  const input = (id: string) => root.querySelector<HTMLInputElement>(`#${id}`)!;
  return { wrapper, root, input };
}

describe('ConsultationForm', () => {
  it('is a plain POST form to /consultation that works without JavaScript', async () => {
    const { root, input } = await mountForm();
    const form = root as HTMLFormElement;
    expect(form.tagName).toBe('FORM');
    expect(form.getAttribute('method')).toBe('post');
    expect(form.getAttribute('action')).toBe('/consultation');
    const names = [...form.querySelectorAll('input, textarea')].map((el) => el.getAttribute('name'));
    expect(names).toEqual(['name', 'email', 'preferredContact', 'preferredContact', 'phone', 'message', 'consent', 'website']);
    expect(input('consultation-consent').checked).toBe(false);
    expect(input('consultation-preferredContact-email').checked).toBe(true);
    expect(root.querySelector('label[for="consultation-consent"] a')?.getAttribute('href')).toBe('/privacy');
  });

  it('hides the honeypot from people, keyboards and autofill', async () => {
    const { input } = await mountForm();
    const trap = input('consultation-website');
    expect(trap.getAttribute('tabindex')).toBe('-1');
    expect(trap.getAttribute('autocomplete')).toBe('off');
    expect(trap.closest('[aria-hidden="true"]')?.classList.contains('visually-hidden')).toBe(true);
  });

  it('on a send with errors: a summary with links, messages tied to fields, focus on the summary, values kept', async () => {
    const { wrapper, root, input } = await mountForm();
    await wrapper.find('#consultation-email').setValue('sam@');
    await wrapper.find('#consultation-message').setValue('Evenings please');
    await wrapper.find('form').trigger('submit');
    await new Promise((resolve) => setTimeout(resolve, 0));

    const summary = root.querySelector('[role="alert"]')!;
    expect(summary.textContent).toContain('There is a problem');
    expect([...summary.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent])).toEqual([
      ['#consultation-name', 'Please enter your name.'],
      ['#consultation-email', 'Please enter your email address, like name@example.com.'],
      ['#consultation-consent', 'Please tick the box to agree to the privacy notice'],
    ]);
    expect(document.activeElement).toBe(summary);

    const email = input('consultation-email');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')?.split(' ')).toContain('consultation-email-error');
    expect(root.querySelector('#consultation-email-error')?.textContent).toContain('Please enter your email address');
    expect(email.value).toBe('sam@');
    expect((root.querySelector('#consultation-message') as HTMLTextAreaElement).value).toBe('Evenings please');
    expect(input('consultation-phone').hasAttribute('aria-invalid')).toBe(false);
  });

  it('says the phone number is needed once the reader chooses to be phoned', async () => {
    const { wrapper, root, input } = await mountForm();
    expect(root.querySelector('label[for="consultation-phone"]')?.textContent).toBe('Phone number (optional)');
    expect(root.querySelector('#consultation-phone-hint')?.textContent).toBe('Needed only if you would like to be phoned.');
    await wrapper.find('#consultation-preferredContact-phone').setValue(true);
    expect(root.querySelector('label[for="consultation-phone"]')?.textContent).toBe('Phone number (needed)');
    expect(input('consultation-phone').required).toBe(true);
  });

  it('counts the characters left in the message, limited to 1,000', async () => {
    const { wrapper, root } = await mountForm();
    const count = root.querySelector('#consultation-message-count')!;
    expect(count.textContent).toBe('You have 1,000 characters left.');
    await wrapper.find('#consultation-message').setValue('x'.repeat(999));
    expect(count.textContent).toBe('You have 1 character left.');
    expect(root.querySelector('#consultation-message')?.getAttribute('maxlength')).toBe('1000');
    expect(root.querySelector('#consultation-message')?.getAttribute('aria-describedby')).toContain('consultation-message-count');
    expect(root.querySelector('[aria-live="polite"]')).not.toBeNull();
  });

  it('shows what the server sent back after a post without JavaScript, with a message for the whole form', async () => {
    const values = { ...emptyConsultationValues(), name: 'Sam', email: 'sam@example.org', consent: true };
    const { root, input } = await mountForm({ values, errors: {}, notice: 'Please wait a few minutes.' });
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('Please wait a few minutes.');
    expect(root.querySelector('[role="alert"] a[href="mailto:hello@example.org"]')).not.toBeNull();
    expect(input('consultation-name').value).toBe('Sam');
    expect(input('consultation-consent').checked).toBe(true);
  });
});
