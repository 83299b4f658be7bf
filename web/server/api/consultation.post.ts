import type { ConsultationErrors } from '#shared/utils/consultation-form';
import { consultationReply } from '#shared/utils/consultation-outcomes';

/**
 * The consultation form with JavaScript: JSON in; out, the status and the page to go to or the
 * message of the one outcome table (shared/utils/consultation-outcomes.ts), and for 400 one
 * message per field. The HTML form without JavaScript posts to the page itself
 * (pages/consultation.vue); both end in submitEnquiry.
 */
type Reply = { next: string } | { errors: ConsultationErrors } | { message: string };

export default defineEventHandler(async (event): Promise<Reply> => {
  setResponseHeader(event, 'Cache-Control', 'no-store');
  const outcome = await submitEnquiry(event);
  const reply = consultationReply(outcome.status);
  setResponseStatus(event, reply.httpStatus);
  if (outcome.status === 'invalid') return { errors: outcome.errors };
  if (outcome.status === 'rate-limited') setResponseHeader(event, 'Retry-After', outcome.retryAfterSeconds);
  if (reply.next) return { next: reply.next };
  return { message: reply.message ?? '' };
});
