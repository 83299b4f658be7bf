import type { Core } from '@strapi/strapi';
import { ENQUIRY_UID } from './enquiry-uid';

/**
 * Consultation requests are kept for TEND_ENQUIRY_RETENTION_DAYS days (90 by default), then
 * deleted by a daily job (config/cron-tasks.ts). The privacy notice states the same figure.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

export const RETENTION_ENV = 'TEND_ENQUIRY_RETENTION_DAYS';
export const DEFAULT_RETENTION_DAYS = 90;

/** A positive whole number of days; anything else stops the CMS at boot with this message. */
export function parseRetentionDays(raw: string | undefined): number {
  const value = raw?.trim() ?? '';
  if (value === '') return DEFAULT_RETENTION_DAYS;
  const days = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(days) || days < 1) {
    throw new Error(
      `${RETENTION_ENV} must be a positive whole number of days (e.g. ${DEFAULT_RETENTION_DAYS}), got "${value}". `
      + 'Consultation requests older than that are deleted every night.',
    );
  }
  return days;
}

export interface RetentionResult {
  deleted: number;
  cutoff: Date;
}

/** Deletes every enquiry created before `now` minus the retention period. */
export async function deleteExpiredEnquiries(
  strapi: Core.Strapi,
  now: Date = new Date(),
  retentionDays: number = parseRetentionDays(process.env[RETENTION_ENV]),
): Promise<RetentionResult> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS);
  // One statement through the query engine: no per-entry events, so nothing about the deleted
  // requests is announced to webhooks or logs.
  const { count } = await strapi.db.query(ENQUIRY_UID).deleteMany({ where: { createdAt: { $lt: cutoff } } });
  return { deleted: count, cutoff };
}
