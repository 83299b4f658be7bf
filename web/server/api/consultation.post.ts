import type { ConsultationErrors } from '#shared/utils/consultation-form';
import { CONSULTATION_MESSAGES } from '#shared/utils/consultation-messages';

/**
 * The consultation form with JavaScript: JSON in, a status and (for 400) one message per field
 * out. The HTML form without JavaScript posts to the page itself (pages/consultation.vue); both
 * end in submitEnquiry.
 */
type Reply = { ok: true } | { errors: ConsultationErrors } | { message: string };

export default defineEventHandler(async (event): Promise<Reply> => {
  setResponseHeader(event, 'Cache-Control', 'no-store');
  const outcome = await submitEnquiry(event);
  switch (outcome.status) {
    case 'accepted':
      setResponseStatus(event, 201);
      return { ok: true };
    case 'invalid':
      setResponseStatus(event, 400);
      return { errors: outcome.errors };
    case 'rate-limited':
      setResponseStatus(event, 429);
      setResponseHeader(event, 'Retry-After', outcome.retryAfterSeconds);
      return { message: CONSULTATION_MESSAGES.rateLimited };
    case 'too-large':
      setResponseStatus(event, 413);
      return { message: CONSULTATION_MESSAGES.tooLarge };
    case 'unsupported':
      setResponseStatus(event, 415);
      return { message: CONSULTATION_MESSAGES.unsupported };
    case 'cross-site':
      setResponseStatus(event, 403);
      return { message: CONSULTATION_MESSAGES.crossSite };
    case 'failed':
      setResponseStatus(event, 503);
      return { message: CONSULTATION_MESSAGES.failed };
  }
});
