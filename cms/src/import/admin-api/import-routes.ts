/**
 * The dashboard's Import page talks to these admin routes (under /tend-import, signed-in
 * dashboard users only; nothing of this is on the content API the website uses):
 *
 * - POST /tend-import/dry-run  multipart `file` (+ `options` JSON) → the report of what would happen;
 *   the file is a WordPress export (WXR) or a zip of a Markdown folder, told apart by its first bytes
 * - POST /tend-import/runs     the same → 202 with a job id; the run goes on in the background
 * - GET  /tend-import/runs/:id → progress, then the final report
 */
import fs from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';

import { ImportInputError } from '../import-error';
import { importService, type ImportOptions, type ImportSource } from '../import-service';
import { looksLikeZip } from '../markdown/read-zip';
import { activeJob, findJob, startJob } from './import-jobs';

interface UploadedFile {
  filepath: string;
  size: number;
  originalFilename?: string | null;
}

interface AdminContext {
  request: { body?: Record<string, unknown>; files?: Record<string, UploadedFile | UploadedFile[]> };
  params: Record<string, string>;
  status: number;
  body: unknown;
}

const TopicActionSchema = z.union([
  z.object({ do: z.literal('create') }),
  z.object({ do: z.literal('ignore') }),
  z.object({ do: z.literal('merge'), into: z.string().min(1).max(60) }),
]);

const OptionsSchema = z
  .object({
    importPages: z.boolean().default(false),
    topicActions: z.record(z.string().max(200), TopicActionSchema).default({}),
  })
  .strict();

function refuse(ctx: AdminContext, status: number, message: string): void {
  ctx.status = status;
  ctx.body = { error: { status, message } };
}

/** A zip (by its first bytes, whatever its name) is a Markdown folder; anything else is read as a WordPress export. */
function sourceOf(bytes: Buffer, name: string): ImportSource {
  if (looksLikeZip(bytes)) return { kind: 'markdown-zip', bytes, name };
  if (/\.zip$/i.test(name)) throw new ImportInputError('This file is named .zip but is not a zip archive: it may be damaged or cut short. Make the zip again and choose the new file.');
  return { kind: 'wordpress', bytes };
}

async function readRequest(ctx: AdminContext): Promise<{ source: ImportSource; options: ImportOptions } | null> {
  const file = ctx.request.files?.file;
  const one = Array.isArray(file) ? file[0] : file;
  if (!one) {
    refuse(ctx, 400, 'Choose your WordPress export file (.xml) or a zip of your Markdown folder (.zip) first.');
    return null;
  }
  let raw: unknown;
  try {
    raw = typeof ctx.request.body?.options === 'string' ? JSON.parse(ctx.request.body.options) : {};
  } catch {
    refuse(ctx, 400, 'The import choices could not be read; reload the page and try again.');
    return null;
  }
  const parsed = OptionsSchema.safeParse(raw);
  if (!parsed.success) {
    refuse(ctx, 400, `The import choices are not valid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return null;
  }
  const bytes = await fs.readFile(one.filepath);
  try {
    return { source: sourceOf(bytes, one.originalFilename ?? ''), options: parsed.data };
  } catch (error) {
    if (error instanceof ImportInputError) refuse(ctx, 422, error.message);
    else throw error;
    return null;
  }
}

const ADMIN_ONLY = { policies: ['admin::isAuthenticatedAdmin'] };

/** Koa's context, seen through the few fields these handlers use (params come from the router). */
const handler
  = (handle: (ctx: AdminContext) => Promise<void> | void): Core.MiddlewareHandler =>
    async (context) => {
      await handle(context as unknown as AdminContext);
    };

export function registerImportRoutes(strapi: Core.Strapi): void {
  const service = (): ReturnType<typeof importService> => importService(strapi);
  strapi.server.routes({
    type: 'admin',
    prefix: '/tend-import',
    routes: [
      {
        method: 'POST',
        path: '/dry-run',
        config: ADMIN_ONLY,
        info: {},
        handler: handler(async (ctx) => {
          const input = await readRequest(ctx);
          if (!input) return;
          try {
            ctx.body = await service().dryRun(input.source, input.options);
          } catch (error) {
            if (error instanceof ImportInputError) return refuse(ctx, 422, error.message);
            throw error;
          }
        }),
      },
      {
        method: 'POST',
        path: '/runs',
        config: ADMIN_ONLY,
        info: {},
        handler: handler(async (ctx) => {
          if (activeJob()) return refuse(ctx, 409, 'An import is already running. Wait for it to finish, then try again.');
          const input = await readRequest(ctx);
          if (!input) return;
          try {
            // Plan first, so a bad file is refused here and not half-way through a run.
            await service().plan(input.source, input.options);
          } catch (error) {
            if (error instanceof ImportInputError) return refuse(ctx, 422, error.message);
            throw error;
          }
          const job = startJob((progress) =>
            service().run(input.source, {
              ...input.options,
              onProgress: (done, total, current) => Object.assign(progress, { done, total, current }),
            }));
          ctx.status = 202;
          ctx.body = { id: job.id };
        }),
      },
      {
        method: 'GET',
        path: '/runs/:id',
        config: ADMIN_ONLY,
        info: {},
        handler: handler((ctx) => {
          const job = findJob(ctx.params.id ?? '');
          if (!job) return refuse(ctx, 404, 'This import is no longer known (the dashboard was restarted). Run it again: nothing will be duplicated.');
          ctx.body = job;
        }),
      },
    ],
  });
}
