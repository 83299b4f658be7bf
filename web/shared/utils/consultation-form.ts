import { EnquiryInputSchema } from '@tend/shared-types';
import { z } from 'zod';

/**
 * The consultation form's one schema, used by the browser (inline validation) and the server
 * (both the HTML form POST and the JSON route). Lengths, formats and the contact choices come
 * from the CMS schema through `EnquiryInputSchema`; the form adds what only a reader's request
 * needs: consent must be given, and a phone number when the reader asks to be phoned.
 */

export const CONSENT_MESSAGE = 'Please tick the box to agree to the privacy notice';
export const PHONE_REQUIRED_MESSAGE = 'Please enter a phone number, or choose email as the way to contact you.';

/** A field bots like to fill in; people never see it. */
export const HONEYPOT_FIELD = 'website';

/** In the form's order (the error summary follows it). */
export const CONSULTATION_FIELDS = ['name', 'email', 'preferredContact', 'phone', 'message', 'consent'] as const;
export type ConsultationField = (typeof CONSULTATION_FIELDS)[number];
export type ConsultationErrors = Partial<Record<ConsultationField, string>>;

const shape = EnquiryInputSchema.shape;
export const CONTACT_METHODS = shape.preferredContact.options;
export type ContactMethod = (typeof CONTACT_METHODS)[number];
export const MESSAGE_MAX_LENGTH = shape.message.unwrap().unwrap().maxLength ?? 1000;
export const NAME_MAX_LENGTH = shape.name.maxLength ?? 100;
export const EMAIL_MAX_LENGTH = shape.email.maxLength ?? 254;
export const PHONE_MAX_LENGTH = shape.phone.unwrap().unwrap().maxLength ?? 30;

export const ConsultationFormSchema = EnquiryInputSchema.pick({
  name: true,
  email: true,
  phone: true,
  preferredContact: true,
  message: true,
})
  .extend({ consent: z.literal(true, { error: CONSENT_MESSAGE }) })
  .refine((value) => value?.preferredContact !== 'phone' || !!value.phone, {
    path: ['phone'],
    message: PHONE_REQUIRED_MESSAGE,
    // Report it together with the other fields' errors, not only once they are fixed.
    when: () => true,
  });

export type ConsultationRequest = z.infer<typeof ConsultationFormSchema>;

/** What the reader typed, as the form shows it (always strings, so it can be shown again). */
export interface ConsultationValues {
  name: string;
  email: string;
  phone: string;
  preferredContact: string;
  message: string;
  consent: boolean;
}

export function emptyConsultationValues(): ConsultationValues {
  return { name: '', email: '', phone: '', preferredContact: 'email', message: '', consent: false };
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
/** Browsers send a textarea's line breaks as CRLF; `maxlength` counts them as one character. */
const lines = (value: string): string => value.replace(/\r\n?/g, '\n');
const ticked = (value: unknown): boolean => value === true || value === 'on' || value === 'true' || value === 'yes';

/** The typed values from a form post or JSON body, ready to show again (nothing else kept). */
export function consultationValues(raw: Record<string, unknown>): ConsultationValues {
  return {
    name: text(raw.name),
    email: text(raw.email),
    phone: text(raw.phone),
    preferredContact: text(raw.preferredContact) || 'email',
    message: lines(text(raw.message)),
    consent: ticked(raw.consent),
  };
}

/** Readers' words for the generated schema's generic messages ("Please fill this in."). */
const FRIENDLY: Partial<Record<ConsultationField, (issue: z.core.$ZodIssue) => string | undefined>> = {
  name: (issue) => (issue.code === 'too_small' ? 'Please enter your name.' : undefined),
  email: (issue) => (issue.code === 'invalid_format' ? 'Please enter your email address, like name@example.com.' : undefined),
  phone: (issue) =>
    issue.code === 'invalid_format'
      ? 'Please enter a phone number using numbers, spaces and brackets only, like 07700 900123.'
      : undefined,
};

/** The first message for each field, in the form's order. */
function firstErrors(issues: z.core.$ZodIssue[]): ConsultationErrors {
  const errors: ConsultationErrors = {};
  for (const field of CONSULTATION_FIELDS) {
    const issue = issues.find((candidate) => candidate.path[0] === field);
    if (issue) errors[field] = FRIENDLY[field]?.(issue) ?? issue.message;
  }
  return errors;
}

export type ConsultationValidation =
  | { success: true; data: ConsultationRequest }
  | { success: false; errors: ConsultationErrors };

/** Validates what the reader typed: one message per field, in the form's order. */
export function validateConsultation(values: ConsultationValues): ConsultationValidation {
  const input = {
    name: values.name.trim(),
    email: values.email.trim(),
    phone: values.phone.trim() || undefined,
    preferredContact: values.preferredContact,
    message: values.message.trim() || undefined,
    consent: values.consent,
  };
  const parsed = ConsultationFormSchema.safeParse(input);
  if (parsed.success) return { success: true, data: parsed.data };
  return { success: false, errors: firstErrors(parsed.error.issues) };
}

/** The element each field's error links to (the first radio for the contact choice). */
export function consultationFieldId(field: ConsultationField): string {
  return field === 'preferredContact' ? 'consultation-preferredContact-email' : `consultation-${field}`;
}
