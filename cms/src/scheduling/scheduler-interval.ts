/**
 * How often the CMS looks for scheduled changes that are due (TEND_SCHEDULER_INTERVAL_SECONDS,
 * default 20): a change is live within this plus the publish time, well inside a minute. Tests
 * set it lower. It must divide a minute so the runs stay evenly spaced.
 */
export const SCHEDULER_INTERVAL_ENV = 'TEND_SCHEDULER_INTERVAL_SECONDS';
const ALLOWED = [1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30];

export function parseSchedulerInterval(value: string | undefined): number {
  const text = value?.trim();
  if (!text) return 20;
  const seconds = Number(text);
  if (!ALLOWED.includes(seconds)) {
    throw new Error(`${SCHEDULER_INTERVAL_ENV} must be one of ${ALLOWED.join(', ')} (seconds), got "${text}".`);
  }
  return seconds;
}
