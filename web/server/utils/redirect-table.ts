import type { RedirectRule } from '#shared/types/view-models';
import type { TagVersions } from './cache-tags';
import { redirectLookupKeys } from './redirect-lookup';

/**
 * The redirect table in this process's memory, as a Map from old address to rule, so that
 * answering a request costs one lookup. It is rebuilt from the CMS-data cache (cms-data.ts)
 * when the `redirects` tag changes (a webhook or the change feed): never a CMS request per hit.
 */
let table: { versions: TagVersions; byFrom: Map<string, RedirectRule> } | null = null;
let rebuilding: Promise<Map<string, RedirectRule>> | null = null;
/** After a failed load (CMS down, nothing cached), pages are served as usual for a while. */
const RETRY_AFTER_FAILURE_MS = 10_000;
let retryAt = 0;

async function rebuild(): Promise<Map<string, RedirectRule>> {
  // Versions first: a purge during the load leaves this table stale, so it is rebuilt again.
  const versions = await currentTagVersions([CACHE_TAGS.everything, ...redirectRulesTags]);
  const rules = await getRedirectRules();
  const byFrom = new Map(rules.map((rule) => [rule.from, rule]));
  table = { versions, byFrom };
  return byFrom;
}

async function currentTable(): Promise<Map<string, RedirectRule>> {
  if (table && (await tagsAreCurrent(table.versions))) return table.byFrom;
  if (Date.now() < retryAt) return table?.byFrom ?? new Map();
  rebuilding ??= rebuild()
    .catch((error: unknown) => {
      retryAt = Date.now() + RETRY_AFTER_FAILURE_MS;
      console.error('[redirects] the redirect table could not be loaded; pages are served without it.', String(error));
      return table?.byFrom ?? new Map<string, RedirectRule>();
    })
    .finally(() => {
      rebuilding = null;
    });
  return rebuilding;
}

export async function findRedirect(pathAndQuery: string): Promise<RedirectRule | null> {
  const byFrom = await currentTable();
  if (byFrom.size === 0) return null;
  for (const key of redirectLookupKeys(pathAndQuery)) {
    const rule = byFrom.get(key);
    if (rule) return rule;
  }
  return null;
}
