/**
 * Chains and loops, decided on the whole table before a redirect is stored. Chains are collapsed
 * in the cms, when saved: A→B followed by B→C stores A→C and B→C, so the website answers every
 * old address with one 301 and never follows a chain per request.
 */
export interface StoredRedirect {
  from: string;
  to: string | null;
  kind: 'permanent' | 'gone';
}

export type TargetResult =
  | { ok: true; to: string; collapsedVia: string[] }
  | { ok: false; reason: 'loop'; via: string[] }
  | { ok: false; reason: 'gone'; via: string[] };

/** Where visitors sent to `to` end up, following the stored redirects (already collapsed, so one hop). */
export function finalTarget(from: string, to: string, byFrom: ReadonlyMap<string, StoredRedirect>): TargetResult {
  const via: string[] = [];
  let current = to;
  const seen = new Set([from]);
  for (;;) {
    if (seen.has(current)) return { ok: false, reason: 'loop', via };
    const next = byFrom.get(current);
    if (!next) return { ok: true, to: current, collapsedVia: via };
    if (next.kind === 'gone' || !next.to) return { ok: false, reason: 'gone', via: [...via, current] };
    seen.add(current);
    via.push(current);
    current = next.to;
  }
}

/** Redirects that pointed at `from` and must now point at its new target (or go: they reach their own address). */
export function redirectsToRetarget(from: string, to: string, all: readonly StoredRedirect[]): { retarget: string[]; remove: string[] } {
  const pointing = all.filter((redirect) => redirect.kind === 'permanent' && redirect.to === from && redirect.from !== from);
  return {
    retarget: pointing.filter((redirect) => redirect.from !== to).map((redirect) => redirect.from),
    remove: pointing.filter((redirect) => redirect.from === to).map((redirect) => redirect.from),
  };
}
