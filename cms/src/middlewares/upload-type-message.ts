import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/** What the dashboard shows beside a refused file (config/plugins.ts lists what is accepted). */
export const REFUSED_TYPE_MESSAGE
  = 'This file cannot be uploaded: the Media Library takes photos (JPEG, PNG, WebP, AVIF or GIF) and PDF files only.';

// The upload plugin's own wording (5.54, utils/mime-validation.js) for a file outside the allow list.
const PLUGIN_REFUSALS = [/^File type '.+' is not allowed$/, /^MIME type is not allowed$/, /^Cannot verify file type for security reasons$/];

/**
 * The upload plugin refuses an SVG with "File type 'image/svg+xml' is not allowed", and the
 * dashboard shows that text as it is. The therapist needs to know what to upload instead, so the
 * refusal is reworded here, still as a 400 ValidationError.
 */
const uploadTypeMessage: Core.MiddlewareFactory = () => {
  return async (_ctx, next) => {
    try {
      await next();
    } catch (error) {
      if (error instanceof errors.ValidationError && PLUGIN_REFUSALS.some((wording) => wording.test(error.message))) {
        throw new errors.ValidationError(REFUSED_TYPE_MESSAGE);
      }
      throw error;
    }
  };
};

export default uploadTypeMessage;
