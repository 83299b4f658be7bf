import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, bootCms, type BootedCms } from './support/boot-strapi';

const PUBLIC_READ_ROUTES = [
  '/api/articles',
  '/api/articles/any-document-id',
  '/api/topics',
  '/api/topics/any-document-id',
  '/api/practice',
  '/api/site',
  '/api/crisis-support',
  '/api/content-changes',
];

const USERS_PERMISSIONS_ROUTES = ['/api/users', '/api/users/me', '/api/users-permissions/roles'];

let cms: BootedCms;

beforeAll(async () => {
  cms = await bootCms();
});

afterAll(async () => {
  await cms?.stop();
});

describe('anonymous callers', () => {
  it.each(PUBLIC_READ_ROUTES)('get 403 on GET %s', async (route) => {
    const response = await cms.http.get(route);
    expect(response.status).toBe(403);
    expect(response.body.data).toBeNull();
  });

  it.each([...PUBLIC_READ_ROUTES, '/api/enquiries'])('cannot write through POST %s', async (route) => {
    const response = await cms.http.post(route).send({ data: { name: 'x' } });
    expect([403, 404, 405]).toContain(response.status);
    expect(response.status).not.toBe(201);
  });

  it('cannot create an enquiry', async () => {
    const response = await cms.http.post('/api/enquiries').send({ data: { name: 'Anon' } });
    expect(response.status).toBe(403);
  });

  it.each(USERS_PERMISSIONS_ROUTES)('get 403 on %s', async (route) => {
    expect((await cms.http.get(route)).status).toBe(403);
  });

  it('cannot register an account', async () => {
    const response = await cms.http
      .post('/api/auth/local/register')
      .send({ username: 'reader', email: 'reader@example.com', password: 'Password123!' });
    expect(response.status).toBe(403);
    expect(await cms.strapi.db.query('plugin::users-permissions.user').count()).toBe(0);
  });

  it('the Public role holds no permission at all', async () => {
    const role = await cms.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    const count = await cms.strapi.db.query('plugin::users-permissions.permission').count({ where: { role: role.id } });
    expect(count).toBe(0);
  });

  it('a permission granted in the dashboard is removed again at the next boot', async () => {
    const role = await cms.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    await cms.strapi.db
      .query('plugin::users-permissions.permission')
      .create({ data: { action: 'api::article.article.find', role: role.id } });
    const { lockPublicAccess } = await import('../../src/bootstrap/lock-public-access');
    await lockPublicAccess(cms.strapi);
    expect(await cms.strapi.db.query('plugin::users-permissions.permission').count({ where: { role: role.id } })).toBe(0);
  });
});

describe('the website read token', () => {
  it.each(PUBLIC_READ_ROUTES.filter((route) => !route.includes('any-document-id')))(
    'reads %s',
    async (route) => {
      const response = await cms.http.get(route).set(...bearer(cms.tokens.read));
      // Single types answer 404 until the practice fills them in; collections answer 200.
      expect([200, 404]).toContain(response.status);
      expect(response.status).not.toBe(403);
    },
  );

  it('cannot create or read consultation requests', async () => {
    const create = await cms.http
      .post('/api/enquiries')
      .set(...bearer(cms.tokens.read))
      .send({ data: { name: 'A', email: 'a@example.com', preferredContact: 'email', consent: true } });
    expect(create.status).toBe(403);
    for (const route of ['/api/enquiries', '/api/enquiries/x']) {
      const read = await cms.http.get(route).set(...bearer(cms.tokens.read));
      expect([403, 404, 405]).toContain(read.status);
    }
  });

  it('is refused by the admin API', async () => {
    const response = await cms.http.get('/content-manager/collection-types/api::enquiry.enquiry').set(...bearer(cms.tokens.read));
    expect(response.status).toBe(401);
  });
});

describe('the consultation-form token', () => {
  it('creates an enquiry and gets back only a receipt', async () => {
    const response = await cms.http
      .post('/api/enquiries')
      .set(...bearer(cms.tokens.enquiry))
      .send({
        data: { name: 'Sam Reader', email: 'sam@example.com', preferredContact: 'email', consent: true, message: 'Hello' },
      });
    expect(response.status).toBe(201);
    expect(Object.keys(response.body.data).sort()).toEqual(['createdAt', 'documentId']);
    expect(JSON.stringify(response.body)).not.toContain('sam@example.com');
  });

  it.each(['/api/articles', '/api/practice', '/api/enquiries'])('cannot read %s', async (route) => {
    const response = await cms.http.get(route).set(...bearer(cms.tokens.enquiry));
    expect([403, 404, 405]).toContain(response.status);
    expect(response.status).not.toBe(200);
  });

  it('an unknown token gets 401', async () => {
    const response = await cms.http.get('/api/articles').set(...bearer('not-a-real-token'));
    expect(response.status).toBe(401);
  });
});
