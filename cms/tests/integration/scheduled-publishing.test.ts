import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailServer, type MailServer } from '../../../scripts/dev-mail-server.mjs';
import { adminSession } from './support/admin-session';
import { bearer, bootCms, type BootedCms } from './support/boot-strapi';
import { distModule } from './support/dist-module';

type RunDue = (strapi: BootedCms['strapi'], now?: Date, instance?: string) => Promise<{ done: string[]; failed: string[] }>;
type Claim = (strapi: BootedCms['strapi'], id: number, instance: string, now: Date) => Promise<boolean>;

const ARTICLE = 'api::article.article';
const articles = `/content-manager/collection-types/${ARTICLE}`;
const NOTIFY = 'therapist-inbox@tend.test';
const DAY = 24 * 60 * 60 * 1000;

let cms: BootedCms;
let session: [string, string];
let mail: MailServer;
let runDue: RunDue;
let claim: Claim;
const previousEnv: Record<string, string | undefined> = {};

beforeAll(async () => {
  mail = await startMailServer({ port: 0, dir: false, log: false });
  const env = {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(mail.port),
    SMTP_SECURE: 'false',
    EMAIL_FROM: 'Tend <no-reply@tend.test>',
    TEND_NOTIFY_EMAIL: NOTIFY,
    PUBLIC_URL: 'https://cms.tend.test',
  };
  for (const key of Object.keys(env)) previousEnv[key] = process.env[key];
  Object.assign(process.env, env);
  cms = await bootCms();
  session = await adminSession(cms);
  runDue = distModule<{ runDueSchedules: RunDue }>('scheduling/run-due-schedules').runDueSchedules;
  claim = distModule<{ claimSchedule: Claim }>('scheduling/schedule-store').claimSchedule;
});

afterAll(async () => {
  await cms?.stop();
  await mail?.close();
  for (const [key, value] of Object.entries(previousEnv)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

async function createDraft(slug: string, extra: Record<string, unknown> = {}): Promise<string> {
  const response = await cms.http
    .post(articles)
    .set(...session)
    .send({ title: `Scheduled ${slug}`, slug, excerpt: 'A short excerpt.', body: [paragraph('Hello')], ...extra });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return String(response.body.data.documentId);
}

const schedule = (body: Record<string, unknown>) => cms.http.post('/tend/schedules').set(...session).send(body);
const scheduleArticle = (documentId: string, when: Record<string, unknown>, action = 'publish') =>
  schedule({ targetType: ARTICLE, documentId, action, ...when });
const isPublished = async (documentId: string) =>
  (await cms.strapi.documents(ARTICLE).findOne({ documentId, status: 'published' })) !== null;
const scheduleRow = (id: string) => cms.strapi.db.query('api::schedule.schedule' as 'api::article.article').findOne({ where: { documentId: id } });
const feedRows = (documentId: string) =>
  cms.strapi.db.query('api::content-change.content-change').findMany({ where: { targetDocumentId: documentId } });

describe('a scheduled publish', () => {
  it('waits until its time, then publishes once through the document service (change feed included)', async () => {
    const documentId = await createDraft('publish-on-tuesday');
    const at = new Date(Date.now() + DAY);
    const created = await scheduleArticle(documentId, { runAt: at.toISOString() });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.data).toMatchObject({ action: 'publish', state: 'pending', runAt: at.toISOString() });

    const early = await runDue(cms.strapi, new Date(at.getTime() - 1000));
    expect(early.done).not.toContain(created.body.data.id);
    expect(await isPublished(documentId)).toBe(false);

    const onTime = await runDue(cms.strapi, new Date(at.getTime() + 1000));
    expect(onTime.done).toContain(created.body.data.id);
    expect(await isPublished(documentId)).toBe(true);
    expect(await scheduleRow(created.body.data.id)).toMatchObject({ state: 'done', lastError: null });
    expect((await feedRows(documentId)).map((row) => row.action)).toEqual(['publish']);

    const again = await runDue(cms.strapi, new Date(at.getTime() + 60_000));
    expect(again.done).not.toContain(created.body.data.id);
    expect(await feedRows(documentId)).toHaveLength(1);
  });

  it('takes UK time across the clock changes, and refuses times the clocks skip or repeat', async () => {
    const documentId = await createDraft('after-the-clocks-change');
    const skipped = await scheduleArticle(documentId, { date: '2027-03-28', time: '01:30' });
    expect(skipped.status).toBe(400);
    expect(skipped.body.error.message).toMatch(/01:30 does not exist in the UK on 28 March 2027: the clocks go forward/);
    const repeated = await scheduleArticle(documentId, { date: '2027-10-31', time: '01:30' });
    expect(repeated.status).toBe(400);
    expect(repeated.body.error.message).toMatch(/happens twice in the UK on 31 October 2027/);

    const created = await scheduleArticle(documentId, { date: '2027-03-28', time: '02:30' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    // 02:30 BST on the first day of summer time is 01:30 UTC.
    expect(created.body.data.runAt).toBe('2027-03-28T01:30:00.000Z');
    expect(created.body.data.runAtText).toBe('Sunday 28 March 2027 at 02:30 (BST)');
    expect((await runDue(cms.strapi, new Date('2027-03-28T01:29:59Z'))).done).not.toContain(created.body.data.id);
    expect(await isPublished(documentId)).toBe(false);
    expect((await runDue(cms.strapi, new Date('2027-03-28T01:30:00Z'))).done).toContain(created.body.data.id);
    expect(await isPublished(documentId)).toBe(true);
  });

  it('runs exactly once when two instances reach it at the same moment', async () => {
    const documentId = await createDraft('only-once');
    const at = new Date(Date.now() + 2 * DAY);
    const created = await scheduleArticle(documentId, { runAt: at.toISOString() });
    const now = new Date(at.getTime() + 1000);
    const [first, second] = await Promise.all([runDue(cms.strapi, now, 'instance-a'), runDue(cms.strapi, now, 'instance-b')]);
    expect([...first.done, ...second.done].filter((id) => id === created.body.data.id)).toHaveLength(1);
    expect(await feedRows(documentId)).toHaveLength(1);
    expect((await scheduleRow(created.body.data.id))?.claimedBy).toMatch(/^instance-[ab]$/);
  });

  it('lets only one of two simultaneous claims on the same row through', async () => {
    const documentId = await createDraft('claimed-once');
    const created = await scheduleArticle(documentId, { runAt: new Date(Date.now() + 3 * DAY).toISOString() });
    const row = (await scheduleRow(created.body.data.id)) as { id: number };
    const now = new Date(Date.now() + 4 * DAY);
    const claims = await Promise.all(['a', 'b', 'c', 'd'].map((instance) => claim(cms.strapi, row.id, instance, now)));
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it('does not publish a draft that breaks a publishing rule, and says why in the dashboard and by email', async () => {
    const png = await sharp({ create: { width: 48, height: 32, channels: 3, background: '#8fb8a8' } }).png().toBuffer();
    const uploaded = await cms.http.post('/upload').set(...session).attach('files', png, { filename: 'garden-bench.png', contentType: 'image/png' });
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
    const documentId = await createDraft('no-alt-text', { title: 'Winter walks', cover: uploaded.body[0].id });
    const at = new Date(Date.now() + 5 * DAY);
    const created = await scheduleArticle(documentId, { runAt: at.toISOString() });
    const before = mail.messages.length;

    const run = await runDue(cms.strapi, new Date(at.getTime() + 1000));
    expect(run.failed).toContain(created.body.data.id);
    expect(await isPublished(documentId)).toBe(false);
    expect(await feedRows(documentId)).toHaveLength(0);

    const listed = await cms.http.get(`/tend/schedules?targetType=${ARTICLE}&documentId=${documentId}`).set(...session);
    expect(listed.status).toBe(200);
    expect(listed.body.data).toEqual([
      expect.objectContaining({ state: 'failed', lastError: expect.stringMatching(/garden-bench\.png.*alternative text|alternative text.*garden-bench\.png/) }),
    ]);

    await mail.waitForMessages(before + 1);
    const email = mail.messages[before];
    expect(email?.subject).toBe('Scheduled publish did not happen: Winter walks');
    expect(email?.text).toMatch(/garden-bench\.png/);
    expect(email?.text).toContain(`https://cms.tend.test/admin${articles}/${documentId}`);
  });
});

describe('changing a schedule in the dashboard', () => {
  it('moves a pending schedule to a new time, and cancels it so it never runs', async () => {
    const documentId = await createDraft('changed-my-mind');
    const created = await scheduleArticle(documentId, { runAt: new Date(Date.now() + DAY).toISOString() });
    const id = created.body.data.id as string;

    const later = new Date(Date.now() + 10 * DAY);
    const moved = await cms.http.put(`/tend/schedules/${id}`).set(...session).send({ runAt: later.toISOString() });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.data.runAt).toBe(later.toISOString());
    // Scheduling the same action again moves the pending one instead of adding a second.
    const again = await scheduleArticle(documentId, { runAt: later.toISOString() });
    expect(again.status).toBe(200);
    expect(again.body.data.id).toBe(id);

    const cancelled = await cms.http.delete(`/tend/schedules/${id}`).set(...session);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.data.state).toBe('cancelled');
    expect((await runDue(cms.strapi, new Date(later.getTime() + 1000))).done).not.toContain(id);
    expect(await isPublished(documentId)).toBe(false);

    const tooLate = await cms.http.put(`/tend/schedules/${id}`).set(...session).send({ runAt: later.toISOString() });
    expect(tooLate.status).toBe(409);
    expect(tooLate.body.error.message).toMatch(/already run or was cancelled/);
  });

  it('refuses what cannot be scheduled with a message that says what to fix', async () => {
    const documentId = await createDraft('bad-requests');
    const past = await scheduleArticle(documentId, { runAt: new Date(Date.now() - 60_000).toISOString() });
    expect(past.status).toBe(400);
    expect(past.body.error.message).toMatch(/already passed/);
    const badDate = await scheduleArticle(documentId, { date: '28/03/2027', time: '09:00' });
    expect(badDate.body.error.message).toMatch(/YYYY-MM-DD/);
    const topic = await schedule({ targetType: 'api::topic.topic', documentId, action: 'publish', runAt: new Date(Date.now() + DAY).toISOString() });
    expect(topic.status).toBe(400);
    expect(topic.body.error.message).toMatch(/Only articles, the practice details/);
    const missing = await scheduleArticle('no-such-document', { runAt: new Date(Date.now() + DAY).toISOString() });
    expect(missing.status).toBe(404);
    const publishAt = new Date(Date.now() + 3 * DAY);
    await scheduleArticle(documentId, { runAt: publishAt.toISOString() });
    const unpublishFirst = await scheduleArticle(documentId, { runAt: new Date(Date.now() + DAY).toISOString() }, 'unpublish');
    expect(unpublishFirst.status).toBe(400);
    expect(unpublishFirst.body.error.message).toMatch(/choose an unpublish time after that/);
  });

  it('is for signed-in dashboard users only', async () => {
    expect((await cms.http.get('/tend/schedules')).status).toBe(401);
    expect((await cms.http.get('/tend/schedules').set(...bearer(cms.tokens.read))).status).toBe(401);
    expect((await cms.http.get('/tend/home')).status).toBe(401);
  });
});

describe('the dashboard home page', () => {
  it('shows waiting consultation requests, drafts in progress, what is scheduled and the site address', async () => {
    const submitted = await cms.http
      .post('/api/enquiries')
      .set(...bearer(cms.tokens.enquiry))
      .send({ data: { name: 'Ada', email: 'ada@example.org', preferredContact: 'email', consent: true } });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
    const documentId = await createDraft('home-page-draft', { title: 'A draft for the home page' });
    await scheduleArticle(documentId, { runAt: new Date(Date.now() + 7 * DAY).toISOString() });

    const home = await cms.http.get('/tend/home').set(...session);
    expect(home.status).toBe(200);
    expect(home.body.data.requests).toMatchObject({ waiting: 1, oldestReceivedText: expect.stringMatching(/\d{4} at \d\d:\d\d \((GMT|BST)\)$/) });
    expect(home.body.data.drafts.recent[0]).toMatchObject({ documentId, title: 'A draft for the home page', status: 'draft' });
    expect(home.body.data.scheduled).toEqual(expect.arrayContaining([expect.objectContaining({ documentId, title: 'A draft for the home page', action: 'publish', state: 'pending' })]));
    expect(home.body.data.siteUrl).toBe(process.env.TEND_WEB_URL);
    expect(JSON.stringify(home.body)).not.toContain('ada@example.org');
  });
});
