import type { Core } from '@strapi/strapi';
import { registerRedirectRules } from '../redirects/redirect-rules';
import { registerPublishAsOwnStep } from './publish-as-own-step';
import { registerRequireAltText } from './require-alt-text';
import { registerStableSlugs } from './stable-slug';

/**
 * Editorial rules enforced at the document layer, so they hold for the dashboard, scripts and
 * the API alike. Registered in register(): document middlewares must exist before any document
 * is written, including by the seed in bootstrap().
 */
export function registerGuardrails(strapi: Core.Strapi): void {
  registerPublishAsOwnStep(strapi);
  registerStableSlugs(strapi);
  registerRequireAltText(strapi);
  registerRedirectRules(strapi);
}
