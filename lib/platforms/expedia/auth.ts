import { z } from "zod";
import { send, type CallContext } from "../http";
import { readTokenAnswer } from "../oauth-token-answer";
import { SharedTokens, type TokenCache } from "../token-cache";

// OAuth 2 client-credentials grant against Expedia Group's token endpoint, with the access token cached
// in memory (Expedia advises one token per server, renewed a little before it expires).

export const expediaCredentialsSchema = z.object({
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
});

export type ExpediaCredentials = z.infer<typeof expediaCredentialsSchema>;

/** Renew this long before expiry (at most a quarter of the token's life), so a token never dies mid-call. */
const EXPIRY_MARGIN_MS = 60_000;

/** RFC 6749 2.3.1: id and secret are form-encoded before they are joined for HTTP Basic. */
function basicAuth({ clientId, clientSecret }: ExpediaCredentials): string {
  const encode = (v: string) => encodeURIComponent(v).replace(/%20/g, "+");
  return `Basic ${Buffer.from(`${encode(clientId)}:${encode(clientSecret)}`).toString("base64")}`;
}

/** Access tokens kept across polls (a connector lives for one poll). */
export const sharedExpediaTokens = new SharedTokens();

export class ExpediaTokenSource {
  private readonly cache: TokenCache;

  constructor(
    private readonly ctx: CallContext,
    private readonly tokenUrl: string,
    private readonly credentials: ExpediaCredentials,
    private readonly now: () => number = Date.now,
    /** Tokens kept across connectors (the workers pass the shared set); by default this source keeps its own. */
    shared: SharedTokens = new SharedTokens(),
  ) {
    this.cache = shared.entry([tokenUrl, credentials.clientId, credentials.clientSecret]);
  }

  /** The current access token, fetching a new one when there is none or it is about to expire. */
  get(): Promise<string> {
    return this.cache.get(this.now(), () => this.fetchToken());
  }

  /** Forget `token` (Expedia answered 401 to it) so the next get() fetches a new one. */
  invalidate(token: string): void {
    this.cache.invalidate(token);
  }

  /** The values no error message may contain. */
  secrets(): string[] {
    const held = this.cache.current();
    return [this.credentials.clientSecret, basicAuth(this.credentials).slice(6), ...(held ? [held.token] : [])];
  }

  private async fetchToken(): Promise<{ token: string; renewAt: number }> {
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
    const answer = await readTokenAnswer(this.ctx, res, action, "Expedia");
    const lifetimeMs = (answer.expires_in ?? 1800) * 1000;
    const margin = Math.min(EXPIRY_MARGIN_MS, lifetimeMs / 4);
    return { token: answer.access_token, renewAt: this.now() + lifetimeMs - margin };
  }
}
