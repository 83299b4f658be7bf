import { env } from '@strapi/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import cronTasks from '../../config/cron-tasks';
import serverConfig from '../../config/server';
import { deleteExpiredEnquiries, parseRetentionDays } from '../../src/api/enquiry/retention';
import { bearer, bootCms, type BootedCms } from './support/boot-strapi';

const ENQUIRY = 'api::enquiry.enquiry';
const DAY_MS = 24 * 60 * 60 * 1000;

let cms: BootedCms;

beforeAll(async () => {
  delete process.env.TEND_ENQUIRY_RETENTION_DAYS; // the default, 90 days
  cms = await bootCms();
});

afterAll(async () => {
  await cms?.stop();
});

let counter = 0;
async function enquiryReceived(daysAgo: number, now: Date): Promise<string> {
  counter += 1;
  const response = await cms.http
    .post('/api/enquiries')
    .set(...bearer(cms.tokens.enquiry))
    .send({ data: { name: `Retention ${counter}`, email: `r${counter}@example.com`, preferredContact: 'email', consent: true } });
  expect(response.status).toBe(201);
  const { documentId } = response.body.data as { documentId: string };
  await cms.strapi.db
    .query(ENQUIRY)
    .update({ where: { documentId }, data: { createdAt: new Date(now.getTime() - daysAgo * DAY_MS) } });
  return documentId;
}

const exists = async (documentId: string): Promise<boolean> =>
  (await cms.strapi.db.query(ENQUIRY).count({ where: { documentId } })) === 1;

describe('retention of consultation requests', () => {
  it('deletes a request older than the limit and keeps a recent one', async () => {
    const now = new Date();
    const old = await enquiryReceived(91, now);
    const nearlyDue = await enquiryReceived(89, now);
    const recent = await enquiryReceived(0, now);

    const result = await deleteExpiredEnquiries(cms.strapi, now);

    expect(result.deleted).toBe(1);
    expect(result.cutoff.toISOString()).toBe(new Date(now.getTime() - 90 * DAY_MS).toISOString());
    expect(await exists(old)).toBe(false);
    expect(await exists(nearlyDue)).toBe(true);
    expect(await exists(recent)).toBe(true);
  });

  it('follows a shorter configured period', async () => {
    const now = new Date();
    const weekOld = await enquiryReceived(8, now);
    const today = await enquiryReceived(0, now);
    expect((await deleteExpiredEnquiries(cms.strapi, now, 7)).deleted).toBeGreaterThanOrEqual(1);
    expect(await exists(weekOld)).toBe(false);
    expect(await exists(today)).toBe(true);
  });

  it('is scheduled every night at 03:30 UK time, and the job deletes what is due', async () => {
    const job = cms.strapi.cron.jobs.find((spec) => spec.name === 'enquiryRetention');
    expect(job?.options).toEqual({ rule: '30 3 * * *', tz: 'Europe/London' });
    const next = job?.job.nextInvocation();
    expect(next).toBeInstanceOf(Date);
    const londonTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' });
    expect(londonTime.format(next as Date)).toBe('03:30');

    const old = await enquiryReceived(120, new Date());
    await job?.job.invoke();
    expect(await exists(old)).toBe(false);
  });
});

describe('TEND_ENQUIRY_RETENTION_DAYS', () => {
  it('defaults to 90 and accepts a positive whole number', () => {
    expect(parseRetentionDays(undefined)).toBe(90);
    expect(parseRetentionDays('')).toBe(90);
    expect(parseRetentionDays(' 30 ')).toBe(30);
    expect(parseRetentionDays('1')).toBe(1);
  });

  it.each(['0', '-5', '1.5', 'abc', '30days', '1e3'])('refuses "%s" with a message saying what to set', (value) => {
    expect(() => parseRetentionDays(value)).toThrow(/TEND_ENQUIRY_RETENTION_DAYS must be a positive whole number of days/);
  });

  it('stops the CMS at boot when invalid (the server config refuses to load)', () => {
    const before = process.env.TEND_ENQUIRY_RETENTION_DAYS;
    process.env.TEND_ENQUIRY_RETENTION_DAYS = 'ninety';
    try {
      expect(() => serverConfig({ env })).toThrow(/TEND_ENQUIRY_RETENTION_DAYS/);
      expect(() => cronTasks({ env })).toThrow(/"ninety"/);
    } finally {
      if (before === undefined) delete process.env.TEND_ENQUIRY_RETENTION_DAYS;
      else process.env.TEND_ENQUIRY_RETENTION_DAYS = before;
    }
  });
});
