import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ENQUIRY_UID } from '../api/enquiry/enquiry-uid';

export const ENQUIRY_CREATE_REFUSED
  = 'Consultation requests arrive only from the form on your website, so they cannot be created here. Open a request in the list to read it or change its status.';

const POLICY = 'global::enquiries-from-website-only';

interface Route {
  method: string;
  path: string;
  config?: { policies?: unknown[] };
}

/**
 * Consultation requests come only from the website: the dashboard's "Create new entry" for them
 * is refused on the server (its button is hidden in the dashboard: src/admin/hide-enquiry-create.ts).
 * A policy on the Content Manager's create and duplicate routes, whatever the type, that refuses this one type.
 */
/** Every Content Manager route that makes a new document: create, and Duplicate (clone, auto-clone). */
const CREATING_PATHS = ['/collection-types/:model', '/collection-types/:model/clone/:sourceId', '/collection-types/:model/auto-clone/:sourceId'];

export function enquiriesFromWebsiteOnly(strapi: Core.Strapi): void {
  const { admin } = strapi.plugin('content-manager').routes as unknown as { admin: { routes: Route[] } };
  const creating = admin.routes.filter((route) => route.method === 'POST' && CREATING_PATHS.includes(route.path));
  if (creating.length !== CREATING_PATHS.length) {
    strapi.log.warn('[tend] a Content Manager create or duplicate route was not found: consultation requests may be created in the dashboard.');
  }
  const refuseEnquiries = (context: { params?: { model?: string } }): boolean => {
    if (context.params?.model === ENQUIRY_UID) throw new errors.PolicyError(ENQUIRY_CREATE_REFUSED);
    return true;
  };
  // Route policies are named, not inline functions: registered globally, then listed on the route.
  (strapi.get('policies') as { set(uid: string, policy: unknown): void }).set(POLICY, refuseEnquiries);
  for (const route of creating) route.config = { ...route.config, policies: [...(route.config?.policies ?? []), POLICY] };
}
