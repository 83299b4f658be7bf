import { describe, expect, it } from 'vitest';
import { settingsProblems, type SettingsSource } from '../../server/utils/settings-check';

const GOOD: SettingsSource = {
  reconcileIntervalSeconds: 180,
  articlesPageSize: 10,
  sitemapArticlesPerFile: 1000,
  enquiryRateLimit: 5,
  enquirySiteRateLimit: 30,
  enquiryRateWindowSeconds: 600,
  trustProxy: false,
  previewSecret: 'p'.repeat(32),
  revalidateSecret: 'r'.repeat(43),
  public: { enquiryRetentionDays: 90 },
};

describe('the settings checked at start-up', () => {
  it('accept the defaults, numbers given as text, and secrets that are unset (that feature is off)', () => {
    expect(settingsProblems(GOOD)).toEqual([]);
    expect(settingsProblems({ ...GOOD, enquiryRateLimit: '12', trustProxy: 'true', reconcileIntervalSeconds: 0, previewSecret: '', revalidateSecret: '' })).toEqual([]);
  });

  it('refuse a limit that is not a number, naming the variable and what it accepts', () => {
    expect(settingsProblems({ ...GOOD, enquiryRateLimit: 'abc' })).toEqual(['NUXT_ENQUIRY_RATE_LIMIT must be a whole number from 1 to 10000; it is "abc".']);
  });

  it('refuse zero, negative, fractional and out-of-range values for every number', () => {
    const problems = settingsProblems({
      ...GOOD,
      reconcileIntervalSeconds: -1,
      articlesPageSize: 0,
      sitemapArticlesPerFile: 150,
      enquirySiteRateLimit: 2.5,
      enquiryRateWindowSeconds: '',
      public: { enquiryRetentionDays: 'ninety' },
    });
    expect(problems.map((line) => line.split(' ')[0])).toEqual([
      'NUXT_RECONCILE_INTERVAL_SECONDS',
      'NUXT_ARTICLES_PAGE_SIZE',
      'NUXT_SITEMAP_ARTICLES_PER_FILE',
      'NUXT_ENQUIRY_SITE_RATE_LIMIT',
      'NUXT_ENQUIRY_RATE_WINDOW_SECONDS',
      'NUXT_PUBLIC_ENQUIRY_RETENTION_DAYS',
    ]);
    expect(problems[2]).toContain('a multiple of 100');
    expect(problems[1]).toContain('from 1 to 100');
  });

  it('refuse a trust-proxy switch that is neither true nor false', () => {
    expect(settingsProblems({ ...GOOD, trustProxy: 'yes' })).toEqual(['NUXT_TRUST_PROXY must be true or false; it is "yes".']);
  });

  it('refuse shared secrets shorter than 32 characters', () => {
    expect(settingsProblems({ ...GOOD, previewSecret: 'short', revalidateSecret: 'x'.repeat(31) })).toEqual([
      'NUXT_PREVIEW_SECRET is 5 characters long; it must be at least 32 (the same value as the cms\'s TEND_PREVIEW_SECRET).',
      'NUXT_REVALIDATE_SECRET is 31 characters long; it must be at least 32 (the same value as the cms\'s TEND_REVALIDATE_SECRET).',
    ]);
  });
});
