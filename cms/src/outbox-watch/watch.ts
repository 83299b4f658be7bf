import type { Core } from '@strapi/strapi';
import { describeSendError } from '../notifications/enquiry-notification';
import { isEmailOffError } from '../notifications/email-settings';
import { composeOutboxIncidentEmail } from './incident-email';
import { type IncidentState, NO_INCIDENT, stepIncident } from './incident';
import { fetchOutboxStatus, type WebStatusAnswer, webTargetFromEnv } from './web-outbox-status';

/**
 * One look at the website's outbox: asked every minute (config/cron-tasks.ts) and whenever the
 * dashboard's home page shows its notice. Emails the therapist (TEND_NOTIFY_EMAIL) once per
 * incident through the cms's email setup; never rejects.
 */
export interface OutboxCheck {
  answer: WebStatusAnswer;
  incident: IncidentState;
}

const STORE = { type: 'plugin', name: 'tend', key: 'outbox-incident' } as const;

async function readIncident(strapi: Core.Strapi): Promise<IncidentState> {
  const stored = (await strapi.store.get(STORE)) as Partial<IncidentState> | null;
  return stored && typeof stored.emailed === 'boolean' ? { openSince: stored.openSince ?? null, emailed: stored.emailed } : NO_INCIDENT;
}

async function emailTherapist(strapi: Core.Strapi, answer: Extract<WebStatusAnswer, { kind: 'ok' }>): Promise<boolean> {
  const recipient = process.env.TEND_NOTIFY_EMAIL?.trim();
  if (!recipient) {
    strapi.log.warn('[tend] consultation requests are stuck on the website, and TEND_NOTIFY_EMAIL is not set: nobody was emailed.');
    return true; // nobody to email: the dashboard's notice is all there is
  }
  try {
    const adminUrl = String(strapi.config.get('admin.absoluteUrl', ''));
    await strapi.plugin('email').service('email').send({ to: recipient, ...composeOutboxIncidentEmail(answer.status, adminUrl) });
    return true;
  } catch (error) {
    if (isEmailOffError(error)) return true; // warned once by the transport
    strapi.log.error(`[tend] the email about stuck consultation requests was not sent (tried again next minute): ${describeSendError(error)}`);
    return false;
  }
}

async function check(strapi: Core.Strapi): Promise<OutboxCheck> {
  const answer = await fetchOutboxStatus(webTargetFromEnv());
  const previous = await readIncident(strapi);
  // Not knowing is no news: an open incident stays open until the website says none is stuck.
  if (answer.kind !== 'ok') return { answer, incident: previous };
  const step = stepIncident(previous, answer.status, new Date());
  let incident = step.next;
  if (step.email) {
    strapi.log.warn(`[tend] ${answer.status.stuck} consultation request(s) stuck on the website; emailing the therapist once.`);
    incident = { ...incident, emailed: await emailTherapist(strapi, answer) };
  }
  if (incident.openSince !== previous.openSince || incident.emailed !== previous.emailed) await strapi.store.set({ ...STORE, value: incident });
  return { answer, incident };
}

let running: Promise<OutboxCheck> | null = null;

/** One check at a time in this process, so the cron and the dashboard never email twice. */
export function checkWebOutbox(strapi: Core.Strapi): Promise<OutboxCheck> {
  running ??= check(strapi)
    .catch((error: unknown): OutboxCheck => {
      strapi.log.error(`[tend] the website's outbox could not be checked: ${error instanceof Error ? error.message : String(error)}`);
      return { answer: { kind: 'unknown', reason: 'the check failed' }, incident: NO_INCIDENT };
    })
    .finally(() => {
      running = null;
    });
  return running;
}
