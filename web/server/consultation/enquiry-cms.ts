import type { EnquiryInput } from '@tend/shared-types';

/**
 * Sends one consultation request to Strapi (`POST /api/enquiries`) with the token that can only
 * create enquiries, and says what to do next. Strapi answers 201 with a receipt, or 200 with the
 * existing receipt when that submission id is already stored, so sending again is always safe.
 * Nothing from the request or the answer's body is logged by callers: only `reason`.
 */
/**
 * What the website sends: the CMS's own input type (the generated contract) without the fields
 * only the therapist sets, with consent necessarily given and the submission id always set.
 */
export type EnquiryPayload = Pick<EnquiryInput, 'name' | 'email' | 'preferredContact'> & {
  phone?: NonNullable<EnquiryInput['phone']>;
  message?: NonNullable<EnquiryInput['message']>;
  consent: true;
  submissionId: NonNullable<EnquiryInput['submissionId']>;
};

export interface CmsTarget {
  cmsUrl: string;
  token: string;
  timeoutMs: number;
}

export type DeliveryResult =
  /** 2xx: stored now (201) or already stored before (200, the duplicate receipt). */
  | { kind: 'stored'; duplicate: boolean }
  /** Unreachable, timed out, 429 or 5xx: try again later. */
  | { kind: 'retry'; reason: string }
  /** 400: Strapi refused these fields (names only); our own schema accepted them, so a bug of ours. */
  | { kind: 'invalid'; fields: string[]; reason: string }
  /** Any other 4xx (a wrong token, 404…): retrying helps only once a person has fixed the cause. */
  | { kind: 'refused'; reason: string };

/** Field names from Strapi's ValidationError details; never the messages (they may echo values). */
function invalidFields(body: unknown): string[] {
  const details = (body as { error?: { details?: { errors?: { path?: unknown[] }[] } } } | null)?.error?.details;
  const paths = details?.errors?.map((error) => error.path?.[0]) ?? [];
  return [...new Set(paths.filter((path): path is string => typeof path === 'string'))];
}

export async function postEnquiry(target: CmsTarget, payload: EnquiryPayload): Promise<DeliveryResult> {
  let response: Response;
  try {
    response = await fetch(new URL('/api/enquiries', target.cmsUrl), {
      method: 'POST',
      headers: { 'Authorization': `Bearer ${target.token}`, 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify({ data: payload }),
      signal: AbortSignal.timeout(target.timeoutMs),
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return { kind: 'retry', reason: timedOut ? 'timeout' : 'CMS unreachable' };
  }
  const body: unknown = await response.json().catch(() => null);
  const status = response.status;
  if (status >= 200 && status < 300) return { kind: 'stored', duplicate: status === 200 };
  if (status === 429 || status >= 500) return { kind: 'retry', reason: `HTTP ${status}` };
  if (status === 400) return { kind: 'invalid', fields: invalidFields(body), reason: 'HTTP 400' };
  return { kind: 'refused', reason: `HTTP ${status}` };
}
