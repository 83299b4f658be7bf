import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ENQUIRY_UID } from './enquiry-uid';

/**
 * A consultation request without explicit consent must never be stored (UK GDPR: the
 * explicit-consent condition for health-adjacent data). Enforced at the document layer so it
 * holds for the API, the dashboard and scripts alike.
 */
export function registerEnquiryRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== ENQUIRY_UID || (context.action !== 'create' && context.action !== 'update')) {
      return next();
    }
    const params = context.params as { data?: Record<string, unknown> };
    const consent = params.data?.consent;
    const consentTouched = context.action === 'create' || consent !== undefined;
    if (consentTouched && consent !== true) {
      throw new errors.ValidationError('Consent is required: tick the box to agree to the privacy notice.', {
        errors: [{ path: ['consent'], message: 'Consent is required.', name: 'ValidationError' }],
      });
    }
    return next();
  });
}
