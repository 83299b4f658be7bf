import type { BootedCms } from './boot-strapi';

interface AdminUserService {
  createFirstAdmin(attributes: Record<string, unknown>): Promise<unknown>;
  exists(): Promise<boolean>;
}

/** The therapist's dashboard account in the integration tests. */
export const THERAPIST = { email: 'therapist@example.com', password: 'Calm-Test-Password-1' };

/** Signs in to the dashboard API as the therapist would, and returns the session's bearer header. */
export async function adminSession(cms: BootedCms): Promise<[string, string]> {
  const { email, password } = THERAPIST;
  const users = cms.strapi.service('admin::user') as unknown as AdminUserService;
  if (!(await users.exists())) {
    await users.createFirstAdmin({ email, password, firstname: 'Test', lastname: 'Therapist' });
  }
  const response = await cms.http.post('/admin/login').send({ email, password });
  if (response.status !== 200) throw new Error(`admin login failed: ${response.status} ${JSON.stringify(response.body)}`);
  return ['Authorization', `Bearer ${response.body.data.token}`];
}
