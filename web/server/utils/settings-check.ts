/**
 * Every number and switch the web server reads from NUXT_* variables, checked once at start-up
 * (plugins/00.checked-settings.ts). A value that is not what the setting needs stops the server
 * with a message naming the variable and what it accepts — never a silent default, never a limit
 * that quietly switches off (a non-numeric NUXT_ENQUIRY_RATE_LIMIT once did).
 */
interface NumberSetting {
  env: string;
  read: (config: SettingsSource) => unknown;
  min: number;
  max?: number;
  /** The value must be a multiple of this. */
  step?: number;
}

/** The part of the runtime config checked here (Nuxt's runtime config has this shape). */
export interface SettingsSource {
  reconcileIntervalSeconds: unknown;
  articlesPageSize: unknown;
  sitemapArticlesPerFile: unknown;
  enquiryRateLimit: unknown;
  enquirySiteRateLimit: unknown;
  enquiryRateWindowSeconds: unknown;
  trustProxy: unknown;
  previewSecret: unknown;
  revalidateSecret: unknown;
  public: { enquiryRetentionDays: unknown };
}

/** The cms shares these two and refuses shorter ones too (TEND_PREVIEW_SECRET, TEND_REVALIDATE_SECRET). */
export const MIN_SHARED_SECRET_LENGTH = 32;

const NUMBERS: NumberSetting[] = [
  { env: 'NUXT_RECONCILE_INTERVAL_SECONDS', read: (c) => c.reconcileIntervalSeconds, min: 0, max: 86_400 },
  // The cms answers at most 100 rows a page to the web's reads (server/utils/cms-queries.ts).
  { env: 'NUXT_ARTICLES_PAGE_SIZE', read: (c) => c.articlesPageSize, min: 1, max: 100 },
  { env: 'NUXT_SITEMAP_ARTICLES_PER_FILE', read: (c) => c.sitemapArticlesPerFile, min: 100, max: 50_000, step: 100 },
  { env: 'NUXT_ENQUIRY_RATE_LIMIT', read: (c) => c.enquiryRateLimit, min: 1, max: 10_000 },
  { env: 'NUXT_ENQUIRY_SITE_RATE_LIMIT', read: (c) => c.enquirySiteRateLimit, min: 1, max: 100_000 },
  { env: 'NUXT_ENQUIRY_RATE_WINDOW_SECONDS', read: (c) => c.enquiryRateWindowSeconds, min: 1, max: 86_400 },
  { env: 'NUXT_PUBLIC_ENQUIRY_RETENTION_DAYS', read: (c) => c.public.enquiryRetentionDays, min: 1, max: 3650 },
];

const SECRETS: { env: string; read: (config: SettingsSource) => unknown }[] = [
  { env: 'NUXT_PREVIEW_SECRET', read: (c) => c.previewSecret },
  { env: 'NUXT_REVALIDATE_SECRET', read: (c) => c.revalidateSecret },
];

function wholeNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) ? value : null;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
  return null;
}

function numberProblem({ env, read, min, max, step }: NumberSetting, config: SettingsSource): string | null {
  const value = read(config);
  const allowed = `a whole number${max === undefined ? ` of at least ${min}` : ` from ${min} to ${max}`}${step ? `, a multiple of ${step}` : ''}`;
  const number = wholeNumber(value);
  if (number === null || number < min || (max !== undefined && number > max) || (step !== undefined && number % step !== 0)) {
    return `${env} must be ${allowed}; it is ${JSON.stringify(value)}.`;
  }
  return null;
}

function secretProblem(env: string, value: unknown): string | null {
  const secret = typeof value === 'string' ? value.trim() : String(value ?? '');
  // Unset turns the feature off (no preview, no webhook), as on the cms side.
  if (secret === '' || secret.length >= MIN_SHARED_SECRET_LENGTH) return null;
  return `${env} is ${secret.length} characters long; it must be at least ${MIN_SHARED_SECRET_LENGTH} (the same value as the cms's ${env.replace('NUXT_', 'TEND_')}).`;
}

/** What is wrong with the settings, one sentence each; empty when the server may start. */
export function settingsProblems(config: SettingsSource): string[] {
  const problems = NUMBERS.map((setting) => numberProblem(setting, config));
  const proxy = config.trustProxy;
  if (proxy !== true && proxy !== false && proxy !== 'true' && proxy !== 'false') {
    problems.push(`NUXT_TRUST_PROXY must be true or false; it is ${JSON.stringify(proxy)}.`);
  }
  problems.push(...SECRETS.map(({ env, read }) => secretProblem(env, read(config))));
  return problems.filter((problem): problem is string => problem !== null);
}
