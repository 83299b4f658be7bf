import { SITE_CONTENT_TYPES, type ChangeModel } from '../site-content/content-types';

export type { ChangeModel } from '../site-content/content-types';
export type ChangeAction = 'publish' | 'unpublish' | 'delete' | 'update';

const siteContent = Object.entries(SITE_CONTENT_TYPES);

/** The content the website shows, as the change feed names it (`model`), by Strapi uid. */
export const TRACKED_MODELS: Readonly<Record<string, ChangeModel>> = Object.fromEntries(
  siteContent.map(([uid, type]) => [uid, type.model]),
);

/** Types whose slug is part of a web address, so a change row carries it. */
export const SLUGGED_MODELS: ReadonlySet<ChangeModel> = new Set(
  siteContent.filter(([, type]) => type.page.kind === 'slug').map(([, type]) => type.model),
);

export const CONTENT_CHANGE = 'api::content-change.content-change';

/** Types without drafts: every save is live at once, so creates and updates are recorded too. */
export const LIVE_ON_SAVE_MODELS: ReadonlySet<ChangeModel> = new Set(
  siteContent.filter(([, type]) => type.liveOnSave).map(([, type]) => type.model),
);
