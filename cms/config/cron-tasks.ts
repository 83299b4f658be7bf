import type { Core, Modules } from '@strapi/strapi';
import { CHANGE_FEED_DAYS, pruneContentChanges } from '../src/change-feed/prune-changes';
import { KEEP_DAYS, KEEP_VERSIONS, pruneVersions } from '../src/versions/prune-versions';
import { deleteExpiredEnquiries, parseRetentionDays, RETENTION_ENV } from '../src/api/enquiry/retention';

/**
 * Scheduled jobs, enabled in config/server.ts. Strapi also loads this file as a config namespace
 * of its own, which is why it exports a config function like the others.
 */
const cronTasks = ({ env }: Pick<Core.Config.Shared.ConfigParams, 'env'>): Modules.Cron.CronTasks => {
  const retentionDays = parseRetentionDays(env(RETENTION_ENV));
  return {
    enquiryRetention: {
      // Every night at 03:30 UK time: consultation requests older than the retention period go.
      options: { rule: '30 3 * * *', tz: 'Europe/London' },
      async task({ strapi }) {
        const { deleted } = await deleteExpiredEnquiries(strapi, new Date(), retentionDays);
        if (deleted > 0) {
          strapi.log.info(`[tend] retention: ${deleted} consultation request(s) older than ${retentionDays} days deleted.`);
        }
        return deleted;
      },
    },
    contentChangePruning: {
      // Every night at 03:40 UK time: change-feed rows older than 30 days go (the website only
      // needs the changes since its last reconciliation, minutes ago).
      options: { rule: '40 3 * * *', tz: 'Europe/London' },
      async task({ strapi }) {
        const deleted = await pruneContentChanges(strapi);
        if (deleted > 0) strapi.log.info(`[tend] change feed: ${deleted} row(s) older than ${CHANGE_FEED_DAYS} days deleted.`);
        return deleted;
      },
    },
    versionPruning: {
      // Every night at 03:50 UK time: versions older than a year go, except each document's newest 50.
      options: { rule: '50 3 * * *', tz: 'Europe/London' },
      async task({ strapi }) {
        const deleted = await pruneVersions(strapi);
        if (deleted > 0) strapi.log.info(`[tend] version history: ${deleted} version(s) older than ${KEEP_DAYS} days deleted (each page keeps at least ${KEEP_VERSIONS}).`);
        return deleted;
      },
    },
  };
};

export default cronTasks;
