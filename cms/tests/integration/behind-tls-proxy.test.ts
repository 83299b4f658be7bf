import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, THERAPIST } from './support/admin-session';
import { bootCms, type BootedCms } from './support/boot-strapi';
import { httpsFrom } from './support/https-from';
import { startTlsProxy, type TlsProxy } from './support/tls-proxy';

/**
 * The production set-up of docs/deployment.md: the cms with NODE_ENV=production and IS_PROXIED=true
 * behind a real TLS proxy on loopback. Readers reach it from different addresses (127.0.0.2,
 * 127.0.0.3, …), as they would from different homes. Strapi locks a dashboard address out after
 * five sign-ins in five minutes from one client address.
 */
let cms: BootedCms;
const proxies: TlsProxy[] = [];

beforeAll(async () => {
  cms = await bootCms({ NODE_ENV: 'production', IS_PROXIED: 'true' });
  await adminSession(cms);
  const server = cms.strapi.server.httpServer;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const cmsPort = (server.address() as AddressInfo).port;
  proxies.push(await startTlsProxy('caddy', cmsPort), await startTlsProxy('nginx', cmsPort));
});

afterAll(async () => {
  await Promise.all(proxies.map((proxy) => proxy.stop()));
  await cms?.stop();
});

// Each proxy gets its own client addresses, so that the two runs do not share a lockout.
describe.each([
  ['caddy', ['127.0.0.2', '127.0.0.3', '127.0.0.4']],
  ['nginx', ['127.0.0.12', '127.0.0.13', '127.0.0.14']],
] as const)('behind %s', (name, [visitor, therapist, stranger]) => {
  const proxy = () => proxies.find((candidate) => candidate.name === name)!;
  const signIn = (from: string, password: string, headers: Record<string, string> = {}) =>
    httpsFrom({
      port: proxy().port,
      ca: proxy().ca,
      localAddress: from,
      method: 'POST',
      path: '/admin/login',
      headers,
      json: { email: THERAPIST.email, password },
    });

  it('five wrong passwords from one address do not lock the therapist out elsewhere', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await signIn(visitor, 'a-wrong-guess')).status).toBe(400);
    }
    expect((await signIn(visitor, THERAPIST.password)).status).toBe(429);

    const therapistLogin = await signIn(therapist, THERAPIST.password);
    expect(therapistLogin.status).toBe(200);
  });

  it('the dashboard session cookie is Secure over HTTPS', async () => {
    const login = await signIn(therapist, THERAPIST.password);
    expect(login.status).toBe(200);
    const cookies = [login.headers['set-cookie'] ?? []].flat();
    const refresh = cookies.find((cookie) => cookie.startsWith('strapi_admin_refresh='));
    expect(refresh).toBeDefined();
    expect(refresh).toMatch(/;\s*secure/i);
    expect(refresh).toMatch(/;\s*httponly/i);
  });

  it('a made-up X-Forwarded-For neither lifts a lockout nor locks someone else out', async () => {
    // The locked-out visitor claims to be somewhere else: still locked out.
    expect((await signIn(visitor, THERAPIST.password, { 'X-Forwarded-For': stranger })).status).toBe(429);

    // A stranger tries to use up the therapist's attempts by claiming the therapist's address.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await signIn(stranger, 'a-wrong-guess', { 'X-Forwarded-For': therapist });
    }
    expect((await signIn(therapist, THERAPIST.password)).status).toBe(200);
  });
});
