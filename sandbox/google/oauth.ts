import { parseForm, parseJson, readBody, sendJson, type RequestContext, type Route } from "../http";
import { pkceMatches } from "../authorization-codes";
import { basicCredentials, oauthError } from "../oauth";
import { sendGoogleError } from "./errors";
import type { GoogleState, IssuedToken } from "./state";

// https://oauth2.googleapis.com/token (authorization_code and refresh_token grants) and bearer checks for API calls.

export const GOOGLE_SCOPE = "https://www.googleapis.com/auth/business.manage";

async function readParams(ctx: RequestContext): Promise<Record<string, string> | null> {
  const text = await readBody(ctx.req);
  const type = ctx.req.headers["content-type"] ?? "";
  if (!type.includes("application/json")) return parseForm(text);
  const parsed = parseJson(text);
  if (!parsed.ok || typeof parsed.value !== "object" || parsed.value === null) return null;
  return Object.fromEntries(
    Object.entries(parsed.value as Record<string, unknown>).filter(([, v]) => typeof v === "string"),
  ) as Record<string, string>;
}

/** The authorization-code grant: the code works once, for the client and redirect URI it was issued to, with its PKCE verifier. */
function exchangeCode(state: GoogleState, ctx: RequestContext, clientId: string, params: Record<string, string>): void {
  if (!params.code) return oauthError(ctx, 400, "invalid_request", "Missing required parameter: code");
  const grant = state.codes.redeem(params.code);
  if (grant === "unknown") return oauthError(ctx, 400, "invalid_grant", "Malformed auth code.");
  if (grant === "expired") return oauthError(ctx, 400, "invalid_grant", "Bad Request");
  if (grant.clientId !== clientId) return oauthError(ctx, 400, "invalid_grant", "Bad Request");
  if (params.redirect_uri !== grant.redirectUri) return oauthError(ctx, 400, "redirect_uri_mismatch", "Bad Request");
  if (!pkceMatches(grant, params.code_verifier)) return oauthError(ctx, 400, "invalid_grant", "Invalid code verifier.");
  const issued = state.issueToken(clientId);
  sendJson(ctx.res, 200, {
    access_token: issued.accessToken,
    expires_in: state.tokenTtlSeconds,
    refresh_token: state.issueRefreshToken(clientId),
    scope: grant.scope ?? GOOGLE_SCOPE,
    token_type: "Bearer",
  });
}

export function oauthRoutes(state: GoogleState): Route[] {
  return [
    {
      method: "POST",
      path: /^\/oauth2\/token$/,
      handler: async (ctx) => {
        const params = await readParams(ctx);
        if (!params) return oauthError(ctx, 400, "invalid_request", "Invalid JSON payload.");
        // Client credentials may come in the body (client_secret_post) or as HTTP Basic (client_secret_basic).
        const basic = basicCredentials(ctx.req.headers.authorization);
        const clientId = params.client_id ?? basic?.id;
        const clientSecret = params.client_secret ?? basic?.secret;
        const grantType = params.grant_type;

        if (!grantType) return oauthError(ctx, 400, "unsupported_grant_type", "Invalid grant_type: ");
        if (grantType !== "refresh_token" && grantType !== "authorization_code") {
          return oauthError(ctx, 400, "unsupported_grant_type", `Invalid grant_type: ${grantType}`);
        }
        if (!clientId) return oauthError(ctx, 400, "invalid_request", "Could not determine client ID from request.");
        // Same answers as Google: unknown client and wrong secret are 401 invalid_client.
        const client = state.clientByCredentials(clientId);
        if (!client) return oauthError(ctx, 401, "invalid_client", "The OAuth client was not found.");
        if (client.clientSecret !== clientSecret) return oauthError(ctx, 401, "invalid_client", "Unauthorized");
        if (grantType === "authorization_code") return exchangeCode(state, ctx, client.clientId, params);
        if (!params.refresh_token) {
          return oauthError(ctx, 400, "invalid_request", "Missing required parameter: refresh_token");
        }
        if (!state.acceptsRefreshToken(client, params.refresh_token)) {
          return oauthError(ctx, 400, "invalid_grant", "Token has been expired or revoked.");
        }

        const issued = state.issueToken(client.clientId);
        sendJson(ctx.res, 200, {
          access_token: issued.accessToken,
          expires_in: state.tokenTtlSeconds,
          scope: GOOGLE_SCOPE,
          token_type: "Bearer",
        });
      },
    },
  ];
}

const WWW_AUTHENTICATE = 'Bearer realm="https://accounts.google.com/", error="invalid_token"';

/** Resolves the bearer token of an API call, or answers 401 in Google's envelope and returns null. */
export function authenticate(state: GoogleState, ctx: RequestContext): IssuedToken | null {
  const header = ctx.req.headers.authorization;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  if (!m?.[1]) {
    sendGoogleError(
      ctx.res,
      401,
      "Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential.",
      { "www-authenticate": 'Bearer realm="https://accounts.google.com/"' },
    );
    return null;
  }
  const issued = state.verifyToken(m[1]);
  if (!issued) {
    sendGoogleError(ctx.res, 401, undefined, { "www-authenticate": WWW_AUTHENTICATE });
    return null;
  }
  return issued;
}
