import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';

interface CreatedEnquiry {
  data: { documentId: string; createdAt: string };
}

export default factories.createCoreController('api::enquiry.enquiry', () => ({
  async create(ctx) {
    const body = ctx.request.body as { data?: unknown } | undefined;
    if (!body || typeof body.data !== 'object' || body.data === null || Array.isArray(body.data)) {
      throw new errors.ValidationError('Send the consultation request as JSON: { "data": { ... } }.');
    }
    // The status belongs to the therapist; a new request always starts as "new".
    const { status: _ignored, ...fields } = body.data as Record<string, unknown>;
    ctx.request.body = { data: { ...fields, status: 'new' } };

    const created = (await super.create(ctx)) as CreatedEnquiry;
    // Echo nothing back but a receipt: the sender's details stay in the CMS.
    return { data: { documentId: created.data.documentId, createdAt: created.data.createdAt } };
  },
}));
