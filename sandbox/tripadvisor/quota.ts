// Tripadvisor meters each API key twice: calls per second, and a daily call budget the account
// holder sets (it resets at midnight UTC: unconfirmed, the documentation only says "daily").

export interface TripadvisorLimits {
  /** Documented: 50 calls per second per key. */
  perSecond: number;
  /** The account's daily cap (configurable; 5000 by default, unconfirmed). */
  dailyBudget: number;
}

export const DEFAULT_TRIPADVISOR_LIMITS: TripadvisorLimits = { perSecond: 50, dailyBudget: 5000 };

export type QuotaDecision =
  | { ok: true }
  | { ok: false; limit: "per-second" | "daily"; retryAfterSeconds: number };

const SECOND_MS = 1000;
const DAY_MS = 86_400_000;

export class TripadvisorQuota {
  limits: TripadvisorLimits;
  private readonly configured: TripadvisorLimits;
  private readonly recent = new Map<string, number[]>();
  private readonly daily = new Map<string, { day: number; calls: number }>();

  constructor(private readonly now: () => number, limits: Partial<TripadvisorLimits> = {}) {
    this.configured = { ...DEFAULT_TRIPADVISOR_LIMITS, ...limits };
    this.limits = { ...this.configured };
  }

  /** Counts one call for `key`, or says why it may not be made. Refused calls are not counted. */
  hit(key: string): QuotaDecision {
    const now = this.now();
    const day = Math.floor(now / DAY_MS);
    const used = this.daily.get(key);
    const callsToday = used?.day === day ? used.calls : 0;
    if (callsToday >= this.limits.dailyBudget) {
      // Until the budget resets at the next UTC midnight.
      return { ok: false, limit: "daily", retryAfterSeconds: Math.max(1, Math.ceil(((day + 1) * DAY_MS - now) / 1000)) };
    }
    const window = (this.recent.get(key) ?? []).filter((t) => t > now - SECOND_MS);
    if (window.length >= this.limits.perSecond) {
      this.recent.set(key, window);
      return { ok: false, limit: "per-second", retryAfterSeconds: 1 };
    }
    window.push(now);
    this.recent.set(key, window);
    this.daily.set(key, { day, calls: callsToday + 1 });
    return { ok: true };
  }

  /** Calls counted today (UTC) for `key`. */
  callsToday(key: string): number {
    const used = this.daily.get(key);
    return used?.day === Math.floor(this.now() / DAY_MS) ? used.calls : 0;
  }

  /** Forgets every counted call and goes back to the limits the sandbox was started with. */
  reset(): void {
    this.recent.clear();
    this.daily.clear();
    this.limits = { ...this.configured };
  }
}
