import { redirectWith, validRedirectUri } from "../authorization-codes";
import { pickParams, redirect, sendAuthorizeErrorPage, sendConsentPage } from "../consent-page";
import { parseForm, readBody, type RequestContext, type Route } from "../http";
import type { TrustpilotState } from "./state";

// https://authenticate.trustpilot.com/?client_id=<API key>&redirect_uri=...&response_type=code:
// Trustpilot's sign-in page for the authorization-code grant (developers.trustpilot.com/grant-type-auth-code).
// The sandbox has no Trustpilot login: the page offers the seeded business users to sign in as.
// Trustpilot documents no `state` parameter; the sandbox echoes one back, as OAuth 2 prescribes
// (unconfirmed). Trustpilot requires an https redirect_uri registered with the API key; the sandbox
// takes any http(s) one.

const PASSED_ON = ["client_id", "redirect_uri", "response_type", "state"] as const;
type AuthorizeRequest = Partial<Record<(typeof PASSED_ON)[number], string>>;

const pick = (source: (key: string) => string | null | undefined): AuthorizeRequest => pickParams(PASSED_ON, source);

function check(state: TrustpilotState, ctx: RequestContext, req: AuthorizeRequest): { redirectUri: string; apiKey: string } | null {
  const brand = "Trustpilot Business";
  if (!req.client_id || !state.application(req.client_id)) {
    sendAuthorizeErrorPage(ctx.res, 401, brand, "invalid_client", "ClientId is Invalid");
    return null;
  }
  if (!validRedirectUri(req.redirect_uri)) {
    sendAuthorizeErrorPage(ctx.res, 400, brand, "invalid_request", "Required param : redirect_uri");
    return null;
  }
  if (req.response_type !== "code") {
    redirect(ctx.res, redirectWith(req.redirect_uri, { error: "unsupported_response_type", state: req.state }));
    return null;
  }
  return { redirectUri: req.redirect_uri, apiKey: req.client_id };
}

export function consentRoutes(state: TrustpilotState): Route[] {
  return [
    {
      method: "GET",
      path: /^\/$/,
      handler: (ctx) => {
        const req = pick((k) => ctx.url.searchParams.get(k));
        if (!check(state, ctx, req)) return;
        sendConsentPage(ctx.res, {
          brand: "Trustpilot Business",
          heading: "Allow Lobby to manage your reviews",
          intro: "Lobby will read your business units' reviews and post your replies as the business user you sign in as.",
          permissions: ["Read your service reviews, including private fields", "Reply to reviews on your behalf"],
          action: "/",
          fields: req as Record<string, string>,
          signIn: {
            label: "Signed in as",
            name: "user",
            options: state.users.map((u) => ({ value: u.id, label: `${u.name} (${u.username})` })),
          },
        });
      },
    },
    {
      method: "POST",
      path: /^\/$/,
      handler: async (ctx) => {
        const form = parseForm(await readBody(ctx.req));
        const req = pick((k) => form[k]);
        const ok = check(state, ctx, req);
        if (!ok) return;
        if (form.decision !== "allow") return redirect(ctx.res, redirectWith(ok.redirectUri, { error: "access_denied", state: req.state }));
        const user = state.user(form.user ?? "");
        if (!user) return sendAuthorizeErrorPage(ctx.res, 400, "Trustpilot Business", "invalid_request", "Unknown user");
        const code = state.codes.issue({ clientId: ok.apiKey, redirectUri: ok.redirectUri, subject: user.id });
        redirect(ctx.res, redirectWith(ok.redirectUri, { code, state: req.state }));
      },
    },
  ];
}
