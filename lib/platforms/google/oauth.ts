import { z } from "zod";
import { send, type CallContext } from "../http";
import { readTokenAnswer } from "../oauth-token-answer";
import { SharedTokens, type TokenCache } from "../token-cache";

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

/** Refresh this long before Google's expiry so a token never dies mid-request. */
const EXPIRY_MARGIN_MS = 60_000;

/** Access tokens kept across polls (a connector lives for one poll). */
export const sharedGoogleTokens = new SharedTokens();

export class GoogleTokenSource {
  private readonly cache: TokenCache;

  constructor(
    private readonly ctx: CallContext,
    private readonly tokenUrl: string,
    private readonly credentials: GoogleCredentials,
    private readonly now: () => number = Date.now,
    /** Tokens kept across connectors (the workers pass the shared set); by default this source keeps its own. */
    shared: SharedTokens = new SharedTokens(),
  ) {
    this.cache = shared.entry([tokenUrl, credentials.clientId, credentials.clientSecret, credentials.refreshToken]);
  }

  /** The current access token, fetching a new one when there is none or it is about to expire. */
  get(): Promise<string> {
    return this.cache.get(this.now(), () => this.refresh());
  }

  /** Forget `token` (Google said 401 to it) so the next get() refreshes. */
  invalidate(token: string): void {
    this.cache.invalidate(token);
  }

  /** The values no error message may contain. */
  secrets(): string[] {
    const { clientSecret, refreshToken } = this.credentials;
    const held = this.cache.current();
    return [clientSecret, refreshToken, ...(held ? [held.token] : [])];
  }

  private async refresh(): Promise<{ token: string; renewAt: number }> {
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
    const answer = await readTokenAnswer(this.ctx, res, action, "Google");
    const expiresInMs = (answer.expires_in ?? 3600) * 1000;
    return { token: answer.access_token, renewAt: this.now() + expiresInMs - EXPIRY_MARGIN_MS };
  }
}
