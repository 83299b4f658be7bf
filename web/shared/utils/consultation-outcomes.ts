import type { ConsultationOutcome } from '../types/consultation';
import { CONSULTATION_MESSAGES } from './consultation-messages';

/**
 * The one table of what each outcome means for the reader: the HTTP status of the answer (the
 * JSON route and the page's own form POST use the same), and either the page to go to next or the
 * message to show. The browser script reads the status and the JSON body, so it follows this
 * table too without a copy of it.
 */
export type ConsultationStatus = ConsultationOutcome['status'];

export interface ConsultationReply {
  httpStatus: number;
  /** Where the reader goes after a request that was taken (post/redirect/get). */
  next?: string;
  /** The message for the whole form; field errors (400) come with the outcome instead. */
  message?: string;
}

export const CONSULTATION_THANKS_PATH = '/consultation/thanks';
export const CONSULTATION_SAVED_PATH = '/consultation/saved';

export const CONSULTATION_REPLIES = {
  /** In the CMS: the therapist has it. */
  'accepted': { httpStatus: 201, next: CONSULTATION_THANKS_PATH },
  /** In the website's outbox: it will reach the therapist, but has not yet. */
  'saved': { httpStatus: 202, next: CONSULTATION_SAVED_PATH },
  'invalid': { httpStatus: 400 },
  'rate-limited': { httpStatus: 429, message: CONSULTATION_MESSAGES.rateLimited },
  'too-large': { httpStatus: 413, message: CONSULTATION_MESSAGES.tooLarge },
  'unsupported': { httpStatus: 415, message: CONSULTATION_MESSAGES.unsupported },
  'cross-site': { httpStatus: 403, message: CONSULTATION_MESSAGES.crossSite },
  'failed': { httpStatus: 503, message: CONSULTATION_MESSAGES.notSaved },
} as const satisfies Record<ConsultationStatus, ConsultationReply>;

export const consultationReply = (status: ConsultationStatus): ConsultationReply => CONSULTATION_REPLIES[status];
