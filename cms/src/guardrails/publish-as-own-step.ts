import type { Core } from '@strapi/strapi';

interface SaveParams {
  documentId?: string;
  status?: string;
  data?: unknown;
  [key: string]: unknown;
}

interface SaveContext {
  uid: string;
  action: string;
  params: SaveParams;
  contentType: { options?: { draftAndPublish?: boolean } };
}

type DocumentMiddleware = Parameters<Core.Strapi['documents']['use']>[0];

/**
 * `create` and `update` with `status: 'published'` publish inside Strapi's repository without
 * passing through the document middlewares' `publish` action. This turns them into a draft save
 * followed by a real `publish` call, in one transaction, so every publishing rule (stable web
 * addresses, alternative text) is checked in exactly one place, whoever publishes.
 */
export function registerPublishAsOwnStep(strapi: Core.Strapi): void {
  const middleware = async (context: SaveContext, next: () => Promise<unknown>): Promise<unknown> => {
    const { params } = context;
    const saving = context.action === 'create' || context.action === 'update';
    if (!saving || params.status !== 'published' || !context.contentType.options?.draftAndPublish) return next();

    const { status: _status, ...saveParams } = params;
    const { data: _data, ...publishParams } = saveParams;
    context.params = saveParams;
    return strapi.db.transaction(async () => {
      const draft = (await next()) as { documentId?: string } | null;
      const documentId = draft?.documentId ?? params.documentId;
      if (!draft || !documentId) return draft;
      const documents = strapi.documents(context.uid as 'api::article.article');
      const published = await documents.publish({ ...publishParams, documentId } as Parameters<typeof documents.publish>[0]);
      return published.entries[0] ?? null;
    });
  };
  strapi.documents.use(middleware as unknown as DocumentMiddleware);
}
