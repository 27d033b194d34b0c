import { z } from "zod";
import { PlatformError } from "../errors";
import { kindForStatus, parseRetryAfter, readText, redact, send, type CallContext } from "../http";
import { logger } from "../../logger";
import type { CredentialKeeper } from "../credential-keeper";
import { SharedTokens, type HeldToken, type TokenCache } from "../token-cache";

// Trustpilot business-user OAuth: the password grant (API key:secret as HTTP Basic, the business
// login in the form) or tokens granted through Trustpilot's authorize page (authorization-code grant,
// see authorize.ts), refresh_token grants at /refresh, and a token cache shared by the process.

export const trustpilotCredentialsSchema = z.object({
  apiKey: z.string().min(1),
  apiSecret: z.string().min(1),
  /** The Trustpilot Business login (an email address). */
  username: z.string().min(1),
  password: z.string().min(1),
  /** The business user replies are posted as (authorBusinessUserId). */
  businessUserId: z.string().min(1),
});

/** A connection made through Trustpilot's authorize page: Lobby holds a refresh token, never a password. */
export const trustpilotGrantedCredentialsSchema = z.object({
  apiKey: z.string().min(1),
  apiSecret: z.string().min(1),
  businessUserId: z.string().min(1),
  refreshToken: z.string().min(1),
  /** Names the grant: its refresh token rotates, the cache entry and the stored connection stay one. */
  grantId: z.string().min(1),
});

export type TrustpilotLogin = z.infer<typeof trustpilotCredentialsSchema>;
export type TrustpilotGrant = z.infer<typeof trustpilotGrantedCredentialsSchema>;
export type TrustpilotCredentials = TrustpilotLogin | TrustpilotGrant;

export function isTrustpilotGrant(credentials: unknown): credentials is TrustpilotGrant {
  return typeof credentials === "object" && credentials !== null && "refreshToken" in credentials;
}

const tokenResponse = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1).optional(),
  // Trustpilot sends these as strings ("359999").
  expires_in: z.coerce.number().positive().optional(),
  refresh_token_expires_in: z.coerce.number().positive().optional(),
});

/** Apigee's { ErrorCode, Error } (unconfirmed) or standard OAuth's { error }. */
const tokenError = z.union([z.object({ ErrorCode: z.string() }), z.object({ error: z.string() })]);

/** Refresh this long before expiry so a token never dies mid-walk. */
const EXPIRY_MARGIN_MS = 5 * 60_000;
/** Trustpilot documents 100 h access tokens and 30 day refresh tokens; used when an answer omits them. */
const DEFAULT_ACCESS_TTL_S = 359_999;
const DEFAULT_REFRESH_TTL_S = 30 * 86_400;

/** The access token (renewed EXPIRY_MARGIN_MS before it expires) and the refresh token beside it. */
interface TrustpilotTokens extends HeldToken {
  refreshToken: string | null;
  refreshExpiresAt: number;
}

/**
 * Tokens per (token URL, application, login). Lobby builds a connector per poll, and Trustpilot
 * answers 429 to clients that fetch tokens too often, so tokens outlive the connector.
 */
export class TrustpilotTokenCache {
  private readonly shared = new SharedTokens<TrustpilotTokens>();

  entry(tokenUrl: string, c: TrustpilotCredentials): TokenCache<TrustpilotTokens> {
    // A grant is keyed by its id, not its refresh token, which changes on every refresh.
    const who = isTrustpilotGrant(c) ? ["grant", c.grantId] : [c.username, c.password];
    return this.shared.entry([tokenUrl, c.apiKey, c.apiSecret, ...who]);
  }

  clear(): void {
    this.shared.clear();
  }
}

export const sharedTrustpilotTokens = new TrustpilotTokenCache();

export class TrustpilotTokenSource {
  private readonly entry: TokenCache<TrustpilotTokens>;

  constructor(
    private readonly ctx: CallContext,
    private readonly tokenUrl: string,
    private credentials: TrustpilotCredentials,
    cache: TrustpilotTokenCache = sharedTrustpilotTokens,
    private readonly now: () => number = Date.now,
    /** Stores a granted connection's rotated refresh token (and reads another worker's). */
    private readonly keeper?: CredentialKeeper,
  ) {
    this.entry = cache.entry(tokenUrl, credentials);
  }

  /** A current access token: the cached one, a refreshed one, or a new login. */
  get(): Promise<string> {
    // One request for all callers at once matters doubly here: each refresh rotates the refresh token.
    return this.entry.get(this.now(), () => this.obtain());
  }

  /** Forget `token` (Trustpilot refused it); the refresh token stays for the next get(). */
  invalidate(token: string): void {
    const tokens = this.entry.current();
    if (tokens?.token === token) this.entry.replace({ ...tokens, renewAt: 0 });
  }

  /** The values no error message may contain. */
  secrets(): string[] {
    const c = this.credentials;
    const tokens = this.entry.current();
    return [c.apiSecret, isTrustpilotGrant(c) ? c.refreshToken : c.password, ...(tokens ? [tokens.token, tokens.refreshToken ?? ""] : [])];
  }

  private async obtain(): Promise<TrustpilotTokens> {
    const refreshToken = this.entry.current()?.refreshToken;
    if (refreshToken && (this.entry.current()?.refreshExpiresAt ?? 0) > this.now()) {
      try {
        return await this.keep(await this.refresh(refreshToken));
      } catch (error) {
        // A refresh token rotated away or revoked: the login (or the stored grant) still works. Anything else is real.
        if (!(error instanceof PlatformError && error.kind === "auth")) throw error;
        this.entry.replace(null);
      }
    }
    if (isTrustpilotGrant(this.credentials)) return this.refreshGrant(this.credentials);
    const { username, password } = this.credentials;
    return this.request(this.tokenUrl, { grant_type: "password", username, password }, "signing in to Trustpilot");
  }

  private refresh(refreshToken: string): Promise<TrustpilotTokens> {
    return this.request(refreshUrl(this.tokenUrl), { grant_type: "refresh_token", refresh_token: refreshToken }, "refreshing the access token");
  }

  /**
   * A granted connection's only way in is its stored refresh token. When Trustpilot refuses it, another
   * worker may have spent it a moment ago and stored the next one: read that back and try once more.
   */
  private async refreshGrant(grant: TrustpilotGrant): Promise<TrustpilotTokens> {
    try {
      return await this.keep(await this.refresh(grant.refreshToken));
    } catch (error) {
      if (!(error instanceof PlatformError && error.kind === "auth")) throw error;
      const stored = this.keeper ? trustpilotGrantedCredentialsSchema.safeParse(await this.keeper.load()) : null;
      if (!stored?.success || stored.data.refreshToken === grant.refreshToken) {
        throw new PlatformError("auth", "Trustpilot no longer accepts Lobby's access to this business unit; connect it again from the Connections page", {
          platform: this.ctx.platform,
          ...(error.status !== undefined ? { status: error.status } : {}),
        });
      }
      this.credentials = stored.data;
      return this.keep(await this.refresh(stored.data.refreshToken));
    }
  }

  /** Trustpilot rotates refresh tokens: a granted connection stores the new one before using the tokens. */
  private async keep(tokens: TrustpilotTokens): Promise<TrustpilotTokens> {
    const c = this.credentials;
    if (!isTrustpilotGrant(c) || !tokens.refreshToken || tokens.refreshToken === c.refreshToken) return tokens;
    this.credentials = { ...c, refreshToken: tokens.refreshToken };
    // This process still holds the new token if storing fails; another process would find the old one spent.
    await this.keeper?.save(this.credentials).catch((err: Error) => logger.error({ platform: "TRUSTPILOT", err: err.message }, "could not store Trustpilot's rotated refresh token"));
    return tokens;
  }

  private async request(url: string, form: Record<string, string>, action: string): Promise<TrustpilotTokens> {
    const { apiKey, apiSecret } = this.credentials;
    const res = await send(
      this.ctx,
      url,
      {
        method: "POST",
        headers: {
          authorization: `Basic ${Buffer.from(`${apiKey}:${apiSecret}`).toString("base64")}`,
          "content-type": "application/x-www-form-urlencoded",
          accept: "application/json",
        },
        body: new URLSearchParams(form).toString(),
      },
      action,
    );
    const text = await readText(this.ctx, res, action);
    let body: unknown = undefined;
    try {
      body = JSON.parse(text);
    } catch {
      // handled below
    }
    if (!res.ok) {
      const err = tokenError.safeParse(body);
      const code = err.success ? ` (${"ErrorCode" in err.data ? err.data.ErrorCode : err.data.error})` : "";
      // invalid_client / invalid_grant: the connection's key, secret or login is wrong or revoked.
      const kind = res.status === 400 || res.status === 401 || res.status === 403 ? "auth" : kindForStatus(res.status);
      const retryAfterMs = kind === "rate_limited" ? parseRetryAfter(res.headers.get("retry-after")) : undefined;
      const message = `Trustpilot refused to issue an access token while ${action}${code} [HTTP ${res.status}]`;
      throw new PlatformError(kind, redact(message, this.secrets()), {
        platform: this.ctx.platform,
        status: res.status,
        ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      });
    }
    const parsed = tokenResponse.safeParse(body);
    if (!parsed.success) {
      throw new PlatformError("unavailable", "Trustpilot's token endpoint sent an unexpected answer", { platform: this.ctx.platform, status: res.status });
    }
    const now = this.now();
    const { access_token, refresh_token, expires_in, refresh_token_expires_in } = parsed.data;
    return {
      token: access_token,
      renewAt: now + (expires_in ?? DEFAULT_ACCESS_TTL_S) * 1000 - EXPIRY_MARGIN_MS,
      refreshToken: refresh_token ?? null,
      refreshExpiresAt: now + (refresh_token_expires_in ?? DEFAULT_REFRESH_TTL_S) * 1000,
    };
  }
}

/** ".../accesstoken" -> ".../refresh"; Trustpilot also takes refresh_token grants at the token URL itself. */
export function refreshUrl(tokenUrl: string): string {
  return /\/accesstoken$/.test(tokenUrl) ? tokenUrl.replace(/\/accesstoken$/, "/refresh") : tokenUrl;
}
