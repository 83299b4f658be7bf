import { EnquiryInputSchema } from '@tend/shared-types';
import { z } from 'zod';
import {
  CONTACT_METHODS,
  type ConsultationField,
  type ConsultationValues,
  EMAIL_MAX_LENGTH,
  HONEYPOT_FIELD,
  MESSAGE_MAX_LENGTH,
  NAME_MAX_LENGTH,
  PHONE_MAX_LENGTH,
  validateConsultation,
} from './consultation-form';
import { CONSULTATION_MESSAGES } from './consultation-messages';

/**
 * What the consultation page's browser script (app/browser/consultation-form.js) needs to check
 * the form as the server does, without shipping zod: plain limits, patterns and messages, sent as
 * a JSON data block in the page. Everything here is derived from the one schema: limits and
 * patterns from `EnquiryInputSchema`, and every message is what `validateConsultation` itself
 * answers for a request breaking that one rule (so the server's friendly wording comes along).
 */

export type BrowserCheck =
  | { kind: 'filled'; message: string }
  | { kind: 'maxLength'; max: number; message: string }
  /** A RegExp source, tested without flags, as zod tests it. */
  | { kind: 'pattern'; pattern: string; message: string }
  | { kind: 'oneOf'; options: string[]; message: string }
  | { kind: 'ticked'; message: string };

export interface BrowserFieldRule {
  name: ConsultationField;
  /** The server trims the value before checking it. */
  trim?: boolean;
  /** An empty value is accepted and its checks are skipped. */
  optional?: boolean;
  /** The first failing check gives the field's message, in the server's order. */
  checks: BrowserCheck[];
  /** Needed (when empty, this message) once another field has this value. */
  neededWhen?: { field: ConsultationField; value: string; message: string };
}

export interface ConsultationBrowserRules {
  /** In the form's order, which is the error summary's order. */
  fields: BrowserFieldRule[];
  honeypot: string;
  endpoint: string;
  /** Fallbacks for answers without a message of ours (a proxy's error page, no connection). */
  messages: { failed: string; unreachable: string };
  phoneNote: typeof PHONE_NOTE;
  charactersLeft: typeof CHARACTERS_LEFT;
  sending: string;
}

/** After the phone label: whether the number is needed follows the contact choice. */
export const PHONE_NOTE = { needed: '(needed)', optional: '(optional)' } as const;
/** `{count}` is replaced by the number of characters left, written the British way (1,000). */
export const CHARACTERS_LEFT = { one: 'You have {count} character left.', other: 'You have {count} characters left.' } as const;

/** The counter under the message, as the server renders it and the browser script updates it. */
export function charactersLeftText(left: number): string {
  return (left === 1 ? CHARACTERS_LEFT.one : CHARACTERS_LEFT.other).replace('{count}', left.toLocaleString('en-GB'));
}

export function phoneNote(preferredContact: string): string {
  return preferredContact === 'phone' ? PHONE_NOTE.needed : PHONE_NOTE.optional;
}

/** A complete, valid request: each probe below breaks exactly one rule of it. */
const VALID: ConsultationValues = {
  name: 'Sam',
  email: 'sam@example.org',
  phone: '',
  preferredContact: 'email',
  message: '',
  consent: true,
};

/** What the server says about `field` for a request that breaks one rule; throws if it has nothing to say. */
function serverMessage(field: ConsultationField, change: Partial<ConsultationValues>): string {
  const result = validateConsultation({ ...VALID, ...change });
  const message = result.success ? undefined : result.errors[field];
  if (!message) {
    throw new Error(`The server accepts ${field} = ${JSON.stringify(change)}: consultation-rules.ts no longer matches the schema.`);
  }
  return message;
}

/** The schema's own pattern for a string field, through zod's public JSON Schema export. */
function patternOf(schema: z.ZodType): string {
  const { pattern } = z.toJSONSchema(schema);
  if (!pattern) throw new Error('consultation-rules.ts expects a pattern in the schema.');
  return pattern;
}

function buildFields(): BrowserFieldRule[] {
  const shape = EnquiryInputSchema.shape;
  const tooLong = (field: ConsultationField, max: number, fill: (length: number) => string): BrowserCheck => ({
    kind: 'maxLength',
    max,
    message: serverMessage(field, { [field]: fill(max + 1) }),
  });
  return [
    {
      name: 'name',
      trim: true,
      checks: [{ kind: 'filled', message: serverMessage('name', { name: '' }) }, tooLong('name', NAME_MAX_LENGTH, (n) => 'x'.repeat(n))],
    },
    {
      name: 'email',
      trim: true,
      // The format comes first: zod checks an email's format before its length.
      checks: [
        { kind: 'pattern', pattern: patternOf(shape.email), message: serverMessage('email', { email: 'name@' }) },
        tooLong('email', EMAIL_MAX_LENGTH, (n) => `${'x'.repeat(n - '@example.org'.length)}@example.org`),
      ],
    },
    {
      name: 'preferredContact',
      checks: [{ kind: 'oneOf', options: [...CONTACT_METHODS], message: serverMessage('preferredContact', { preferredContact: '' }) }],
    },
    {
      name: 'phone',
      trim: true,
      optional: true,
      // Here the length comes first: it is declared before the pattern.
      checks: [
        tooLong('phone', PHONE_MAX_LENGTH, (n) => '1'.repeat(n)),
        { kind: 'pattern', pattern: patternOf(shape.phone.unwrap().unwrap()), message: serverMessage('phone', { phone: 'call me' }) },
      ],
      neededWhen: { field: 'preferredContact', value: 'phone', message: serverMessage('phone', { preferredContact: 'phone', phone: '' }) },
    },
    { name: 'message', trim: true, optional: true, checks: [tooLong('message', MESSAGE_MAX_LENGTH, (n) => 'x'.repeat(n))] },
    { name: 'consent', checks: [{ kind: 'ticked', message: serverMessage('consent', { consent: false }) }] },
  ];
}

let fields: BrowserFieldRule[] | undefined;

/** The rules for the page's data block (the fields are derived once per server process). */
export function consultationBrowserRules(): ConsultationBrowserRules {
  fields ??= buildFields();
  return {
    fields,
    honeypot: HONEYPOT_FIELD,
    endpoint: '/api/consultation',
    messages: { failed: CONSULTATION_MESSAGES.notSaved, unreachable: CONSULTATION_MESSAGES.unreachable },
    phoneNote: PHONE_NOTE,
    charactersLeft: CHARACTERS_LEFT,
    sending: 'Sending…',
  };
}
