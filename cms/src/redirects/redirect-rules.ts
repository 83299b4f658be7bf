import type { Core } from '@strapi/strapi';
import { refusal } from '../guardrails/refusal';
import { finalTarget, redirectsToRetarget, type StoredRedirect } from './redirect-chain';
import { normaliseSitePath, pathOnly } from './redirect-path';
import { isReserved, sitePageAt } from './site-pages';

export const REDIRECT = 'api::redirect.redirect';

interface RedirectRow extends StoredRedirect {
  documentId: string;
}

interface RedirectData {
  from?: unknown;
  to?: unknown;
  kind?: unknown;
  [key: string]: unknown;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Whether readers can open this page now: a fixed page, or a published article or topic. */
async function pageExists(strapi: Core.Strapi, path: string): Promise<{ exists: boolean; noun?: string }> {
  const page = sitePageAt(path);
  if (page.kind === 'fixed') return { exists: true };
  if (page.kind === 'other') return { exists: false };
  const count = await strapi.db.query(page.uid as 'api::article.article').count({
    where: { slug: page.slug, publishedAt: { $notNull: true } },
  });
  return { exists: count > 0, noun: page.noun };
}

function missingPageMessage(path: string, noun: string | undefined): string {
  if (noun) {
    return `No published ${noun} has the address ${path}. Check the address (it is the ${noun}'s "Web address" field, after /${noun}s/), or publish the ${noun} first.`;
  }
  return `There is no page at ${path} on this site, so visitors would land on "Page not found". Use the address of an article (/articles/…), a topic (/topics/…) or a page such as /about.`;
}

export async function allRedirects(strapi: Core.Strapi): Promise<RedirectRow[]> {
  return (await strapi.db.query(REDIRECT).findMany({ select: ['documentId', 'from', 'to', 'kind'] })) as RedirectRow[];
}

/**
 * Checks a redirect about to be saved and returns it as it must be stored (normalised, chain
 * collapsed), or throws a refusal naming the field and saying what to change.
 */
export async function checkedRedirect(strapi: Core.Strapi, data: RedirectData, documentId: string | undefined): Promise<StoredRedirect> {
  const from = normaliseSitePath(text(data.from), { keepLegacyQuery: true });
  if (!from.ok) throw refusal('from', from.message);
  if (isReserved(pathOnly(from.path))) {
    throw refusal('from', `${from.path} is used by the website itself and cannot be redirected. Check the old address.`);
  }
  if (!from.path.includes('?')) {
    const live = await pageExists(strapi, from.path);
    if (live.exists) {
      throw refusal(
        'from',
        live.noun
          ? `${from.path} is the address of a published ${live.noun}, so readers would never see it. To move the ${live.noun}, change its "Web address" and publish: the redirect is made for you.`
          : `${from.path} is a page of this site, so it cannot be redirected. Check the old address.`,
      );
    }
  }

  const others = (await allRedirects(strapi)).filter((row) => row.documentId !== documentId);
  if (others.some((row) => row.from === from.path)) {
    throw refusal('from', `There is already a redirect from ${from.path}. Open that one in the Redirects list and change it instead.`);
  }

  const kind = data.kind === 'gone' ? 'gone' : 'permanent';
  if (kind === 'gone') return { from: from.path, to: null, kind };

  if (text(data.to).trim() === '') {
    throw refusal('to', 'Fill in the new address, starting with /, or choose "gone" if the page was removed on purpose.');
  }
  const to = normaliseSitePath(text(data.to), { keepLegacyQuery: false });
  if (!to.ok) throw refusal('to', to.message);
  if (to.path === from.path) throw refusal('to', 'The new address is the same as the old one: visitors would go round in a circle. Change one of them.');

  const target = finalTarget(from.path, to.path, new Map(others.map((row) => [row.from, row])));
  if (!target.ok && target.reason === 'loop') {
    throw refusal('to', `This would send visitors round in a circle: ${to.path} already leads back to ${from.path}. Change the new address to the page visitors should end on.`);
  }
  if (!target.ok) {
    throw refusal('to', `${target.via.at(-1) ?? to.path} is marked as gone, so nothing can be sent there. Choose another new address, or mark this redirect as gone too.`);
  }
  const page = await pageExists(strapi, target.to);
  if (!page.exists) throw refusal('to', missingPageMessage(target.to, page.noun));
  return { from: from.path, to: target.to, kind };
}

/** Redirects that ended at `from` now end where `from` goes, so no visitor meets a chain. */
export async function collapseChainsInto(strapi: Core.Strapi, saved: StoredRedirect): Promise<void> {
  if (saved.kind !== 'permanent' || !saved.to) return;
  const { retarget, remove } = redirectsToRetarget(saved.from, saved.to, await allRedirects(strapi));
  if (retarget.length > 0) await strapi.db.query(REDIRECT).updateMany({ where: { from: { $in: retarget } }, data: { to: saved.to } });
  if (remove.length > 0) await strapi.db.query(REDIRECT).deleteMany({ where: { from: { $in: remove } } });
}

/**
 * Every redirect is checked when saved, whoever saves it (dashboard, import, API): addresses are
 * normalised, loops and redirects to pages that do not exist are refused with a message the
 * therapist can act on, and chains are collapsed.
 */
export function registerRedirectRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== REDIRECT || (context.action !== 'create' && context.action !== 'update')) return next();
    const params = context.params as { documentId?: string; data?: RedirectData };
    const existing
      = context.action === 'update' && params.documentId
        ? ((await strapi.db.query(REDIRECT).findOne({ where: { documentId: params.documentId }, select: ['from', 'to', 'kind'] })) as RedirectData | null)
        : null;
    const saved = await checkedRedirect(strapi, { ...existing, ...params.data }, params.documentId);
    params.data = { ...params.data, ...saved };
    return strapi.db.transaction(async () => {
      const result = await next();
      await collapseChainsInto(strapi, saved);
      return result;
    });
  });
}
