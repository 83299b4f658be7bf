import type { ConsultationErrors, ConsultationValues } from '../utils/consultation-form';

/**
 * What became of one consultation request, for the HTML form (the page renders it) and the JSON
 * route (turned into a status code). Only the reader's own values travel back, to be shown again.
 */
export type ConsultationOutcome =
  /** Stored in the CMS, or a honeypot hit (which looks the same on purpose). */
  | { status: 'accepted' }
  /** Kept in the website's outbox (the CMS could not take it now): delivered later, not yet. */
  | { status: 'saved' }
  | { status: 'invalid'; errors: ConsultationErrors; values: ConsultationValues }
  | { status: 'rate-limited'; retryAfterSeconds: number; values: ConsultationValues }
  /** Over the body limit: nothing was read. */
  | { status: 'too-large' }
  /** Neither a form post nor JSON. */
  | { status: 'unsupported' }
  /** Sent by a browser from another site's page (Sec-Fetch-Site: cross-site): refused unread. */
  | { status: 'cross-site' }
  /** Could not be stored or saved (e.g. the disk is full): not sent; the reader should email or phone. */
  | { status: 'failed'; values: ConsultationValues };

/**
 * Set on `event.context.consultationForm` for a POST to /consultation by the server (see
 * server/plugins/consultation-form-post.ts), so that the page's setup can hand the post to the one
 * server-side submitter (one rate limiter, one outbox) without importing server code.
 */
export interface ConsultationFormSubmitter {
  submit(): Promise<ConsultationOutcome>;
}

/** What the page hands the form: empty for a visit, the reader's own values after a failed post. */
export interface ConsultationFormState {
  values: ConsultationValues;
  errors: ConsultationErrors;
  /** A message for the whole form (rate limit, too long, could not send). */
  notice: string | null;
}
