/** The parts of Koa's context our dashboard routes use (Koa's own types are not a dependency here). */
export interface Ability {
  can(action: string, subject?: string): boolean;
}

export interface AdminContext {
  query: Record<string, unknown>;
  params: Record<string, string>;
  request: { body?: unknown };
  state: {
    user?: { email?: string; firstname?: string | null; lastname?: string | null };
    userAbility?: Ability;
  };
  status: number;
  body: unknown;
}
