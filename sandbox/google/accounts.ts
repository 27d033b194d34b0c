import { sendJson, type Handler, type Route } from "../http";
import type { RateLimiter } from "../rate-limit";
import { sendGoogleError } from "./errors";
import { authenticate } from "./oauth";
import type { GoogleState } from "./state";

// The two v1 calls that tell an application which locations a Google account manages:
//   Account Management API      GET /v1/accounts                      (mybusinessaccountmanagement.googleapis.com)
//   Business Information API    GET /v1/accounts/{a}/locations        (mybusinessbusinessinformation.googleapis.com)
// Locations there are named "locations/{l}"; the v4 reviews API calls the same place "accounts/{a}/locations/{l}".

/** Fields the sandbox can return for a location; Google requires readMask and returns only what it names. */
const LOCATION_FIELDS = ["name", "title", "storefrontAddress"] as const;

export function accountRoutes(deps: { state: GoogleState; limiter: RateLimiter }): Route[] {
  const guarded = (handler: Handler): Handler => (ctx) => {
    const token = authenticate(deps.state, ctx);
    if (!token) return;
    const decision = deps.limiter.hit(token.clientId);
    if (!decision.ok) return sendGoogleError(ctx.res, 429, undefined, { "retry-after": String(decision.retryAfterSeconds) });
    return handler(ctx);
  };

  const listAccounts: Handler = (ctx) => {
    sendJson(ctx.res, 200, {
      accounts: [...deps.state.accounts].map((name) => ({
        name,
        accountName: deps.state.accountName(name),
        type: "LOCATION_GROUP",
        role: "OWNER",
        verificationState: "VERIFIED",
        vettedState: "NOT_VETTED",
      })),
    });
  };

  const listLocations: Handler = (ctx) => {
    const account = `accounts/${ctx.params.a}`;
    if (!deps.state.accounts.has(account)) return sendGoogleError(ctx.res, 404);
    const mask = (ctx.url.searchParams.get("readMask") ?? "").split(",").map((f) => f.trim()).filter(Boolean);
    if (mask.length === 0) return sendGoogleError(ctx.res, 400, "Request contains an invalid argument.");
    const unknown = mask.find((f) => !(LOCATION_FIELDS as readonly string[]).includes(f));
    if (unknown) return sendGoogleError(ctx.res, 400, `Invalid field mask path: "${unknown}".`);
    const locations = [...deps.state.locations.values()]
      .filter((l) => l.name.startsWith(`${account}/locations/`))
      .map((l) => {
        const full = {
          name: l.name.slice(account.length + 1),
          title: l.title,
          storefrontAddress: { regionCode: "", locality: l.city, addressLines: [] as string[] },
        };
        return Object.fromEntries(Object.entries(full).filter(([k]) => mask.includes(k)));
      });
    sendJson(ctx.res, 200, locations.length ? { locations, totalSize: locations.length } : {});
  };

  return [
    { method: "GET", path: /^\/v1\/accounts$/, handler: guarded(listAccounts) },
    { method: "GET", path: /^\/v1\/accounts\/(?<a>[^/]+)\/locations$/, handler: guarded(listLocations) },
  ];
}
