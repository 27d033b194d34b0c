import { parseForm, readBody, sendJson, type RequestContext, type Route } from "../http";
import { basicCredentials, oauthError } from "../oauth";
import { sendExpediaError } from "./errors";
import type { ExpediaState, IssuedToken } from "./state";

// Expedia Group's OAuth 2 token endpoint (client credentials grant) and the bearer check of API calls.
// Expedia's SDK sends grant_type in the query string and the key/secret as HTTP Basic; the form body
// and client_id/client_secret fields work too. Error bodies follow RFC 6749 (unconfirmed wording).

export const EXPEDIA_TOKEN_PATH = "/identity/oauth2/v3/token";

export function expediaTokenRoutes(state: ExpediaState): Route[] {
  return [
    {
      method: "POST",
      path: /^\/identity\/oauth2\/v3\/token\/?$/,
      handler: async (ctx) => {
        const params = { ...Object.fromEntries(ctx.url.searchParams), ...parseForm(await readBody(ctx.req)) };
        const basic = basicCredentials(ctx.req.headers.authorization);
        const clientId = basic?.id ?? params.client_id;
        const clientSecret = basic?.secret ?? params.client_secret;

        if (params.grant_type !== "client_credentials") {
          return oauthError(ctx, 400, "unsupported_grant_type", `Unsupported grant_type: ${params.grant_type ?? ""}`);
        }
        const challenge = { "www-authenticate": 'Basic realm="Expedia Group"' };
        if (!clientId) return oauthError(ctx, 401, "invalid_client", "Client authentication is required.", challenge);
        const client = state.client(clientId);
        if (!client || client.clientSecret !== clientSecret) {
          return oauthError(ctx, 401, "invalid_client", "Client authentication failed.", challenge);
        }
        const issued = state.issueToken(client.clientId);
        sendJson(ctx.res, 200, { access_token: issued.accessToken, token_type: "bearer", expires_in: state.tokenTtlSeconds });
      },
    },
  ];
}

/** Resolves the bearer token of an API call, or answers 401 and returns null. */
export function authenticate(state: ExpediaState, ctx: RequestContext): IssuedToken | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(ctx.req.headers.authorization ?? "");
  const issued = m?.[1] ? state.verifyToken(m[1]) : undefined;
  if (issued) return issued;
  sendExpediaError(ctx.res, 401, {
    message: m?.[1] ? "The access token is invalid or expired." : "An access token is required.",
    headers: { "www-authenticate": 'Bearer error="invalid_token"' },
  });
  return null;
}
