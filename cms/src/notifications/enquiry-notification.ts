import type { Core } from '@strapi/strapi';
import { READABLE_DATE_TIME } from '../practice-time';
import { isEmailOff, isEmailOffError, warnEmailOffOnce } from './email-settings';
import { ENQUIRY_UID } from '../api/enquiry/enquiry-uid';

/**
 * "A new consultation request arrived" for the therapist. The email carries only the time and a
 * link into the dashboard: no name, contact details or message text, because mailboxes are
 * copied, forwarded and synced to phones, and a consultation request is health-adjacent data.
 */

export interface NewEnquiry {
  documentId: string;
  createdAt: Date | string | number;
}

export interface NotificationEmail {
  subject: string;
  text: string;
  html: string;
}

/** `${PUBLIC_URL}/admin` (Strapi's admin.absoluteUrl) + the content-manager path of one enquiry. */
export function enquiryDashboardLink(adminUrl: string, documentId: string): string {
  const base = adminUrl.replace(/\/+$/, '');
  return `${base}/content-manager/collection-types/${ENQUIRY_UID}/${encodeURIComponent(documentId)}`;
}

export function formatReceivedAt(createdAt: NewEnquiry['createdAt']): string {
  const date = new Date(createdAt);
  if (Number.isNaN(date.getTime())) return 'just now';
  return new Intl.DateTimeFormat('en-GB', READABLE_DATE_TIME).format(date);
}

const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Built from the document id and the time only, so it cannot leak what the person wrote. */
export function composeEnquiryNotification(enquiry: NewEnquiry, adminUrl: string): NotificationEmail {
  const link = enquiryDashboardLink(adminUrl, enquiry.documentId);
  const when = formatReceivedAt(enquiry.createdAt);
  const privacy
    = 'For privacy this email holds no details of the person or their message: sign in to the dashboard to read them.';
  return {
    subject: 'New consultation request',
    text: [
      `A new consultation request arrived on ${when}.`,
      '',
      'Open it in the dashboard:',
      link,
      '',
      privacy,
      '',
    ].join('\n'),
    html: [
      `<p>A new consultation request arrived on ${escapeHtml(when)}.</p>`,
      `<p><a href="${escapeHtml(link)}">Open it in the dashboard</a><br>${escapeHtml(link)}</p>`,
      `<p>${escapeHtml(privacy)}</p>`,
    ].join('\n'),
  };
}

/** Error text without addresses: SMTP replies often quote them. */
export function describeSendError(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown error';
  const { code, responseCode } = error as Error & { code?: unknown; responseCode?: unknown };
  const label = [typeof code === 'string' ? code : error.name, typeof responseCode === 'number' ? responseCode : '']
    .filter(Boolean)
    .join(' ');
  const message = error.message.replace(/[^\s<>"'@]+@[^\s<>"'@]+/g, '<address>').slice(0, 300);
  return `${label}: ${message}`;
}

let warnedNoRecipient = false;

/**
 * Sends the notification; never rejects. Failures are logged with the document id only.
 * Call it without awaiting once the enquiry is committed: it must not delay or fail a request.
 */
export async function notifyTherapistOfNewEnquiry(
  strapi: Core.Strapi,
  enquiry: NewEnquiry,
  recipient: string | undefined = process.env.TEND_NOTIFY_EMAIL?.trim(),
): Promise<void> {
  if (!recipient) {
    if (isEmailOff(strapi)) warnEmailOffOnce();
    else if (!warnedNoRecipient) {
      warnedNoRecipient = true;
      strapi.log.warn('[tend] TEND_NOTIFY_EMAIL is not set: nobody is emailed about new consultation requests.');
    }
    return;
  }
  try {
    const adminUrl = String(strapi.config.get('admin.absoluteUrl', ''));
    const email = composeEnquiryNotification(enquiry, adminUrl);
    await strapi.plugin('email').service('email').send({ to: recipient, ...email });
  } catch (error) {
    if (isEmailOffError(error)) return; // warned once by the transport
    strapi.log.error(
      `[tend] the email about consultation request ${enquiry.documentId} was not sent: ${describeSendError(error)}`,
    );
  }
}
