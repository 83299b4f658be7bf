/**
 * The dashboard speaks of Tend, not of Strapi, where the therapist sees a product name: the
 * sign-in page, the menu, the home page. Strapi 5.54 ships "en-GB" with the same (American)
 * texts as "en", so both get the same overrides.
 */
const tend: Record<string, string> = {
  'Auth.form.welcome.title': 'Welcome to Tend',
  'Auth.form.welcome.subtitle': 'Sign in to write and publish for your website',
  'Auth.form.register.subtitle':
    'Your email address and password are only used to sign in to Tend. Everything you write is stored in your own database.',
  'app.components.LeftMenu.navbrand.title': 'Tend',
  'app.components.LeftMenu.navbrand.workplace': 'Your website',
  'HomePage.header.subtitle': 'Write, check and publish what readers see on your website.',
  'Settings.permissions.users.listview.header.subtitle': 'Everyone who can sign in to Tend',
  // Home-page widgets (home/widgets.ts) and the article list's column (scheduling/list-column.tsx).
  'tend.widget.requests': 'New consultation requests',
  'tend.widget.scheduled': 'Scheduled',
  'tend.widget.drafts': 'Drafts in progress',
  'tend.widget.website': 'Your website',
  'tend.widget.outbox.title': 'Requests waiting on the website',
  'tend.schedule.column': 'Scheduled (UK time)',
  // Yes/No fields (On the home page, Consent given) read "Yes" and "No", in lists and editors alike.
  'app.components.ToggleCheckbox.on-label': 'Yes',
  'app.components.ToggleCheckbox.off-label': 'No',
};

export const translations: Record<string, Record<string, string>> = {
  'en': tend,
  'en-GB': tend,
};
