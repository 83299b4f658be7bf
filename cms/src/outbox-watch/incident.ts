import type { OutboxStatus } from './web-outbox-status';

/**
 * One incident = one stretch of time during which at least one request is stuck on the website.
 * It opens when the first stuck request is seen (one email), stays open while any is stuck (no
 * more email, however many checks or retries), and closes when none is left; the next stuck
 * request opens a new incident. Kept in Strapi's store, so a restart sends no second email.
 */
export interface IncidentState {
  /** ISO time the current incident opened; null when there is none. */
  openSince: string | null;
  /** Whether the therapist has been emailed about the current incident. */
  emailed: boolean;
}

export const NO_INCIDENT: IncidentState = { openSince: null, emailed: false };

export interface IncidentStep {
  next: IncidentState;
  /** Send the email now (a new incident, or one whose email could not go out before). */
  email: boolean;
}

export function stepIncident(previous: IncidentState, status: OutboxStatus, now: Date): IncidentStep {
  if (status.stuck === 0) return { next: NO_INCIDENT, email: false };
  const openSince = previous.openSince ?? now.toISOString();
  return { next: { openSince, emailed: previous.emailed }, email: !previous.emailed };
}
