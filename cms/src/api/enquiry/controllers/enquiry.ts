import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ENQUIRY_UID } from '../enquiry-uid';

interface Receipt {
  documentId: string;
  createdAt: string;
}

export default factories.createCoreController(ENQUIRY_UID, ({ strapi }) => {
  /** A request the website already delivered (same submission reference) is not stored twice. */
  async function existingReceipt(submissionId: unknown): Promise<Receipt | null> {
    if (typeof submissionId !== 'string' || submissionId === '') return null;
    const found = await strapi.documents(ENQUIRY_UID).findFirst({ filters: { submissionId }, fields: ['createdAt'] });
    return found ? { documentId: found.documentId, createdAt: String(found.createdAt) } : null;
  }

  return {
    async create(ctx) {
      const body = ctx.request.body as { data?: unknown } | undefined;
      if (!body || typeof body.data !== 'object' || body.data === null || Array.isArray(body.data)) {
        throw new errors.ValidationError('Send the consultation request as JSON: { "data": { ... } }.');
      }
      // The status belongs to the therapist; a new request always starts as "new".
      const { requestStatus: _ignored, ...fields } = body.data as Record<string, unknown>;
      const duplicate = await existingReceipt(fields.submissionId);
      if (duplicate) {
        ctx.status = 200;
        return { data: duplicate };
      }
      ctx.request.body = { data: { ...fields, requestStatus: 'new' } };
      const created = (await super.create(ctx)) as { data: Receipt };
      // Echo nothing back but a receipt: the sender's details stay in the CMS.
      return { data: { documentId: created.data.documentId, createdAt: created.data.createdAt } };
    },
  };
});
