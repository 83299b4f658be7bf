import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession } from './support/admin-session';
import { bearer, bootCms, type BootedCms } from './support/boot-strapi';

const ENQUIRY = 'api::enquiry.enquiry';
/** The therapist's follow-up field (new / replied / closed). */
const STATUS = 'requestStatus';

let cms: BootedCms;
let session: [string, string];

beforeAll(async () => {
  cms = await bootCms();
  session = await adminSession(cms);
});

afterAll(async () => {
  await cms?.stop();
});

const submit = (name: string) =>
  cms.http
    .post('/api/enquiries')
    .set(...bearer(cms.tokens.enquiry))
    .send({ data: { name, email: 'sender@example.com', preferredContact: 'email', consent: true } });

describe('consultation requests in the dashboard', () => {
  it('are listed newest first, with name, preferred contact, status and date as columns', async () => {
    const response = await cms.http.get(`/content-manager/content-types/${ENQUIRY}/configuration`).set(...session);
    expect(response.status).toBe(200);
    const { settings, layouts } = response.body.data.contentType;
    expect(settings).toMatchObject({ defaultSortBy: 'createdAt', defaultSortOrder: 'DESC' });
    expect(layouts.list).toEqual(['name', 'preferredContact', STATUS, 'createdAt']);
  });

  it('show each request with its status, newest first', async () => {
    for (const name of ['First Sender', 'Second Sender']) {
      expect((await submit(name)).status).toBe(201);
      await new Promise((resolve) => setTimeout(resolve, 20)); // distinct createdAt
    }
    const list = await cms.http
      .get(`/content-manager/collection-types/${ENQUIRY}`)
      .query({ page: 1, pageSize: 10, sort: 'createdAt:DESC' })
      .set(...session);
    expect(list.status).toBe(200);
    const rows = list.body.results as Record<string, unknown>[];
    expect(rows.map((row) => row.name).slice(0, 2)).toEqual(['Second Sender', 'First Sender']);
    expect(rows[0]?.[STATUS]).toBe('new');
  });

  it('let the therapist open a request, see its status and change it', async () => {
    const created = await submit('Third Sender');
    const { documentId } = created.body.data as { documentId: string };
    const path = `/content-manager/collection-types/${ENQUIRY}/${documentId}`;

    const opened = await cms.http.get(path).set(...session);
    expect(opened.status).toBe(200);
    expect(opened.body.data[STATUS]).toBe('new');

    const updated = await cms.http.put(path).set(...session).send({ [STATUS]: 'replied' });
    expect(updated.status).toBe(200);
    const stored = await cms.strapi.db.query(ENQUIRY).findOne({ where: { documentId } });
    expect(stored?.[STATUS]).toBe('replied');
  });
});
