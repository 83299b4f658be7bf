import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENQUIRY_CREATE_REFUSED } from '../../src/content-manager/enquiries-from-website-only';
import { adminSession } from './support/admin-session';
import { bootCms, type BootedCms } from './support/boot-strapi';

let cms: BootedCms;
let session: [string, string];

interface ContentTypeInfo {
  uid: string;
  isDisplayed: boolean;
}

interface Configuration {
  metadatas: Record<string, { list?: { label?: string } }>;
  layouts: { list: string[] };
}

beforeAll(async () => {
  cms = await bootCms();
  session = await adminSession(cms);
});

afterAll(async () => {
  await cms?.stop();
});

async function shownTypes(): Promise<ContentTypeInfo[]> {
  const response = await cms.http.get('/content-manager/content-types').set(...session);
  expect(response.status).toBe(200);
  return (response.body.data as ContentTypeInfo[]).filter((type) => type.isDisplayed);
}

describe('the content manager, tidied for a therapist', () => {
  it('does not show the "User" collection: readers never sign in', async () => {
    const uids = (await shownTypes()).map((type) => type.uid);
    expect(uids).toContain('api::article.article');
    expect(uids).toContain('api::redirect.redirect');
    expect(uids).not.toContain('plugin::users-permissions.user');
  });

  it('titles every list column in plain words, "Received" for consultation requests', async () => {
    for (const { uid } of await shownTypes()) {
      const response = await cms.http.get(`/content-manager/content-types/${uid}/configuration`).set(...session);
      expect(response.status).toBe(200);
      const { metadatas, layouts } = response.body.data.contentType as Configuration;
      for (const column of layouts.list) {
        const label = metadatas[column]?.list?.label ?? column;
        // A code name is one word in camelCase ("createdAt") or the field's own name.
        expect(label, `${uid} column ${column}`).not.toBe(column);
        expect(label, `${uid} column ${column}`).not.toMatch(/^[a-z]+[A-Z]\w*$/);
      }
    }
    const enquiries = await cms.http.get('/content-manager/content-types/api::enquiry.enquiry/configuration').set(...session);
    expect(enquiries.body.data.contentType.metadatas.createdAt.list.label).toBe('Received');
  });

  it('refuses to create a consultation request in the dashboard, saying where they come from', async () => {
    const response = await cms.http
      .post('/content-manager/collection-types/api::enquiry.enquiry')
      .set(...session)
      .send({ name: 'Typed by hand', email: 'hand@example.com', message: 'Hello', consent: true, preferredContact: 'email' });
    expect(response.status).toBe(403);
    expect(response.body.error.message).toBe(ENQUIRY_CREATE_REFUSED);
    expect(await cms.strapi.db.query('api::enquiry.enquiry').count()).toBe(0);
    // Other types are created as before.
    const redirect = await cms.http.post('/content-manager/collection-types/api::redirect.redirect').set(...session).send({ from: '/old-contact', to: '/consultation', kind: 'permanent' });
    expect(redirect.status, JSON.stringify(redirect.body)).toBe(201);
  });

  it('refuses to duplicate a consultation request in the dashboard', async () => {
    const request = await cms.strapi.documents('api::enquiry.enquiry').create({
      data: { name: 'From the website', email: 'site@example.com', message: 'I would like to talk.', consent: true, preferredContact: 'email' },
    });
    for (const action of ['clone', 'auto-clone']) {
      const response = await cms.http
        .post(`/content-manager/collection-types/api::enquiry.enquiry/${action}/${request.documentId}`)
        .set(...session)
        .send({});
      expect(response.status, action).toBe(403);
      expect(response.body.error.message).toBe(ENQUIRY_CREATE_REFUSED);
    }
    expect(await cms.strapi.db.query('api::enquiry.enquiry').count()).toBe(1);
  });
});
