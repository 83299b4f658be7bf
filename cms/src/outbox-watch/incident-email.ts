import type { NotificationEmail } from '../notifications/enquiry-notification';
import type { OutboxStatus } from './web-outbox-status';

/**
 * "Consultation requests are waiting on the website": counts, ages and what to do, never who
 * wrote or what (the requests themselves stay on the website until they reach the dashboard).
 */
const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** What the therapist (or whoever runs the website) should do, from the reasons given. */
export function adviceFor(status: OutboxStatus): string {
  const reasons = Object.keys(status.reasons);
  if (reasons.some((reason) => /HTTP 40[13]/.test(reason))) {
    return 'The dashboard refuses the website\'s key for sending requests (the enquiry token): it may have been changed or deleted. Whoever set up the website should check that the website and the dashboard use the same enquiry token. Once they match, the waiting requests arrive by themselves.';
  }
  if (status.refused > 0) {
    return 'The dashboard refuses the requests. Whoever set up the website should look at its log. The waiting requests are kept and arrive by themselves once this is fixed.';
  }
  return 'The website cannot reach the dashboard. The waiting requests are kept and arrive by themselves once it can. If this lasts, contact whoever set up the website.';
}

export function summaryLine(status: OutboxStatus): string {
  const waiting = plural(status.waiting, 'consultation request is', 'consultation requests are');
  const oldest = status.oldestMinutes === null ? '' : `, the oldest for ${plural(status.oldestMinutes, 'minute', 'minutes')}`;
  const damaged = status.damaged > 0 ? ` ${plural(status.damaged, 'saved request could', 'saved requests could')} not be read and need a look.` : '';
  return `${waiting} waiting on the website and not yet in the dashboard${oldest}.${damaged}`;
}

export function composeOutboxIncidentEmail(status: OutboxStatus, adminUrl: string): NotificationEmail {
  const summary = summaryLine(status);
  const advice = adviceFor(status);
  const privacy = 'For privacy this email holds no details of anyone who wrote. You will get no further email about this until it is resolved.';
  const link = adminUrl.replace(/\/+$/, '');
  return {
    subject: 'Consultation requests are waiting on the website',
    text: [summary, '', advice, '', 'The dashboard home page shows how things stand:', link, '', privacy, ''].join('\n'),
    html: [
      `<p>${escapeHtml(summary)}</p>`,
      `<p>${escapeHtml(advice)}</p>`,
      `<p><a href="${escapeHtml(link)}">Open the dashboard home page</a></p>`,
      `<p>${escapeHtml(privacy)}</p>`,
    ].join('\n'),
  };
}
