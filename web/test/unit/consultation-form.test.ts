import { describe, expect, it } from 'vitest';
import {
  CONSENT_MESSAGE,
  CONSULTATION_FIELDS,
  consultationValues,
  emptyConsultationValues,
  MESSAGE_MAX_LENGTH,
  PHONE_REQUIRED_MESSAGE,
  validateConsultation,
} from '../../shared/utils/consultation-form';

const valid = {
  name: 'Sam Reader',
  email: 'sam@example.org',
  phone: '',
  preferredContact: 'email',
  message: '',
  consent: true,
};
const check = (overrides: Record<string, unknown>) => validateConsultation(consultationValues({ ...valid, ...overrides }));
const errorsOf = (overrides: Record<string, unknown>) => {
  const result = check(overrides);
  return result.success ? {} : result.errors;
};

describe('the consultation form schema', () => {
  it('accepts the reader fields, trimmed, without empty optional ones', () => {
    const result = check({ name: '  Sam Reader ', email: ' sam@example.org ' });
    expect(result).toEqual({
      success: true,
      data: { name: 'Sam Reader', email: 'sam@example.org', preferredContact: 'email', consent: true },
    });
  });

  it('keeps a phone number and a message when given', () => {
    const result = check({ phone: '+44 (0)7700 900123', preferredContact: 'phone', message: 'Evenings suit me.' });
    expect(result.success && result.data).toMatchObject({ phone: '+44 (0)7700 900123', preferredContact: 'phone', message: 'Evenings suit me.' });
  });

  it('asks for consent with the agreed words', () => {
    expect(errorsOf({ consent: false })).toEqual({ consent: CONSENT_MESSAGE });
    expect(CONSENT_MESSAGE).toBe('Please tick the box to agree to the privacy notice');
  });

  it.each([['on'], ['yes'], ['true'], [true]])('reads a ticked box sent as %j', (consent) => {
    expect(check({ consent }).success).toBe(true);
  });

  it.each([['off'], [''], [undefined], [1]])('does not take %j for consent', (consent) => {
    expect(errorsOf({ consent })).toHaveProperty('consent');
  });

  it('needs a phone number only when the reader asks to be phoned', () => {
    expect(errorsOf({ preferredContact: 'phone', phone: '   ' })).toEqual({ phone: PHONE_REQUIRED_MESSAGE });
    expect(check({ preferredContact: 'email', phone: '' }).success).toBe(true);
  });

  it('reports every problem at once, one message per field, in the form order', () => {
    const errors = errorsOf({ name: '', email: 'not an address', preferredContact: 'phone', phone: '', consent: false });
    expect(Object.keys(errors)).toEqual(['name', 'email', 'phone', 'consent']);
    expect(errors).toEqual({
      name: 'Please enter your name.',
      email: 'Please enter your email address, like name@example.com.',
      phone: PHONE_REQUIRED_MESSAGE,
      consent: CONSENT_MESSAGE,
    });
    expect(CONSULTATION_FIELDS).toEqual(['name', 'email', 'preferredContact', 'phone', 'message', 'consent']);
  });

  it('uses the CMS limits: 100 for the name, 1,000 for the message, the phone format', () => {
    expect(MESSAGE_MAX_LENGTH).toBe(1000);
    expect(errorsOf({ name: 'n'.repeat(101) })).toEqual({ name: 'Please keep this to 100 characters or fewer.' });
    expect(check({ message: 'm'.repeat(1000) }).success).toBe(true);
    expect(errorsOf({ message: 'm'.repeat(1001) })).toEqual({ message: 'Please keep this to 1,000 characters or fewer.' });
    expect(errorsOf({ phone: 'call me maybe' })).toHaveProperty('phone', expect.stringMatching(/phone number/));
  });

  it('counts a line break as one character, as the browser does (CRLF from a form post)', () => {
    const message = `${'a'.repeat(499)}\r\n${'b'.repeat(500)}`;
    expect(consultationValues({ message }).message).toHaveLength(1000);
    expect(check({ message }).success).toBe(true);
  });

  it('refuses a contact method the CMS does not know', () => {
    expect(errorsOf({ preferredContact: 'carrier pigeon' })).toEqual({ preferredContact: 'Please choose one of the options.' });
  });

  it('keeps only strings of the known fields to show again (JSON arrays or objects become empty)', () => {
    expect(consultationValues({ name: ['a', 'b'], email: { x: 1 }, status: 'closed', website: 'spam' })).toEqual({
      ...emptyConsultationValues(),
    });
  });

  it('ignores fields the reader must not set (status, submission id)', () => {
    const result = check({ status: 'closed', submissionId: 'chosen-by-the-reader-123' });
    expect(result.success && result.data).not.toHaveProperty('status');
    expect(result.success && result.data).not.toHaveProperty('submissionId');
  });
});
