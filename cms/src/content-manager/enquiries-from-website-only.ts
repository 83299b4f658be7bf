import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ENQUIRY_UID } from '../api/enquiry/enquiry-uid';

export const ENQUIRY_CREATE_REFUSED =
  'Consultation requests arrive only from the form on your website, so they cannot be created here. Open a request in the list to read it or change its status.';

const POLICY = 'global::enquiries-from-website-only';

interface Route {
  method: string;
  path: string;
  config?: { policies?: unknown[] };
}

/**
 * Consultation requests come only from the website: the dashboard's "Create new entry" for them
 * is refused on the server (its button is hidden in the dashboard: src/admin/hide-enquiry-create.ts).
 * A policy on the Content Manager's create route, whatever the type, that refuses this one type.
 */
export function enquiriesFromWebsiteOnly(strapi: Core.Strapi): void {
  const { admin } = strapi.plugin('content-manager').routes as unknown as { admin: { routes: Route[] } };
  const create = admin.routes.find((route) => route.method === 'POST' && route.path === '/collection-types/:model');
  if (!create) {
    strapi.log.warn('[tend] the Content Manager create route was not found: consultation requests can be created in the dashboard.');
    return;
  }
  const refuseEnquiries = (context: { params?: { model?: string } }): boolean => {
    if (context.params?.model === ENQUIRY_UID) throw new errors.PolicyError(ENQUIRY_CREATE_REFUSED);
    return true;
  };
  // Route policies are named, not inline functions: registered globally, then listed on the route.
  (strapi.get('policies') as { set(uid: string, policy: unknown): void }).set(POLICY, refuseEnquiries);
  create.config = { ...create.config, policies: [...(create.config?.policies ?? []), POLICY] };
}
