import { randomUUID } from "node:crypto";
import { z } from "zod";
import { PlatformError } from "../errors";
import { DEFAULT_TIMEOUT_MS, kindForStatus, readText, send, type CallContext, type FetchLike } from "../http";
import type { TrustpilotGrant } from "./auth";

// Trustpilot's authorization-code grant (developers.trustpilot.com/grant-type-auth-code): the business
// user signs in on authenticate.trustpilot.com, Lobby exchanges the code at the token endpoint with its
// API key and secret. Trustpilot documents neither PKCE nor `state`; Lobby sends `state` anyway and
// checks it when the browser comes back (unconfirmed that Trustpilot echoes it).

export interface TrustpilotOAuthApp {
  /** https://authenticate.trustpilot.com */
  authorizeUrl: string;
  tokenUrl: string;
  apiKey: string;
  apiSecret: string;
}

export function trustpilotAuthorizeUrl(app: TrustpilotOAuthApp, request: { redirectUri: string; state: string }): string {
  const url = new URL(app.authorizeUrl);
  url.search = new URLSearchParams({ client_id: app.apiKey, redirect_uri: request.redirectUri, response_type: "code", state: request.state }).toString();
  return url.toString();
}

const tokenAnswer = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  /** Apigee's name for the business user the tokens act for (unconfirmed for this grant). */
  app_enduser: z.string().min(1),
});
const tokenError = z.union([z.object({ ErrorCode: z.string() }), z.object({ error: z.string() })]);

/** Exchanges the sign-in page's code for the credentials a connection stores, and an access token. */
export async function exchangeTrustpilotCode(
  app: TrustpilotOAuthApp,
  request: { code: string; redirectUri: string },
  options: { fetch?: FetchLike; timeoutMs?: number } = {},
): Promise<{ credentials: TrustpilotGrant; accessToken: string }> {
  const ctx: CallContext = {
    platform: "TRUSTPILOT",
    label: "Trustpilot",
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    secrets: () => [app.apiSecret, request.code],
  };
  const action = "exchanging the authorization code";
  const res = await send(ctx, app.tokenUrl, {
    method: "POST",
    headers: {
      authorization: `Basic ${Buffer.from(`${app.apiKey}:${app.apiSecret}`).toString("base64")}`,
      "content-type": "application/x-www-form-urlencoded",
      accept: "application/json",
    },
    body: new URLSearchParams({ grant_type: "authorization_code", code: request.code, redirect_uri: request.redirectUri }).toString(),
  }, action);
  let body: unknown;
  try {
    body = JSON.parse(await readText(ctx, res, action));
  } catch {
    body = undefined;
  }
  if (!res.ok) {
    const err = tokenError.safeParse(body);
    const code = err.success ? ` (${"ErrorCode" in err.data ? err.data.ErrorCode : err.data.error})` : "";
    const kind = res.status === 400 || res.status === 401 || res.status === 403 ? "auth" : kindForStatus(res.status);
    throw new PlatformError(kind, `Trustpilot refused the authorization${code} [HTTP ${res.status}]`, { platform: "TRUSTPILOT", status: res.status });
  }
  const answer = tokenAnswer.safeParse(body);
  if (!answer.success) throw new PlatformError("unavailable", "Trustpilot's token endpoint sent an unexpected answer", { platform: "TRUSTPILOT", status: res.status });
  return {
    credentials: {
      apiKey: app.apiKey,
      apiSecret: app.apiSecret,
      businessUserId: answer.data.app_enduser,
      refreshToken: answer.data.refresh_token,
      grantId: randomUUID(),
    },
    accessToken: answer.data.access_token,
  };
}
