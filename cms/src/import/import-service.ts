/**
 * One entry point for the dashboard's Import page and `pnpm run import`: the same dry run, the
 * same run, the same report.
 */
import type { Core } from '@strapi/strapi';

import { planMarkdown } from './markdown/plan-markdown';
import { unpackZip } from './markdown/read-zip';
import type { ImportPlan, PlanOptions } from './plan-types';
import { buildReport, reportText, type ImportReport } from './report/import-report';
import { runImport, type RunOptions } from './run/run-import';
import { planWordpress } from './wordpress/plan-wordpress';
import { readWxr } from './wordpress/read-wxr';

export type ImportSource =
  | { kind: 'wordpress'; bytes: Uint8Array }
  | { kind: 'markdown'; folder: string; siteTitle?: string }
  /** A zip of a Markdown folder, as the dashboard receives it; `name` is the zip's file name. */
  | { kind: 'markdown-zip'; bytes: Uint8Array; name: string };

type ReadySource = Exclude<ImportSource, { kind: 'markdown-zip' }>;

/** A zip is unpacked into a temporary folder for as long as `work` needs it, then removed. */
async function withFolder<T>(source: ImportSource, work: (ready: ReadySource) => Promise<T>): Promise<T> {
  if (source.kind !== 'markdown-zip') return work(source);
  const unpacked = await unpackZip(source.bytes);
  try {
    return await work({ kind: 'markdown', folder: unpacked.folder, siteTitle: unpacked.topFolder ?? source.name.replace(/\.zip$/i, '') });
  } finally {
    await unpacked.remove();
  }
}

export type ImportOptions = PlanOptions & RunOptions;

async function existingTopics(strapi: Core.Strapi): Promise<Array<{ slug: string; name: string }>> {
  const topics = await strapi.documents('api::topic.topic').findMany({ fields: ['slug', 'name'], limit: 1000 });
  return topics.map((t) => ({ slug: t.slug ?? '', name: t.name ?? '' }));
}

export function importService(strapi: Core.Strapi) {
  const planReady = async (source: ReadySource, options: ImportOptions): Promise<ImportPlan> => {
    const planOptions: PlanOptions = { ...options, existingTopics: await existingTopics(strapi) };
    if (source.kind === 'wordpress') return planWordpress(readWxr(source.bytes), planOptions);
    const planned = planMarkdown(source.folder, planOptions);
    return source.siteTitle ? { ...planned, siteTitle: source.siteTitle } : planned;
  };
  return {
    plan: (source: ImportSource, options: ImportOptions = {}): Promise<ImportPlan> => withFolder(source, (ready) => planReady(ready, options)),
    async dryRun(source: ImportSource, options: ImportOptions = {}): Promise<ImportReport> {
      return withFolder(source, async (ready) => buildReport(await planReady(ready, options), null));
    },
    async run(source: ImportSource, options: ImportOptions = {}): Promise<ImportReport> {
      return withFolder(source, async (ready) => {
        const planned = await planReady(ready, options);
        // A Markdown folder's images are paths relative to the folder itself (inside the zip, for a zip).
        const uploadsFolder = options.uploadsFolder ?? (ready.kind === 'markdown' ? ready.folder : undefined);
        return buildReport(planned, await runImport(strapi, planned, { ...options, uploadsFolder }));
      });
    },
    text: reportText,
  };
}
