/** The content the website shows, as the change feed names it (`model`), by Strapi uid. */
export const TRACKED_MODELS: Readonly<Record<string, ChangeModel>> = {
  'api::article.article': 'article',
  'api::topic.topic': 'topic',
  'api::practice.practice': 'practice',
  'api::site.site': 'site',
  'api::crisis-support.crisis-support': 'crisis-support',
  'api::redirect.redirect': 'redirect',
};

export type ChangeModel = 'article' | 'topic' | 'practice' | 'site' | 'crisis-support' | 'redirect';
export type ChangeAction = 'publish' | 'unpublish' | 'delete' | 'update';

/** Types whose slug is part of a web address, so a change row carries it. */
export const SLUGGED_MODELS: ReadonlySet<ChangeModel> = new Set(['article', 'topic']);

export const CONTENT_CHANGE = 'api::content-change.content-change';

/** Types without drafts: every save is live at once, so creates and updates are recorded too. */
export const LIVE_ON_SAVE_MODELS: ReadonlySet<ChangeModel> = new Set(['redirect']);
