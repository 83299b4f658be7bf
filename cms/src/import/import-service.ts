/**
 * One entry point for the dashboard's Import page and `pnpm run import`: the same dry run, the
 * same run, the same report.
 */
import type { Core } from '@strapi/strapi';

import { planMarkdown } from './markdown/plan-markdown';
import type { ImportPlan, PlanOptions } from './plan-types';
import { buildReport, reportText, type ImportReport } from './report/import-report';
import { runImport, type RunOptions } from './run/run-import';
import { planWordpress } from './wordpress/plan-wordpress';
import { readWxr } from './wordpress/read-wxr';

export type ImportSource = { kind: 'wordpress'; bytes: Uint8Array } | { kind: 'markdown'; folder: string };

export type ImportOptions = PlanOptions & RunOptions;

async function existingTopics(strapi: Core.Strapi): Promise<Array<{ slug: string; name: string }>> {
  const topics = await strapi.documents('api::topic.topic').findMany({ fields: ['slug', 'name'], limit: 1000 });
  return topics.map((t) => ({ slug: t.slug ?? '', name: t.name ?? '' }));
}

export function importService(strapi: Core.Strapi) {
  const plan = async (source: ImportSource, options: ImportOptions): Promise<ImportPlan> => {
    const planOptions: PlanOptions = { ...options, existingTopics: await existingTopics(strapi) };
    return source.kind === 'wordpress' ? planWordpress(readWxr(source.bytes), planOptions) : planMarkdown(source.folder, planOptions);
  };
  return {
    plan,
    async dryRun(source: ImportSource, options: ImportOptions = {}): Promise<ImportReport> {
      return buildReport(await plan(source, options), null);
    },
    async run(source: ImportSource, options: ImportOptions = {}): Promise<ImportReport> {
      const planned = await plan(source, options);
      // A Markdown folder's images are paths relative to the folder itself.
      const uploadsFolder = options.uploadsFolder ?? (source.kind === 'markdown' ? source.folder : undefined);
      return buildReport(planned, await runImport(strapi, planned, { ...options, uploadsFolder }));
    },
    text: reportText,
  };
}
