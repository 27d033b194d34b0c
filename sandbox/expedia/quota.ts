// Expedia's operation-level limits count calls per client over a short window (its documented example:
// limit 5, duration 1 s). The shared RateLimiter only knows one-minute windows, hence this small one.

export type QuotaDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export class WindowLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    public limit: number,
    public readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  hit(key: string): QuotaDecision {
    const now = this.now();
    const recent = (this.hits.get(key) ?? []).filter((t) => t > now - this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      const oldest = recent[0] ?? now;
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000)) };
    }
    recent.push(now);
    this.hits.set(key, recent);
    return { ok: true };
  }

  reset(): void {
    this.hits.clear();
  }
}
