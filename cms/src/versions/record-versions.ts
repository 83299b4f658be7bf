import { isDeepStrictEqual } from 'node:util';
import type { Core } from '@strapi/strapi';
import { takeSnapshot } from './snapshot';
import type { VersionAction, VersionStatus } from '../dashboard-contract';
import { VERSION, VERSIONED_MODELS } from './versioned-types';

type DocumentMiddleware = Parameters<Core.Strapi['documents']['use']>[0];

interface AdminUser {
  id?: unknown;
  firstname?: unknown;
  lastname?: unknown;
  username?: unknown;
  email?: unknown;
}

const RECORDED: ReadonlySet<string> = new Set(['create', 'update', 'publish']);

/** Who is saving: the dashboard user of the current request, or nobody (the seed, a script, a scheduled job). */
function currentAuthor(strapi: Core.Strapi): { authorId: number | null; authorName: string | null } {
  const user = strapi.requestContext.get()?.state?.user as AdminUser | undefined;
  if (!user || typeof user.id !== 'number') return { authorId: null, authorName: null };
  const fullName = [user.firstname, user.lastname].filter((part) => typeof part === 'string' && part).join(' ');
  const name = fullName || (typeof user.username === 'string' ? user.username : '') || String(user.email ?? '');
  return { authorId: user.id, authorName: name.slice(0, 200) || null };
}

function documentIdOf(params: unknown, result: unknown): string | null {
  const fromParams = (params as { documentId?: unknown } | undefined)?.documentId;
  if (typeof fromParams === 'string') return fromParams;
  const fromResult = (result as { documentId?: unknown } | null | undefined)?.documentId;
  return typeof fromResult === 'string' ? fromResult : null;
}

export async function recordVersion(
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  action: VersionAction,
): Promise<void> {
  const status: VersionStatus = action === 'publish' ? 'published' : 'draft';
  const snapshot = await takeSnapshot(strapi, uid, documentId, status);
  if (!snapshot) return;
  // The dashboard saves the draft before every publish, often unchanged: a copy of the same
  // text would only push real versions down the list. Compared as values: PostgreSQL's jsonb
  // gives the keys back in an order of its own.
  const previous = (await strapi.db.query(VERSION).findOne({
    where: { model: uid, targetDocumentId: documentId, status },
    select: ['snapshot'],
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  })) as { snapshot?: unknown } | null;
  if (previous && isDeepStrictEqual(previous.snapshot, snapshot)) return;
  await strapi.db.query(VERSION).create({
    data: { model: uid, targetDocumentId: documentId, status, action, snapshot, ...currentAuthor(strapi) },
  });
}

/**
 * After every save (create, update) and every publish of what readers see, keeps a copy of the
 * document as it now is. Saving with `status: 'published'` arrives here as a save followed by a
 * publish (guardrails/publish-as-own-step.ts), so it keeps two versions, as two clicks would.
 * Written through the query engine: a version fires no webhook and is not itself versioned.
 */
export function registerVersionRecording(strapi: Core.Strapi): void {
  const middleware: DocumentMiddleware = async (context, next) => {
    if (!VERSIONED_MODELS.has(context.uid) || !RECORDED.has(context.action)) return next();
    const result = await next();
    const documentId = documentIdOf(context.params, result);
    if (context.action === 'publish') {
      // Publishing nothing (no draft) changes nothing: no version.
      const entries = (result as { entries?: unknown[] } | null | undefined)?.entries;
      if (!entries || entries.length === 0) return result;
    }
    if (documentId) await recordVersion(strapi, context.uid, documentId, context.action as VersionAction);
    return result;
  };
  strapi.documents.use(middleware);
}
