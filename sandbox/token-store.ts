import { randomBytes } from "node:crypto";

// Access tokens a simulated OAuth server has issued: opaque, with the platform's usual prefix, valid
// until they expire or are revoked.

export interface IssuedToken {
  accessToken: string;
  clientId: string;
  expiresAt: number;
}

export class TokenStore extends Map<string, IssuedToken> {
  constructor(private readonly prefix: string, private readonly now: () => Date) {
    super();
  }

  issue(clientId: string, ttlSeconds: number): IssuedToken {
    const issued: IssuedToken = {
      accessToken: `${this.prefix}${randomBytes(24).toString("base64url")}`,
      clientId,
      expiresAt: this.now().getTime() + ttlSeconds * 1000,
    };
    this.set(issued.accessToken, issued);
    return issued;
  }

  /** The token's record while it is valid; an expired token is forgotten. */
  verify(accessToken: string): IssuedToken | undefined {
    const issued = this.get(accessToken);
    if (!issued) return undefined;
    if (issued.expiresAt <= this.now().getTime()) {
      this.delete(accessToken);
      return undefined;
    }
    return issued;
  }

  /** Invalidates every issued access token; returns how many there were. */
  revokeAll(): number {
    const n = this.size;
    this.clear();
    return n;
  }
}
