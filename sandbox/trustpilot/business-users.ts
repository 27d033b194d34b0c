import { sendJson, type Route } from "../http";
import type { RateLimiter } from "../rate-limit";
import { sendTrustpilotError } from "./errors";
import { authenticate } from "./oauth";
import type { TrustpilotState } from "./state";

// GET /v1/private/business-users/{businessUserId}/business-units: the business units a signed-in
// business user may act for, so an application can ask which one is the hotel. (unconfirmed:
// Trustpilot documents no such listing; it lives here alone so it is easy to change.)

export function businessUserRoutes(deps: { state: TrustpilotState; limiter: RateLimiter }): Route[] {
  return [
    {
      method: "GET",
      path: /^\/v1\/private\/business-users\/(?<userId>[^/]+)\/business-units$/,
      handler: (ctx) => {
        const caller = authenticate(deps.state, ctx);
        if (!caller) return;
        const decision = deps.limiter.hit(caller.apiKey);
        if (!decision.ok) return sendTrustpilotError(ctx.res, 429, undefined, { "retry-after": String(decision.retryAfterSeconds) });
        if (ctx.params.userId !== caller.user.id) return sendTrustpilotError(ctx.res, 403, "The token does not belong to this business user");
        const units = caller.user.businessUnitIds.flatMap((id) => {
          const unit = deps.state.businessUnits.get(id);
          return unit ? [{ id: unit.id, displayName: unit.displayName, name: { identifying: unit.identifyingName, referring: [unit.identifyingName] } }] : [];
        });
        sendJson(ctx.res, 200, { businessUnits: units });
      },
    },
  ];
}
