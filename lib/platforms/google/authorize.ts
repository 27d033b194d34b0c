import { z } from "zod";
import { PlatformError } from "../errors";
import { DEFAULT_TIMEOUT_MS, send, type CallContext, type FetchLike } from "../http";
import { readTokenAnswer } from "../oauth-token-answer";
import type { GoogleCredentials } from "./oauth";

// Google's OAuth 2 authorization-code grant with PKCE (developers.google.com/identity/protocols/oauth2/web-server):
// the hotel's staff allow Lobby on Google's consent screen, Lobby exchanges the code for a refresh token.

export const GOOGLE_BUSINESS_SCOPE = "https://www.googleapis.com/auth/business.manage";

export interface GoogleOAuthApp {
  authorizeUrl: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
}

export function googleAuthorizeUrl(app: GoogleOAuthApp, request: { redirectUri: string; state: string; codeChallenge: string }): string {
  const url = new URL(app.authorizeUrl);
  url.search = new URLSearchParams({
    client_id: app.clientId,
    redirect_uri: request.redirectUri,
    response_type: "code",
    scope: GOOGLE_BUSINESS_SCOPE,
    // offline + consent: Google issues a refresh token even when the account allowed Lobby before.
    access_type: "offline",
    prompt: "consent",
    state: request.state,
    code_challenge: request.codeChallenge,
    code_challenge_method: "S256",
  }).toString();
  return url.toString();
}

const tokenAnswer = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1).optional(),
  scope: z.string().optional(),
});

/** Exchanges the consent screen's code for Lobby's stored credentials and a short-lived access token. */
export async function exchangeGoogleCode(
  app: GoogleOAuthApp,
  request: { code: string; redirectUri: string; codeVerifier: string },
  options: { fetch?: FetchLike; timeoutMs?: number } = {},
): Promise<{ credentials: GoogleCredentials; accessToken: string }> {
  const ctx: CallContext = {
    platform: "GOOGLE",
    label: "Google",
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    secrets: () => [app.clientSecret, request.code, request.codeVerifier],
  };
  const action = "exchanging the authorization code";
  const res = await send(ctx, app.tokenUrl, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code: request.code,
      redirect_uri: request.redirectUri,
      client_id: app.clientId,
      client_secret: app.clientSecret,
      code_verifier: request.codeVerifier,
    }).toString(),
  }, action);
  const answer = await readTokenAnswer(ctx, res, action, "Google", { answer: tokenAnswer, refused: "refused the authorization" });
  if (answer.scope !== undefined && !answer.scope.split(" ").includes(GOOGLE_BUSINESS_SCOPE)) {
    throw new PlatformError("auth", "Google did not grant access to manage the business profile's reviews", { platform: "GOOGLE" });
  }
  if (!answer.refresh_token) {
    throw new PlatformError("auth", "Google granted no lasting access (no refresh token)", { platform: "GOOGLE" });
  }
  return {
    credentials: { clientId: app.clientId, clientSecret: app.clientSecret, refreshToken: answer.refresh_token },
    accessToken: answer.access_token,
  };
}
