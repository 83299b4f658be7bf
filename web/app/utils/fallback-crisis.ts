import type { SiteChrome } from '#shared/types/view-models';

/**
 * Shown only when the CMS cannot be reached at all: a reader in crisis must always see where to
 * get help, so the UK services are also part of the site itself.
 */
export const FALLBACK_CRISIS_SUPPORT: SiteChrome['crisis'] = {
  notice: 'This website is not an emergency service.',
  services: [
    { name: 'Emergency services', howToReach: 'Call 999', link: 'tel:999', whenToUse: 'If you or someone else is in immediate danger.' },
    { name: 'NHS 111', howToReach: 'Call 111 and choose the mental health option', link: 'tel:111', whenToUse: 'Urgent mental health support, 24 hours a day.' },
    { name: 'Samaritans', howToReach: 'Call 116 123 (free, 24 hours)', link: 'tel:116123', whenToUse: 'If you need to talk to someone now.' },
    { name: 'Shout', howToReach: 'Text SHOUT to 85258', link: 'sms:85258', whenToUse: 'If you would rather text than talk.' },
  ],
};
