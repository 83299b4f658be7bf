import type { ConsultationFormSubmitter } from '#shared/types/consultation';

declare module 'h3' {
  interface H3EventContext {
    /** Set by middleware/preview.ts for a valid preview cookie. */
    preview?: true;
    /** Set by plugins/consultation-form-post.ts for POST /consultation (the form without JavaScript). */
    consultationForm?: ConsultationFormSubmitter;
    /** What the response was built from (utils/cache-tag-response.ts). */
    cacheTags?: Set<string>;
    /** Set by middleware/00.page-cache.ts on a miss: where plugins/page-cache.ts stores the page. */
    pageCacheKey?: string;
    /** Set by plugins/request-log.ts: this request's id (X-Request-Id) and when it began. */
    requestLog?: { id: string; startedAt: number };
    /** When that miss began rendering: a tag purged since then may describe a change it missed. */
    pageRenderStartedAt?: number;
  }
}

export {};
