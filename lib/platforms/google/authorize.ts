import { z } from "zod";
import { PlatformError } from "../errors";
import { DEFAULT_TIMEOUT_MS, kindForStatus, readText, send, type CallContext, type FetchLike } from "../http";
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
const tokenError = z.object({ error: z.string() });

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
  let body: unknown;
  try {
    body = JSON.parse(await readText(ctx, res, action));
  } catch {
    body = undefined;
  }
  if (!res.ok) {
    const code = tokenError.safeParse(body);
    const kind = res.status === 400 || res.status === 401 ? "auth" : kindForStatus(res.status);
    throw new PlatformError(kind, `Google refused the authorization${code.success ? ` (${code.data.error})` : ""} [HTTP ${res.status}]`, { platform: "GOOGLE", status: res.status });
  }
  const answer = tokenAnswer.safeParse(body);
  if (!answer.success) throw new PlatformError("unavailable", "Google's token endpoint sent an unexpected answer", { platform: "GOOGLE", status: res.status });
  if (answer.data.scope !== undefined && !answer.data.scope.split(" ").includes(GOOGLE_BUSINESS_SCOPE)) {
    throw new PlatformError("auth", "Google did not grant access to manage the business profile's reviews", { platform: "GOOGLE" });
  }
  if (!answer.data.refresh_token) {
    throw new PlatformError("auth", "Google granted no lasting access (no refresh token)", { platform: "GOOGLE" });
  }
  return {
    credentials: { clientId: app.clientId, clientSecret: app.clientSecret, refreshToken: answer.data.refresh_token },
    accessToken: answer.data.access_token,
  };
}
