import { parseForm, readBody, sendJson, type RequestContext, type Route } from "../http";
import type { RateLimiter } from "../rate-limit";
import { sendGatewayFault, sendOAuthError } from "./errors";
import type { IssuedTokens, TrustpilotState } from "./state";
import type { TrustpilotBusinessUser } from "./types";

// Trustpilot's business-user OAuth endpoints (password, authorization_code and refresh_token grants), and the checks
// in front of API calls: a bearer token for /v1/private/..., an API key for the public endpoints.

export const TOKEN_PATH = "/v1/oauth/oauth-business-users-for-applications/accesstoken";
export const REFRESH_PATH = "/v1/oauth/oauth-business-users-for-applications/refresh";

export interface OAuthDeps {
  state: TrustpilotState;
  /** "If you refresh your access token too often, your requests will be rejected with 429." */
  tokenLimiter: RateLimiter;
}

function basicCredentials(header: string | undefined): { key: string; secret: string } | null {
  const m = /^Basic\s+(.+)$/i.exec(header ?? "");
  if (!m?.[1]) return null;
  const decoded = Buffer.from(m[1], "base64").toString("utf8");
  const i = decoded.indexOf(":");
  return i < 0 ? null : { key: decoded.slice(0, i), secret: decoded.slice(i + 1) };
}

/** The token response, with the fields (and string numbers) Trustpilot's gateway sends. */
function tokenBody(state: TrustpilotState, issued: IssuedTokens) {
  return {
    access_token: issued.accessToken,
    refresh_token: issued.refreshToken,
    expires_in: String(state.accessTokenTtlSeconds),
    token_type: "BearerToken",
    issued_at: String(issued.issuedAt),
    refresh_token_issued_at: String(issued.issuedAt),
    refresh_token_expires_in: String(state.refreshTokenTtlSeconds),
    refresh_token_status: "approved",
    client_id: issued.apiKey,
    app_enduser: issued.userId,
  };
}

function tokenHandler(deps: OAuthDeps, grants: readonly string[]): Route["handler"] {
  const { state } = deps;
  return async (ctx) => {
    const text = await readBody(ctx.req);
    const client = basicCredentials(ctx.req.headers.authorization);
    if (!client) return sendOAuthError(ctx.res, 401, "invalid_client", "Client credentials are missing");
    const app = state.application(client.key);
    if (!app) return sendOAuthError(ctx.res, 401, "invalid_client", "ClientId is Invalid");
    if (app.apiSecret !== client.secret) return sendOAuthError(ctx.res, 401, "invalid_client", "Client credentials are invalid");
    const limited = deps.tokenLimiter.hit(app.apiKey);
    if (!limited.ok) {
      return sendGatewayFault(ctx.res, 429, "Too many token requests", "policies.ratelimit.QuotaViolation", {
        "retry-after": String(limited.retryAfterSeconds),
      });
    }
    // The endpoints read form fields only; a JSON body is as good as none.
    const form = (ctx.req.headers["content-type"] ?? "").includes("application/x-www-form-urlencoded") ? parseForm(text) : {};
    const grant = form.grant_type;
    if (!grant) return sendOAuthError(ctx.res, 400, "invalid_request", "Required param : grant_type");
    if (!grants.includes(grant)) return sendOAuthError(ctx.res, 400, "unsupported_grant_type", `Unsupported grant type : ${grant}`);

    if (grant === "authorization_code") {
      if (!form.code) return sendOAuthError(ctx.res, 400, "invalid_request", "Required param : code");
      const granted = state.codes.redeem(form.code);
      // (unconfirmed) Trustpilot's wording; the redirect_uri must be identical to the authorize request's.
      if (typeof granted === "string" || granted.clientId !== app.apiKey) return sendOAuthError(ctx.res, 400, "invalid_grant", "Invalid Authorization Code");
      if (form.redirect_uri !== granted.redirectUri) return sendOAuthError(ctx.res, 400, "invalid_grant", "Invalid redirect_uri");
      return sendJson(ctx.res, 200, tokenBody(state, state.issueTokens(app.apiKey, granted.subject)));
    }
    if (grant === "password") {
      if (!form.username) return sendOAuthError(ctx.res, 400, "invalid_request", "Required param : username");
      if (!form.password) return sendOAuthError(ctx.res, 400, "invalid_request", "Required param : password");
      const user = state.userByLogin(form.username, form.password);
      // (unconfirmed) how Trustpilot words a wrong login; 400 invalid_grant is what OAuth prescribes.
      if (!user) return sendOAuthError(ctx.res, 400, "invalid_grant", "Invalid username or password");
      return sendJson(ctx.res, 200, tokenBody(state, state.issueTokens(app.apiKey, user.id)));
    }
    if (!form.refresh_token) return sendOAuthError(ctx.res, 400, "invalid_request", "Required param : refresh_token");
    const issued = state.refresh(app.apiKey, form.refresh_token);
    if (!issued) return sendOAuthError(ctx.res, 400, "invalid_grant", "Invalid Refresh Token");
    sendJson(ctx.res, 200, tokenBody(state, issued));
  };
}

export function oauthRoutes(deps: OAuthDeps): Route[] {
  return [
    // The token endpoint also takes refresh_token (Trustpilot documents both URLs for refreshing).
    { method: "POST", path: new RegExp(`^${TOKEN_PATH}$`), handler: tokenHandler(deps, ["password", "authorization_code", "refresh_token"]) },
    { method: "POST", path: new RegExp(`^${REFRESH_PATH}$`), handler: tokenHandler(deps, ["refresh_token"]) },
  ];
}

export interface Caller {
  apiKey: string;
  user: TrustpilotBusinessUser;
}

/** Resolves the bearer token of a private API call, or answers 401 as the gateway does and returns null. */
export function authenticate(state: TrustpilotState, ctx: RequestContext): Caller | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(ctx.req.headers.authorization ?? "");
  if (!m?.[1]) {
    sendGatewayFault(ctx.res, 401, "Invalid access token", "oauth.v2.InvalidAccessToken");
    return null;
  }
  const check = state.checkAccessToken(m[1]);
  const user = check.ok ? state.user(check.tokens.userId) : undefined;
  if (!check.ok || !user) {
    if (!check.ok && check.reason === "expired") {
      sendGatewayFault(ctx.res, 401, "Access Token expired", "keymanagement.service.access_token_expired");
    } else {
      sendGatewayFault(ctx.res, 401, "Invalid Access Token", "keymanagement.service.invalid_access_token");
    }
    return null;
  }
  return { apiKey: check.tokens.apiKey, user };
}

/** Public endpoints take the API key as an `apikey` header (a query parameter works but is discouraged). */
export function authenticateApiKey(state: TrustpilotState, ctx: RequestContext): string | null {
  const header = ctx.req.headers.apikey;
  const key = (Array.isArray(header) ? header[0] : header) ?? ctx.url.searchParams.get("apikey");
  if (!key || !state.application(key)) {
    sendGatewayFault(ctx.res, 401, "Invalid ApiKey", "oauth.v2.InvalidApiKey");
    return null;
  }
  return key;
}
