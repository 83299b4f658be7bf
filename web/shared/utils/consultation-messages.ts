/** What the reader is told when a request cannot go through, the same with or without JavaScript. */
export const CONSULTATION_MESSAGES = {
  rateLimited:
    'You have sent several requests in a short time, so this one was not sent. Please wait a few minutes and try again, or email instead.',
  tooLarge: 'Your request was too long to send. Please shorten your message and try again.',
  /** Not even the website's own outbox could keep it (disk full, folder not writable). */
  notSaved:
    'Sorry, your request was not sent: the website could not save it just now. What you typed is still here. Please email or phone instead, using the details below.',
  unreachable: 'Your request could not be sent: the website could not be reached. Please check your connection and try again.',
  unsupported: 'Your request could not be read. Please try again.',
  crossSite: 'This form can only be sent from this website. Please open the consultation page and try again.',
} as const;
