import type { ConsultationFormSubmitter } from '#shared/types/consultation';

/**
 * A POST to /consultation (the form without JavaScript) is rendered by the page itself; it finds
 * the server's one submitter on `event.context.consultationForm`, so that both ways of sending
 * share one rate limiter and one outbox and the page never imports server code.
 */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('request', (event) => {
    if (event.method !== 'POST' || event.path.split('?')[0]!.replace(/\/$/, '') !== '/consultation') return;
    const submitter: ConsultationFormSubmitter = { submit: () => submitEnquiry(event) };
    event.context.consultationForm = submitter;
  });
});
