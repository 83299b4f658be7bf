import type { Core } from '@strapi/strapi';
import { REDIRECT } from './redirect-rules';

export function addressChangeNote(noun: string): string {
  return `Made when the ${noun}'s web address changed on ${new Date().toISOString().slice(0, 10)}.`;
}

/**
 * After a publish at `to`: a redirect from `to` would hide the page now living there, so it goes;
 * when the address changed, the old one (`from`) sends visitors to the new one, through the
 * document service so that the redirect rules (chains collapsed) apply as for any other.
 */
export async function redirectAfterAddressChange(strapi: Core.Strapi, change: { from: string | null; to: string; note: string }): Promise<void> {
  const redirects = strapi.documents(REDIRECT);
  const shadowing = await redirects.findMany({ filters: { from: change.to }, fields: ['documentId'] });
  for (const { documentId } of shadowing) await redirects.delete({ documentId });
  if (!change.from) return;
  const data = { from: change.from, to: change.to, kind: 'permanent' as const, note: change.note };
  const [existing] = await redirects.findMany({ filters: { from: change.from }, fields: ['documentId'] });
  if (existing) await redirects.update({ documentId: existing.documentId, data });
  else await redirects.create({ data });
}
