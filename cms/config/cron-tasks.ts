import type { Core, Modules } from '@strapi/strapi';
import { CHANGE_FEED_DAYS, pruneContentChanges } from '../src/change-feed/prune-changes';
import { KEEP_DAYS, KEEP_VERSIONS, pruneVersions } from '../src/versions/prune-versions';
import { deleteExpiredEnquiries, parseRetentionDays, RETENTION_ENV } from '../src/api/enquiry/retention';
import { checkWebOutbox } from '../src/outbox-watch/watch';
import { runDueSchedules } from '../src/scheduling/run-due-schedules';
import { parseSchedulerInterval, SCHEDULER_INTERVAL_ENV } from '../src/scheduling/scheduler-interval';

/**
 * Scheduled jobs, enabled in config/server.ts. Strapi also loads this file as a config namespace
 * of its own, which is why it exports a config function like the others.
 */
const cronTasks = ({ env }: Pick<Core.Config.Shared.ConfigParams, 'env'>): Modules.Cron.CronTasks => {
  const retentionDays = parseRetentionDays(env(RETENTION_ENV));
  const schedulerSeconds = parseSchedulerInterval(env(SCHEDULER_INTERVAL_ENV));
  return {
    websiteOutboxWatch: {
      // Every minute: consultation requests stuck on the website reach the therapist's notice
      // (one email per incident; see src/outbox-watch/).
      options: { rule: '* * * * *' },
      async task({ strapi }) {
        const { answer } = await checkWebOutbox(strapi);
        return answer.kind === 'ok' ? answer.status.stuck : null;
      },
    },
    scheduledChanges: {
      // Every few seconds: publish and unpublish what the therapist scheduled (src/scheduling/).
      // Each row is claimed in the database, so several CMS instances may all run this.
      options: { rule: `*/${schedulerSeconds} * * * * *` },
      async task({ strapi }) {
        try {
          const { done, failed } = await runDueSchedules(strapi);
          if (done.length + failed.length > 0) {
            strapi.log.info(`[tend] scheduled changes: ${done.length} done, ${failed.length} failed.`);
          }
        } catch (error) {
          // The database may be briefly away; the next run tries again.
          strapi.log.error(`[tend] scheduled changes could not run: ${error instanceof Error ? error.message : String(error)}`);
        }
      },
    },
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
