import type { Core } from '@strapi/strapi';
import { compareSnapshots } from './compare';
import { restoreData } from './restore';
import { VERSION, VERSIONED_MODELS, type VersionRow } from './versioned-types';

interface Ability {
  can(action: string, subject: string): boolean;
}

interface AdminContext {
  query: Record<string, unknown>;
  params: Record<string, string>;
  state: { userAbility?: Ability };
  status: number;
  body: unknown;
}

/** The dashboard address of these routes: /tend-versions/… beside Strapi's own /content-manager/…. */
export const VERSIONS_PREFIX = '/tend-versions';
const READ = 'plugin::content-manager.explorer.read';
const UPDATE = 'plugin::content-manager.explorer.update';
const LIST_COLUMNS = ['id', 'status', 'action', 'authorName', 'createdAt'] as const;

function refuse(ctx: AdminContext, status: number, message: string): void {
  ctx.status = status;
  ctx.body = { data: null, error: { status, name: status === 403 ? 'ForbiddenError' : 'ValidationError', message } };
}

/** The same rule as the edit view itself: whoever may read (or edit) this type in the dashboard. */
function allowed(ctx: AdminContext, action: string, uid: string): boolean {
  if (ctx.state.userAbility?.can(action, uid)) return true;
  refuse(ctx, 403, 'You do not have permission to see or change this content.');
  return false;
}

const versionId = (raw: unknown): number | null => {
  const id = Number(raw);
  return Number.isInteger(id) && id > 0 ? id : null;
};

async function findVersion(strapi: Core.Strapi, raw: unknown): Promise<VersionRow | null> {
  const id = versionId(raw);
  if (id === null) return null;
  return (await strapi.db.query(VERSION).findOne({ where: { id } })) as VersionRow | null;
}

function listVersions(strapi: Core.Strapi) {
  return async (ctx: AdminContext): Promise<void> => {
    const { model, documentId } = ctx.query;
    if (typeof model !== 'string' || !VERSIONED_MODELS.has(model) || typeof documentId !== 'string' || !documentId) {
      return refuse(ctx, 400, 'Say which document: ?model=api::article.article&documentId=… (articles, topics, practice details, crisis support or site settings).');
    }
    if (!allowed(ctx, READ, model)) return;
    const rows = await strapi.db.query(VERSION).findMany({
      where: { model, targetDocumentId: documentId },
      select: [...LIST_COLUMNS],
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    });
    ctx.body = { data: rows };
  };
}

function compareVersions(strapi: Core.Strapi) {
  return async (ctx: AdminContext): Promise<void> => {
    const [before, after] = [await findVersion(strapi, ctx.query.from), await findVersion(strapi, ctx.query.to)];
    if (!before || !after) return refuse(ctx, 404, 'One of the two versions no longer exists: choose two versions from the list.');
    if (before.model !== after.model || before.targetDocumentId !== after.targetDocumentId) {
      return refuse(ctx, 400, 'Choose two versions of the same document to compare.');
    }
    if (!allowed(ctx, READ, before.model)) return;
    const summary = ({ id, status, action, authorName, createdAt }: VersionRow) => ({ id, status, action, authorName, createdAt });
    ctx.body = {
      data: { before: summary(before), after: summary(after), fields: compareSnapshots(strapi, before.model, before.snapshot, after.snapshot) },
    };
  };
}

function restoreVersion(strapi: Core.Strapi) {
  return async (ctx: AdminContext): Promise<void> => {
    const version = await findVersion(strapi, ctx.params.id);
    if (!version || !VERSIONED_MODELS.has(version.model)) return refuse(ctx, 404, 'This version no longer exists: choose one from the list.');
    if (!allowed(ctx, UPDATE, version.model)) return;
    const documents = strapi.documents(version.model as 'api::article.article');
    const { targetDocumentId: documentId } = version;
    const exists = await documents.findOne({ documentId, status: 'draft', fields: ['documentId'] as never });
    if (!exists) return refuse(ctx, 404, 'The page this version belongs to has been deleted, so it cannot be restored.');
    // Only ever the draft: the therapist reviews the restored text in preview and publishes it herself.
    const data = await restoreData(strapi, version.model, version.snapshot);
    try {
      await documents.update({ documentId, data: data as never });
    } catch (error) {
      const message = error instanceof Error && error.name === 'ValidationError' ? error.message : null;
      if (!message) throw error;
      return refuse(ctx, 400, `This version cannot be restored as it is: ${message}`);
    }
    ctx.body = { data: { documentId, status: 'draft', restoredFrom: version.id } };
  };
}

/** List, compare and restore, for signed-in dashboard users only (Strapi's admin authentication). */
export function registerVersionRoutes(strapi: Core.Strapi): void {
  const config = { policies: ['admin::isAuthenticatedAdmin'] };
  strapi.server.routes({
    type: 'admin',
    prefix: VERSIONS_PREFIX,
    routes: [
      { method: 'GET', path: '/', handler: listVersions(strapi), config },
      { method: 'GET', path: '/compare', handler: compareVersions(strapi), config },
      { method: 'POST', path: '/:id/restore', handler: restoreVersion(strapi), config },
    ],
  } as never);
}
