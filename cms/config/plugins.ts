import type { Core } from '@strapi/strapi';
import { requireSecret } from '../src/config-support/secrets';
import { ALLOWED_UPLOAD_TYPES, DENIED_UPLOAD_TYPES } from '../src/config-support/upload-security';
import { emailPluginConfig } from '../src/notifications/email-settings';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'users-permissions': {
    config: {
      // Readers never sign up; the register route is also refused by the locked Public role.
      register: { allowedFields: [] },
      jwtSecret: requireSecret((key) => env(key), 'JWT_SECRET'),
    },
  },
  // SMTP_* / EMAIL_FROM / EMAIL_REPLY_TO from the environment; without SMTP_HOST nothing is sent.
  'email': {
    config: emailPluginConfig((key) => env(key)),
  },
  'upload': {
    config: {
      sizeLimit: 10 * 1024 * 1024,
      breakpoints: { large: 1200, medium: 800, small: 480 },
      security: { allowedTypes: ALLOWED_UPLOAD_TYPES, deniedTypes: DENIED_UPLOAD_TYPES },
    },
  },
});

export default config;
