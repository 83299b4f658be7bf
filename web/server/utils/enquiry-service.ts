import { randomBytes } from 'node:crypto';
import type { ConsultationOutcome } from '#shared/types/consultation';
import {
  CONSULTATION_FIELDS,
  type ConsultationErrors,
  type ConsultationRequest,
  consultationValues,
  HONEYPOT_FIELD,
  validateConsultation,
} from '#shared/utils/consultation-form';
import type { DeliveryResult, EnquiryPayload } from './enquiry-cms';
import type { Outbox } from './outbox-worker';
import type { RateLimiter } from './rate-limit';

/**
 * One consultation request, whichever way it came (HTML form or JSON): honeypot, validation,
 * rate limit, then the CMS, or the outbox when the CMS cannot take it now. Logs carry the
 * submission id and what happened, never a name, an address or the message.
 */
export interface EnquiryServiceOptions {
  limiter: RateLimiter;
  outbox: Outbox;
  send: (payload: EnquiryPayload) => Promise<DeliveryResult>;
  newSubmissionId?: () => string;
  log?: (line: string) => void;
}

export interface EnquiryService {
  submit(raw: Record<string, unknown>, clientKey: string): Promise<ConsultationOutcome>;
}

/** 16 random bytes: 22 base64url characters, the shape the CMS accepts. */
export const newSubmissionId = (): string => randomBytes(16).toString('base64url');

export function isHoneypotHit(raw: Record<string, unknown>): boolean {
  const value = raw[HONEYPOT_FIELD];
  return value !== undefined && value !== null && String(value).trim() !== '';
}

export function toEnquiryPayload(request: ConsultationRequest, submissionId: string): EnquiryPayload {
  return {
    name: request.name,
    email: request.email,
    ...(request.phone ? { phone: request.phone } : {}),
    preferredContact: request.preferredContact,
    ...(request.message ? { message: request.message } : {}),
    consent: true,
    submissionId,
  };
}

/** The CMS named the fields it refused; the reader sees them like any other field error. */
function readerErrors(fields: string[]): ConsultationErrors {
  const errors: ConsultationErrors = {};
  for (const field of CONSULTATION_FIELDS) {
    if (fields.includes(field)) errors[field] = 'Please check this and try again.';
  }
  return errors;
}

export function createEnquiryService(options: EnquiryServiceOptions): EnquiryService {
  const { limiter, outbox, send, log = console.info } = options;
  const makeId = options.newSubmissionId ?? newSubmissionId;

  return {
    async submit(raw, clientKey) {
      // Bots get the same answer as people, and nothing is stored or counted.
      if (isHoneypotHit(raw)) return { status: 'accepted' };
      const values = consultationValues(raw);
      const checked = validateConsultation(values);
      if (!checked.success) return { status: 'invalid', errors: checked.errors, values };
      // Only requests that would be stored count: a reader fixing typos is never locked out.
      const decision = await limiter.take(clientKey);
      if (!decision.allowed) return { status: 'rate-limited', retryAfterSeconds: decision.retryAfterSeconds, values };

      const payload = toEnquiryPayload(checked.data, makeId());
      const id = payload.submissionId;
      try {
        const result = await send(payload);
        if (result.kind === 'stored') {
          log(`[enquiry] enquiry stored ${id}`);
        } else if (result.kind === 'retry') {
          await outbox.enqueue(payload, result.reason);
          log(`[enquiry] enquiry queued ${id} (${result.reason})`);
        } else if (result.kind === 'invalid' && Object.keys(readerErrors(result.fields)).length > 0) {
          return { status: 'invalid', errors: readerErrors(result.fields), values };
        } else {
          await outbox.park(payload, result.reason);
        }
        return { status: 'accepted' };
      } catch (error) {
        console.error(`[enquiry] enquiry ${id} could not be stored or queued:`, error instanceof Error ? error.message : 'unknown error');
        return { status: 'failed', values };
      }
    },
  };
}
