import { resolve } from 'node:path';
import type { H3Event } from 'h3';
import type { ConsultationOutcome } from '#shared/types/consultation';
import { clientKey, ENQUIRY_BODY_LIMIT, parseEnquiryBody, readLimitedBody } from '../consultation/enquiry-body';
import { type CmsTarget, postEnquiry } from '../consultation/enquiry-cms';
import { createEnquiryService, type EnquiryService } from '../consultation/enquiry-service';
import { createOutbox, type Outbox } from '../consultation/outbox-worker';
import { createRateLimiter, withSiteWideCeiling } from './rate-limit';
import { useRateLimitStore } from './rate-limit-store';

interface EnquiryRuntime {
  service: EnquiryService;
  outbox: Outbox;
  /** Absolute path of the outbox folder (personal data: 0700). */
  outboxDir: string;
  trustProxy: boolean;
}

let runtime: EnquiryRuntime | undefined;

/** The one rate limiter and outbox of this server, made from runtime config on first use. */
export function useEnquiryRuntime(): EnquiryRuntime {
  if (runtime) return runtime;
  const config = useRuntimeConfig();
  const target = (timeoutMs: number): CmsTarget => ({ cmsUrl: config.cmsUrl, token: config.cmsEnquiryToken, timeoutMs });
  const outboxDir = resolve(config.outboxDir || '.data/outbox');
  const outbox = createOutbox({
    dir: outboxDir,
    send: (payload) => postEnquiry(target(10_000), payload),
    retentionDays: Number(config.public.enquiryRetentionDays) || 90,
  });
  // The numbers were checked at start-up (plugins/00.checked-settings.ts).
  const windowMs = Number(config.enquiryRateWindowSeconds) * 1000;
  const store = useRateLimitStore();
  const limiter = withSiteWideCeiling(
    createRateLimiter({ name: 'enquiry', max: Number(config.enquiryRateLimit), windowMs, store }),
    createRateLimiter({ name: 'enquiry-all', max: Number(config.enquirySiteRateLimit), windowMs, store }),
  );
  // The reader waits for this first attempt, so it is short; the outbox retries with more patience.
  const service = createEnquiryService({ limiter, outbox, send: (payload) => postEnquiry(target(5_000), payload) });
  runtime = { service, outbox, outboxDir, trustProxy: String(config.trustProxy) === 'true' };
  return runtime;
}

/**
 * Both ways a reader sends the consultation form end here: the JSON route (with JavaScript) and
 * the page's own POST handling (without). Body limit, then honeypot, validation, rate limit, CMS
 * or outbox (see createEnquiryService).
 */
export async function submitEnquiry(event: H3Event): Promise<ConsultationOutcome> {
  // Another site's page must not make its visitors' browsers send requests in their name.
  if (getRequestHeader(event, 'sec-fetch-site') === 'cross-site') return { status: 'cross-site' };
  const text = await readLimitedBody(event.node.req, ENQUIRY_BODY_LIMIT);
  if (text === null) {
    // The rest of an oversized body is not read: close the connection after answering.
    setResponseHeader(event, 'Connection', 'close');
    return { status: 'too-large' };
  }
  const raw = parseEnquiryBody(text, getRequestHeader(event, 'content-type'));
  if (!raw) return { status: 'unsupported' };
  const { service, trustProxy } = useEnquiryRuntime();
  return service.submit(raw, clientKey(event.node.req, trustProxy));
}
