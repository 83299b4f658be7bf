import { formats, winston } from '@strapi/logger';

// STRAPI_LOG_LEVEL lets tests and production turn the per-request lines down (default: http).
const level = process.env.STRAPI_LOG_LEVEL ?? 'http';

export default {
  transports: [
    new winston.transports.Console({
      level,
      format: formats.prettyPrint({ timestamps: 'YYYY-MM-DD HH:mm:ss.SSS' }),
    }),
  ],
};
