import type { Core } from '@strapi/strapi';

import type { RunResult } from './run-result';

export const IMPORT_NOTE = { wordpress: 'Imported from WordPress', markdown: 'Imported from a Markdown folder' } as const;

/**
 * A permanent redirect from each old address to the article. A redirect the therapist made by
 * hand for the same address is left alone and reported; one made by an earlier import follows
 * the article if its address changed.
 */
export async function importRedirects(strapi: Core.Strapi, from: string[], to: string, note: string, result: RunResult): Promise<void> {
  const redirects = strapi.documents('api::redirect.redirect');
  for (const path of from) {
    const existing = await redirects.findFirst({ filters: { from: path } });
    if (!existing) {
      await redirects.create({ data: { from: path, to, kind: 'permanent', note } });
      result.redirectsCreated += 1;
    } else if (existing.to === to && existing.kind === 'permanent') {
      result.redirectsKept += 1;
    } else if (existing.note?.startsWith('Imported from')) {
      // Typed through Strapi's own parameter type: the tests' compilation sees the Redirect input as empty.
      const change = { to, kind: 'permanent' } as unknown as Parameters<typeof redirects.update>[0]['data'];
      await redirects.update({ documentId: existing.documentId, data: change });
      result.redirectsCreated += 1;
    } else {
      result.redirectConflicts.push({ from: path, why: `a redirect you made already sends it to ${existing.to ?? '(gone)'}` });
    }
  }
}
