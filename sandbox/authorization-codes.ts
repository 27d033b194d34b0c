import { createHash, randomBytes } from "node:crypto";

// Authorization codes of the OAuth 2 authorization-code grant (RFC 6749 4.1), as the simulated
// Google and Trustpilot authorize pages hand them out: short-lived, single use, bound to the client,
// the redirect URI and (with PKCE, RFC 7636) the code challenge.

export interface AuthorizationGrant {
  clientId: string;
  redirectUri: string;
  /** Whom the code stands for: a Google account, a Trustpilot business user id. */
  subject: string;
  scope?: string;
  codeChallenge?: string;
  codeChallengeMethod?: "S256" | "plain";
}

type Issued = AuthorizationGrant & { expiresAt: number };

/** Google documents codes as short-lived; ten minutes is the RFC's recommended maximum. */
export const CODE_TTL_MS = 10 * 60_000;

export class AuthorizationCodes {
  private readonly codes = new Map<string, Issued>();

  constructor(private readonly now: () => number, private readonly prefix = "") {}

  issue(grant: AuthorizationGrant): string {
    const code = `${this.prefix}${randomBytes(24).toString("base64url")}`;
    this.codes.set(code, { ...grant, expiresAt: this.now() + CODE_TTL_MS });
    return code;
  }

  /** The grant behind a code. A code works once: it is gone after the first attempt, right or wrong. */
  redeem(code: string): AuthorizationGrant | "unknown" | "expired" {
    const issued = this.codes.get(code);
    if (!issued) return "unknown";
    this.codes.delete(code);
    if (issued.expiresAt <= this.now()) return "expired";
    const { expiresAt: _expiresAt, ...grant } = issued;
    return grant;
  }

  clear(): void {
    this.codes.clear();
  }
}

/** RFC 7636 4.6: the verifier sent to the token endpoint must hash to the challenge sent to the authorize page. */
export function pkceMatches(grant: AuthorizationGrant, verifier: string | undefined): boolean {
  if (!grant.codeChallenge) return true;
  if (!verifier) return false;
  const derived = grant.codeChallengeMethod === "plain" ? verifier : createHash("sha256").update(verifier).digest("base64url");
  return derived === grant.codeChallenge;
}

/** A redirect URI a sandbox authorize page accepts: absolute http(s), no fragment (RFC 6749 3.1.2). */
export function validRedirectUri(value: string | null | undefined): value is string {
  if (!value) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hash === "";
  } catch {
    return false;
  }
}

/** The redirect URI with the answer's parameters appended (state echoed as given). */
export function redirectWith(redirectUri: string, params: Record<string, string | undefined>): string {
  const url = new URL(redirectUri);
  for (const [key, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(key, value);
  return url.toString();
}
