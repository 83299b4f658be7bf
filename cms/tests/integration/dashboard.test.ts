import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAYOUT_FILES } from '../../src/admin-layouts';
import { syncDashboardLayouts } from '../../src/bootstrap/dashboard-layouts';
import { MARKETPLACE_ACTION } from '../../src/bootstrap/hide-marketplace';
import { adminSession } from './support/admin-session';
import { bootCms, type BootedCms } from './support/boot-strapi';

let cms: BootedCms;
let session: [string, string];

interface Configuration {
  settings: Record<string, unknown>;
  metadatas: Record<string, { edit: Record<string, unknown>; list: Record<string, unknown> }>;
  layouts: { edit: Array<Array<{ name: string; size: number }>>; list: string[] };
}

const schemaOf = (relative: string) =>
  JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../src', relative), 'utf8')) as {
    attributes: Record<string, { visible?: boolean }>;
    config: { metadatas: Record<string, { edit: { label: string; description: string } }> };
  };
const articleSchema = schemaOf('api/article/content-types/article/schema.json');
const seoSchema = schemaOf('components/shared/seo.json');

async function configuration(uid = 'api::article.article') {
  const response = await cms.http.get(`/content-manager/content-types/${uid}/configuration`).set(...session);
  expect(response.status).toBe(200);
  return response.body.data as { contentType: Configuration; components: Record<string, Configuration> };
}

const rows = (config: Configuration) => config.layouts.edit.map((row) => row.map((field) => field.name));

/** The committed layout file of a type (src/admin-layouts/), the source of truth the dashboard must show. */
function layoutFile(uid: string) {
  const file = LAYOUT_FILES.find((candidate) => candidate.uid === uid);
  if (!file) throw new Error(`no layout file for ${uid}`);
  return file;
}
const fileRows = (uid: string) => layoutFile(uid).edit.map((row) => row.map((field) => field.name));

beforeAll(async () => {
  cms = await bootCms();
  session = await adminSession(cms);
});

afterAll(async () => {
  await cms?.stop();
});

describe('the article editor is laid out for a writer', () => {
  it('shows the fields in the committed writing order, each visible field once, title first', async () => {
    const { contentType } = await configuration();
    expect(contentType.layouts.edit).toEqual(layoutFile('api::article.article').edit);
    const shown = rows(contentType).flat();
    const visible = Object.keys(articleSchema.attributes).filter((field) => articleSchema.attributes[field]?.visible !== false);
    expect([...shown].sort()).toEqual(visible.sort());
    expect(shown[0]).toBe('title');
  });

  it('shows the labels and help texts written in schema.json, also in list columns and components', async () => {
    const { contentType, components } = await configuration();
    for (const [field, meta] of Object.entries(articleSchema.config.metadatas)) {
      // A field the cms fills in itself (readingMinutes) is not in the dashboard at all.
      const hidden = articleSchema.attributes[field]?.visible === false;
      if (hidden) {
        expect(contentType.metadatas[field], field).toBeUndefined();
        continue;
      }
      expect(contentType.metadatas[field]?.edit.label, field).toBe(meta.edit.label);
      expect(contentType.metadatas[field]?.edit.description, field).toBe(meta.edit.description);
    }
    expect(contentType.metadatas.title?.list.label).toBe('Title');
    expect(contentType.layouts.list).toEqual(layoutFile('api::article.article').list);
    expect(contentType.metadatas.featured?.list.label).toBe('On the home page');
    const seo = components['shared.seo'];
    expect(seo?.metadatas.metaDescription?.edit.description).toBe(seoSchema.config.metadatas.metaDescription?.edit.description);
    expect(seo && rows(seo)).toEqual(fileRows('shared.seo'));
  });

  it('applies every committed layout as written: no field is missing from a layout file', async () => {
    for (const file of LAYOUT_FILES) {
      const service = cms.strapi.plugin('content-manager').service(file.uid.startsWith('api::') ? 'content-types' : 'components') as unknown as {
        findConfiguration(model: { uid: string }): Promise<Configuration>;
      };
      const stored = await service.findConfiguration({ uid: file.uid });
      expect(stored.layouts.edit, file.uid).toEqual(file.edit);
    }
  });

  it('puts the committed help text and order back after someone changed them in the dashboard', async () => {
    const { contentType } = await configuration();
    const changed = structuredClone(contentType);
    const slugMeta = changed.metadatas.slug;
    if (!slugMeta) throw new Error('no slug metadata');
    slugMeta.edit.description = 'Whatever you like.';
    changed.layouts.edit = [...changed.layouts.edit].reverse();
    // The answer carries a relation's mainField in `list`; the "Configure the view" form does not send it back.
    for (const meta of Object.values(changed.metadatas)) delete meta.list.mainField;
    const saved = await cms.http
      .put('/content-manager/content-types/api::article.article/configuration')
      .set(...session)
      .send({ settings: changed.settings, metadatas: changed.metadatas, layouts: changed.layouts });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect((await configuration()).contentType.metadatas.slug?.edit.description).toBe('Whatever you like.');

    await syncDashboardLayouts(cms.strapi); // what every boot does
    const restored = (await configuration()).contentType;
    expect(restored.metadatas.slug?.edit.description).toBe(articleSchema.config.metadatas.slug?.edit.description);
    expect(rows(restored)).toEqual(fileRows('api::article.article'));
  });

  it('writes nothing at boot when the stored configuration already matches', async () => {
    let writes = 0;
    const services = ['content-types', 'components'].map(
      (name) => cms.strapi.plugin('content-manager').service(name) as unknown as { updateConfiguration: (...args: unknown[]) => Promise<unknown> },
    );
    const originals = services.map((service) => service.updateConfiguration);
    services.forEach((service, index) => {
      service.updateConfiguration = async (...args) => {
        writes += 1;
        return originals[index]?.apply(service, args);
      };
    });
    try {
      await syncDashboardLayouts(cms.strapi);
    } finally {
      services.forEach((service, index) => {
        if (originals[index]) service.updateConfiguration = originals[index];
      });
    }
    expect(writes).toBe(0);
  });
});

describe('the dashboard does not send the therapist elsewhere', () => {
  it('has no Marketplace: nobody holds its permission, its page is closed', async () => {
    const permissions = await cms.http.get('/admin/users/me/permissions').set(...session);
    expect(permissions.status).toBe(200);
    const actions = (permissions.body.data as Array<{ action: string }>).map((permission) => permission.action);
    expect(actions).toContain('plugin::content-manager.explorer.publish');
    expect(actions).not.toContain(MARKETPLACE_ACTION);
    expect((await cms.http.get('/admin/plugins').set(...session)).status).toBe(403);
  });

  it('lets the browser load nothing from other origins, except the website in the preview frame', async () => {
    const csp = String((await cms.http.get('/_health')).headers['content-security-policy']);
    const directives = Object.fromEntries(csp.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')];
    }));
    expect(directives['connect-src']).toBe('\'self\'');
    expect(directives['img-src']).toBe('\'self\' data: blob:');
    expect(directives['font-src']).toBe('\'self\' data:');
    expect(directives['style-src']).toBe('\'self\' \'unsafe-inline\'');
    expect(directives['frame-src']).toBe('\'self\' http://localhost:3000');
    expect(csp).not.toMatch(/https:(?!\/\/)|strapi\.io/);
  });

  it('shows Tend\'s icon in the browser tab', async () => {
    const icon = await cms.http.get('/favicon.ico').buffer(true);
    expect(icon.status).toBe(200);
    expect(Buffer.from(icon.body as Buffer).equals(fs.readFileSync(path.resolve(__dirname, '../../src/admin/extensions/favicon.png')))).toBe(true);
  });

  it('tells the dashboard: no NPS survey, no Enterprise promotion, no documentation links, no Strapi AI', async () => {
    const response = await cms.http.get('/admin/project-type').set(...session);
    expect(response.status).toBe(200);
    expect(response.body.data.flags).toEqual({ nps: false, promoteEE: false, docLinks: false });
    expect(response.body.data.ai).toMatchObject({ enabled: false });
  });
});
