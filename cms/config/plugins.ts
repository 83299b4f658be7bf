import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'users-permissions': {
    config: {
      // Readers never sign up; the register route is also refused by the locked Public role.
      register: { allowedFields: [] },
      jwtSecret: env('JWT_SECRET'),
    },
  },
  upload: {
    config: {
      sizeLimit: 10 * 1024 * 1024,
      breakpoints: { large: 1200, medium: 800, small: 480 },
    },
  },
});

export default config;
