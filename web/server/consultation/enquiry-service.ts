import { randomBytes } from 'node:crypto';
import type { ConsultationOutcome } from '#shared/types/consultation';
import {
  type ConsultationRequest,
  consultationValues,
  HONEYPOT_FIELD,
  validateConsultation,
} from '#shared/utils/consultation-form';
import type { DeliveryResult, EnquiryPayload } from './enquiry-cms';
import type { Outbox } from './outbox-worker';
import type { RateLimiter } from '../utils/rate-limit';

/**
 * One consultation request, whichever way it came (HTML form or JSON): honeypot, validation,
 * rate limit, then the CMS, or the outbox whenever the CMS does not store it. Logs carry the
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
      let result: DeliveryResult;
      try {
        result = await send(payload);
      } catch {
        result = { kind: 'retry', reason: 'send failed' };
      }
      if (result.kind === 'stored') {
        log(`[enquiry] enquiry stored ${id}`);
        return { status: 'accepted' };
      }
      // Whatever the CMS said (down, a wrong token, even a 400 for fields our own schema
      // accepted), the request is kept and retried: the reader is never asked to type it again.
      try {
        await outbox.enqueue(payload, result);
        log(`[enquiry] enquiry queued ${id} (${result.reason})`);
        return { status: 'saved' };
      } catch (error) {
        console.error(`[enquiry] enquiry ${id} could not be stored or saved:`, error instanceof Error ? error.message : 'unknown error');
        return { status: 'failed', values };
      }
    },
  };
}
