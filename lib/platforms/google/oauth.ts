import { z } from "zod";
import { PlatformError } from "../errors";
import { kindForStatus, readText, send, type CallContext } from "../http";

// OAuth 2 refresh-token grant against Google's token endpoint, with the access token cached.

export interface GoogleCredentials {
  clientId: string;
  clientSecret: string;
  refreshToken: string;
}

export const googleCredentialsSchema = z.object({
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  refreshToken: z.string().min(1),
});

const tokenResponse = z.object({
  access_token: z.string().min(1),
  expires_in: z.coerce.number().positive().optional(),
  token_type: z.string().optional(),
});

const tokenError = z.object({ error: z.string(), error_description: z.string().optional() });

/** Refresh this long before Google's expiry so a token never dies mid-request. */
const EXPIRY_MARGIN_MS = 60_000;

export class GoogleTokenSource {
  private cached: { token: string; expiresAt: number } | null = null;
  private pending: Promise<string> | null = null;

  constructor(
    private readonly ctx: CallContext,
    private readonly tokenUrl: string,
    private readonly credentials: GoogleCredentials,
    private readonly now: () => number = Date.now,
  ) {}

  /** The current access token, fetching a new one when there is none or it is about to expire. */
  async get(): Promise<string> {
    if (this.cached && this.cached.expiresAt - EXPIRY_MARGIN_MS > this.now()) return this.cached.token;
    // Concurrent callers share one refresh.
    this.pending ??= this.refresh().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  /** Forget `token` (Google said 401 to it) so the next get() refreshes. */
  invalidate(token: string): void {
    if (this.cached?.token === token) this.cached = null;
  }

  /** The values no error message may contain. */
  secrets(): string[] {
    const { clientSecret, refreshToken } = this.credentials;
    return [clientSecret, refreshToken, ...(this.cached ? [this.cached.token] : [])];
  }

  private async refresh(): Promise<string> {
    const action = "refreshing the access token";
    const res = await send(
      this.ctx,
      this.tokenUrl,
      {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
        body: new URLSearchParams({
          grant_type: "refresh_token",
          client_id: this.credentials.clientId,
          client_secret: this.credentials.clientSecret,
          refresh_token: this.credentials.refreshToken,
        }).toString(),
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
      // invalid_grant / invalid_client: the connection's credentials are wrong or revoked.
      const kind = res.status === 400 || res.status === 401 ? "auth" : kindForStatus(res.status);
      const code = err.success ? ` (${err.data.error})` : "";
      throw new PlatformError(kind, `Google refused to issue an access token${code} [HTTP ${res.status}]`, {
        platform: this.ctx.platform,
        status: res.status,
      });
    }
    const parsed = tokenResponse.safeParse(body);
    if (!parsed.success) {
      throw new PlatformError("unavailable", "Google's token endpoint sent an unexpected answer", {
        platform: this.ctx.platform,
        status: res.status,
      });
    }
    const expiresInMs = (parsed.data.expires_in ?? 3600) * 1000;
    this.cached = { token: parsed.data.access_token, expiresAt: this.now() + expiresInMs };
    return parsed.data.access_token;
  }
}
