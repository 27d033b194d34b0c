import { createHash } from "node:crypto";

// An access token held until shortly before it expires. Token endpoints rate-limit (and Trustpilot
// rotates its refresh token on every use), so callers that find no usable token share one request.

/** An access token and the time (ms) from which it is renewed instead of used. */
export interface HeldToken {
  token: string;
  renewAt: number;
}

export class TokenCache<T extends HeldToken = HeldToken> {
  private held: T | null = null;
  private pending: Promise<string> | null = null;

  /** The held token while `now` is before its renewal time, else the one `fetchToken` brings. */
  async get(now: number, fetchToken: () => Promise<T>): Promise<string> {
    if (this.held && this.held.renewAt > now) return this.held.token;
    this.pending ??= fetchToken()
      .then((fetched) => {
        this.held = fetched;
        return fetched.token;
      })
      .finally(() => {
        this.pending = null;
      });
    return this.pending;
  }

  /** What is held, usable or not (for redaction and for refresh tokens kept beside the access token). */
  current(): T | null {
    return this.held;
  }

  replace(held: T | null): void {
    this.held = held;
  }

  /** Forget `token` (the platform answered 401 to it) so the next get() fetches anew. */
  invalidate(token: string): void {
    if (this.held?.token === token) this.held = null;
  }
}

/**
 * Token caches that outlive a connector: Lobby builds a connector per poll, and fetching a token for
 * every poll spends the token endpoint's rate limit (and, at Expedia, goes against its advice of one
 * token per server). One cache per token endpoint and set of credentials; the key is a hash, so no
 * secret is kept as a map key, and changed credentials start afresh.
 */
export class SharedTokens<T extends HeldToken = HeldToken> {
  private readonly entries = new Map<string, TokenCache<T>>();

  entry(parts: string[]): TokenCache<T> {
    const key = createHash("sha256").update(parts.join("\n")).digest("hex");
    let entry = this.entries.get(key);
    if (!entry) this.entries.set(key, (entry = new TokenCache<T>()));
    return entry;
  }

  clear(): void {
    this.entries.clear();
  }
}
