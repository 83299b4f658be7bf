import type { Core } from '@strapi/strapi';
import { isEmailOff, isEmailOffError, warnEmailOffOnce } from '../notifications/email-settings';
import { describeSendError } from '../notifications/enquiry-notification';
import { formatInLondon } from './london-time';
import { dashboardPath, SCHEDULABLE_TYPES } from './schedulable-types';
import type { ScheduleRow } from './schedule-store';

export interface FailureEmail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Says what did not happen, why, and where to fix it; the reason is the same one the dashboard shows. */
export function composeFailureEmail(schedule: ScheduleRow, title: string, reason: string, adminUrl: string): FailureEmail {
  const what = schedule.action === 'publish' ? 'publish' : 'unpublish';
  const when = formatInLondon(new Date(schedule.runAt));
  const link = `${adminUrl.replace(/\/+$/, '')}${dashboardPath(schedule.targetType, schedule.targetDocumentId)}`;
  const type = SCHEDULABLE_TYPES[schedule.targetType].label.toLowerCase();
  const lines = [
    `"${title}" (${type}) was scheduled to ${what} on ${when}, but it did not ${what}.`,
    '',
    `Why: ${reason}`,
    '',
    'Nothing changed on the website. Open it in the dashboard, fix this, then publish it or schedule it again:',
    link,
  ];
  return {
    subject: `Scheduled ${what} did not happen: ${title}`,
    text: `${lines.join('\n')}\n`,
    html: [
      `<p>${escapeHtml(lines[0] ?? '')}</p>`,
      `<p><strong>Why:</strong> ${escapeHtml(reason)}</p>`,
      `<p>Nothing changed on the website. <a href="${escapeHtml(link)}">Open it in the dashboard</a>, fix this, then publish it or schedule it again.<br>${escapeHtml(link)}</p>`,
    ].join('\n'),
  };
}

/** Emails the therapist (TEND_NOTIFY_EMAIL); never rejects: the dashboard shows the failure anyway. */
export async function emailScheduleFailure(
  strapi: Core.Strapi,
  schedule: ScheduleRow,
  title: string,
  reason: string,
  recipient: string | undefined = process.env.TEND_NOTIFY_EMAIL?.trim(),
): Promise<void> {
  if (!recipient) {
    if (isEmailOff(strapi)) warnEmailOffOnce();
    return;
  }
  try {
    const email = composeFailureEmail(schedule, title, reason, String(strapi.config.get('admin.absoluteUrl', '')));
    await strapi.plugin('email').service('email').send({ to: recipient, ...email });
  } catch (error) {
    if (isEmailOffError(error)) return;
    strapi.log.error(`[tend] the email about failed schedule ${schedule.documentId} was not sent: ${describeSendError(error)}`);
  }
}
