import type { Core } from '@strapi/strapi';
import { requireSecret } from '../src/config-support/secrets';
import { createPreviewConfig } from '../src/preview/preview-config';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => {
  const read = (key: string): string | undefined => env(key);
  return {
    auth: {
      secret: requireSecret(read, 'ADMIN_JWT_SECRET'),
    },
    apiToken: {
      salt: requireSecret(read, 'API_TOKEN_SALT'),
    },
    transfer: {
      token: {
        salt: requireSecret(read, 'TRANSFER_TOKEN_SALT'),
      },
    },
    secrets: {
      encryptionKey: requireSecret(read, 'ENCRYPTION_KEY'),
    },
    // The dashboard must not call home: no NPS survey, no Enterprise promotions, no links
    // into Strapi's documentation, no Strapi AI (it would send content to Strapi's servers).
    flags: {
      nps: false,
      promoteEE: false,
      docLinks: false,
    },
    ai: { enabled: false },
    // "Open preview" shows the draft on the real website (TEND_WEB_URL, TEND_PREVIEW_SECRET).
    preview: createPreviewConfig(read),
  };
};

export default config;
