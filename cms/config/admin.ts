import type { Core } from '@strapi/strapi';
import { requireSecret } from '../src/config-support/secrets';

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
    // The dashboard must not call home: no NPS survey, no Enterprise promotions.
    flags: {
      nps: false,
      promoteEE: false,
    },
  };
};

export default config;
