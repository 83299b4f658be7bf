import type { Core } from '@strapi/strapi';
import { registerVersionRoutes } from './admin-routes';
import { registerVersionRecording } from './record-versions';

/** Version history with restore (issue 11): a version after every save and publish, and dashboard routes to use them. */
export function registerVersions(strapi: Core.Strapi): void {
  registerVersionRecording(strapi);
  registerVersionRoutes(strapi);
}
