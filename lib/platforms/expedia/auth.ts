import { z } from "zod";
import { PlatformError } from "../errors";
import { kindForStatus, readText, send, type CallContext } from "../http";

// OAuth 2 client-credentials grant against Expedia Group's token endpoint, with the access token cached
// in memory (Expedia advises one token per server, renewed a little before it expires).

export const expediaCredentialsSchema = z.object({
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
});

export type ExpediaCredentials = z.infer<typeof expediaCredentialsSchema>;

const tokenResponse = z.object({
  access_token: z.string().min(1),
  expires_in: z.coerce.number().positive().optional(),
  token_type: z.string().optional(),
});

const tokenError = z.object({ error: z.string(), error_description: z.string().optional() });

/** Renew this long before expiry (at most a quarter of the token's life), so a token never dies mid-call. */
const EXPIRY_MARGIN_MS = 60_000;

/** RFC 6749 2.3.1: id and secret are form-encoded before they are joined for HTTP Basic. */
function basicAuth({ clientId, clientSecret }: ExpediaCredentials): string {
  const encode = (v: string) => encodeURIComponent(v).replace(/%20/g, "+");
  return `Basic ${Buffer.from(`${encode(clientId)}:${encode(clientSecret)}`).toString("base64")}`;
}

export class ExpediaTokenSource {
  private cached: { token: string; renewAt: number } | null = null;
  private pending: Promise<string> | null = null;

  constructor(
    private readonly ctx: CallContext,
    private readonly tokenUrl: string,
    private readonly credentials: ExpediaCredentials,
    private readonly now: () => number = Date.now,
  ) {}

  /** The current access token, fetching a new one when there is none or it is about to expire. */
  async get(): Promise<string> {
    if (this.cached && this.cached.renewAt > this.now()) return this.cached.token;
    // Concurrent callers share one token request.
    this.pending ??= this.fetchToken().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  /** Forget `token` (Expedia answered 401 to it) so the next get() fetches a new one. */
  invalidate(token: string): void {
    if (this.cached?.token === token) this.cached = null;
  }

  /** The values no error message may contain. */
  secrets(): string[] {
    return [this.credentials.clientSecret, basicAuth(this.credentials).slice(6), ...(this.cached ? [this.cached.token] : [])];
  }

  private async fetchToken(): Promise<string> {
    const action = "requesting an access token";
    const res = await send(
      this.ctx,
      this.tokenUrl,
      {
        method: "POST",
        headers: {
          authorization: basicAuth(this.credentials),
          "content-type": "application/x-www-form-urlencoded",
          accept: "application/json",
        },
        body: new URLSearchParams({ grant_type: "client_credentials" }).toString(),
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
      // invalid_client / invalid_grant: the connection's key or secret is wrong or revoked.
      const kind = res.status === 400 || res.status === 401 ? "auth" : kindForStatus(res.status);
      const code = err.success ? ` (${err.data.error})` : "";
      throw new PlatformError(kind, `Expedia refused to issue an access token${code} [HTTP ${res.status}]`, {
        platform: this.ctx.platform,
        status: res.status,
      });
    }
    const parsed = tokenResponse.safeParse(body);
    if (!parsed.success) {
      throw new PlatformError("unavailable", "Expedia's token endpoint sent an unexpected answer", {
        platform: this.ctx.platform,
        status: res.status,
      });
    }
    const lifetimeMs = (parsed.data.expires_in ?? 1800) * 1000;
    const margin = Math.min(EXPIRY_MARGIN_MS, lifetimeMs / 4);
    this.cached = { token: parsed.data.access_token, renewAt: this.now() + lifetimeMs - margin };
    return parsed.data.access_token;
  }
}
