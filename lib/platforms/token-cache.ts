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
