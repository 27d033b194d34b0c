import { redirectWith, validRedirectUri } from "../authorization-codes";
import { pickParams, redirect, sendAuthorizeErrorPage, sendConsentPage } from "../consent-page";
import { parseForm, readBody, type RequestContext, type Route } from "../http";
import { GOOGLE_SCOPE } from "./oauth";
import { GOOGLE_SANDBOX_ACCOUNT } from "./seed";
import type { GoogleState } from "./state";

// https://accounts.google.com/o/oauth2/v2/auth: Google's consent screen for the authorization-code
// grant. The sandbox has no Google login: the browser is taken to be signed in to the account that
// owns the seeded locations. Like Google, it checks the client before trusting the redirect URI, and
// answers problems it cannot send back with an error page. (Unlike Google it accepts any http(s)
// redirect URI instead of only registered ones.)

const AUTHORIZE_PATH = /^\/o\/oauth2(\/v2)?\/auth$/;
const PASSED_ON = ["client_id", "redirect_uri", "response_type", "scope", "state", "code_challenge", "code_challenge_method", "access_type", "prompt"] as const;

type AuthorizeRequest = Partial<Record<(typeof PASSED_ON)[number], string>>;

const pick = (source: (key: string) => string | null | undefined): AuthorizeRequest => pickParams(PASSED_ON, source);

/** The request's problem as Google reports it, or null when the consent screen may be shown. */
function check(state: GoogleState, ctx: RequestContext, req: AuthorizeRequest): { redirectUri: string } | null {
  const brand = "Google";
  if (!req.client_id || !state.clientByCredentials(req.client_id)) {
    sendAuthorizeErrorPage(ctx.res, 401, brand, "invalid_client", "The OAuth client was not found.");
    return null;
  }
  if (!validRedirectUri(req.redirect_uri)) {
    sendAuthorizeErrorPage(ctx.res, 400, brand, "invalid_request", "Missing or invalid required parameter: redirect_uri");
    return null;
  }
  if (!req.scope) {
    sendAuthorizeErrorPage(ctx.res, 400, brand, "invalid_request", "Missing required parameter: scope");
    return null;
  }
  if (req.code_challenge_method && !["S256", "plain"].includes(req.code_challenge_method)) {
    sendAuthorizeErrorPage(ctx.res, 400, brand, "invalid_request", "Invalid code_challenge_method.");
    return null;
  }
  if (req.response_type !== "code") {
    redirect(ctx.res, redirectWith(req.redirect_uri, { error: "unsupported_response_type", state: req.state }));
    return null;
  }
  return { redirectUri: req.redirect_uri };
}

export function consentRoutes(state: GoogleState): Route[] {
  return [
    {
      method: "GET",
      path: AUTHORIZE_PATH,
      handler: (ctx) => {
        const req = pick((k) => ctx.url.searchParams.get(k));
        if (!check(state, ctx, req)) return;
        sendConsentPage(ctx.res, {
          brand: "Google",
          heading: "Lobby wants to access your Google Account",
          intro: `Allow Lobby to manage reviews for ${state.accountName(GOOGLE_SANDBOX_ACCOUNT)} (${GOOGLE_SANDBOX_ACCOUNT}).`,
          permissions: (req.scope ?? "").split(" ").filter(Boolean).map((s) => (s === GOOGLE_SCOPE ? "See, edit, create and delete your Google business listings and reviews" : s)),
          action: ctx.url.pathname,
          fields: req as Record<string, string>,
        });
      },
    },
    {
      method: "POST",
      path: AUTHORIZE_PATH,
      handler: async (ctx) => {
        const form = parseForm(await readBody(ctx.req));
        const req = pick((k) => form[k]);
        const ok = check(state, ctx, req);
        if (!ok) return;
        if (form.decision !== "allow") return redirect(ctx.res, redirectWith(ok.redirectUri, { error: "access_denied", state: req.state }));
        const code = state.codes.issue({
          clientId: req.client_id!,
          redirectUri: ok.redirectUri,
          subject: GOOGLE_SANDBOX_ACCOUNT,
          ...(req.scope ? { scope: req.scope } : {}),
          ...(req.code_challenge ? { codeChallenge: req.code_challenge, codeChallengeMethod: (req.code_challenge_method ?? "plain") as "S256" | "plain" } : {}),
        });
        redirect(ctx.res, redirectWith(ok.redirectUri, { state: req.state, code, scope: req.scope }));
      },
    },
  ];
}
