/**
 * The dashboard's runs, one at a time, kept in memory while they go: the page polls the
 * progress, then downloads the report. A restart forgets the job, not the work: running the
 * same file again resumes (the import is idempotent).
 */
import { randomUUID } from 'node:crypto';

import type { ImportJob, ImportReport } from '../report/report-types';

export type { ImportJob } from '../report/report-types';

const jobs = new Map<string, ImportJob>();
let running: string | null = null;

export function activeJob(): ImportJob | null {
  return running ? (jobs.get(running) ?? null) : null;
}

export function findJob(id: string): ImportJob | null {
  return jobs.get(id) ?? null;
}

export function startJob(work: (job: ImportJob) => Promise<ImportReport>): ImportJob {
  const job: ImportJob = { id: randomUUID(), done: 0, total: 0, current: '', report: null, error: null };
  jobs.set(job.id, job);
  running = job.id;
  work(job)
    .then((report) => {
      job.report = report;
    })
    .catch((error: unknown) => {
      job.error = error instanceof Error && error.name === 'ImportInputError' ? error.message : 'The import stopped on an unexpected error. What was imported so far is kept; run it again to finish.';
    })
    .finally(() => {
      running = null;
      // Keep a few finished jobs for their reports; drop older ones.
      if (jobs.size > 10) jobs.delete(jobs.keys().next().value as string);
    });
  return job;
}
