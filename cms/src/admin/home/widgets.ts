import { Calendar, Earth, Mail, Pencil } from '@strapi/icons';
import type { WidgetArgs } from '@strapi/strapi/admin';

/**
 * The home page shows what the therapist acts on. Strapi's own widgets (profile card, project
 * statistics, last edited and published entries, the entries chart) are removed. Tend's widgets
 * have ids starting with "tend-": a widget another part of Tend adds keeps that prefix, and is
 * registered after these (in app.tsx) so it is not removed.
 */
export const TEND_WIDGET_PREFIX = 'tend-';

export const tendWidgets: WidgetArgs[] = [
  {
    id: 'tend-requests',
    icon: Mail,
    title: { id: 'tend.widget.requests', defaultMessage: 'New consultation requests' },
    component: async () => (await import('./RequestsWidget')).RequestsWidget,
  },
  {
    id: 'tend-scheduled',
    icon: Calendar,
    title: { id: 'tend.widget.scheduled', defaultMessage: 'Scheduled' },
    component: async () => (await import('./ScheduledWidget')).ScheduledWidget,
  },
  {
    id: 'tend-drafts',
    icon: Pencil,
    title: { id: 'tend.widget.drafts', defaultMessage: 'Drafts in progress' },
    component: async () => (await import('./DraftsWidget')).DraftsWidget,
  },
  {
    id: 'tend-website',
    icon: Earth,
    title: { id: 'tend.widget.website', defaultMessage: 'Your website' },
    component: async () => (await import('./WebsiteWidget')).WebsiteWidget,
  },
];

/** Keeps only Tend's widgets, then adds this set. */
export const replaceDefaultWidgets = (registered: WidgetArgs[]): WidgetArgs[] => [
  ...registered.filter((widget) => widget.id.startsWith(TEND_WIDGET_PREFIX)),
  ...tendWidgets,
];
