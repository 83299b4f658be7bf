// Types for scripts/browser.mjs (plain JS), so the TypeScript e2e helpers share its flags.
import type { BrowserContext, LaunchOptions } from 'playwright-core';

export declare const CHROMIUM_ARGS: string[];
export declare function launchBrowser(
  options?: Partial<LaunchOptions> & Record<string, unknown>,
): Promise<{ context: BrowserContext; close(): Promise<void> }>;
