// axe-core on a real page: WCAG 2.2 AA (and the 2.0/2.1 A and AA rules it builds on).
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** A readable list: rule, impact, what it means, and the selectors of (up to 5) offending nodes. */
export function formatViolations(violations: Violation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.slice(0, 5).map((node) => `      ${node.target.map(String).join(' ')}`);
      const more = violation.nodes.length > 5 ? [`      … and ${violation.nodes.length - 5} more`] : [];
      return [`  - ${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}`, ...nodes, ...more].join('\n');
    })
    .join('\n');
}

/** Runs axe on the page as it is now and throws with a readable summary on any violation. */
export async function expectNoAxeViolations(page: Page, label = page.url()): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  if (results.violations.length > 0) {
    throw new Error(`axe found ${results.violations.length} violation(s) on ${label}:\n${formatViolations(results.violations)}`);
  }
}
