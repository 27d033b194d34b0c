import type { SandboxOptions } from "../app";
import type { PlatformSandbox, PlatformSandboxContext } from "../platform";
import { createTripadvisorSandbox } from "./index";
import type { TripadvisorState } from "./state";

/** Tripadvisor's limits for createSandbox(); not in SandboxOptions yet, so passed alongside it. */
export interface TripadvisorSandboxConfig {
  /** Calls per second per API key. Default 50 (documented). */
  tripadvisorPerSecond?: number;
  /** Calls per UTC day per API key. Default 5000 (unconfirmed; the account holder sets it). */
  tripadvisorDailyBudget?: number;
}

/** The Tripadvisor Content API (read only) as a sandbox platform. */
export function tripadvisorPlatform(
  ctx: PlatformSandboxContext,
  options: SandboxOptions & TripadvisorSandboxConfig,
): PlatformSandbox<TripadvisorState> {
  const tripadvisor = createTripadvisorSandbox({
    ...ctx,
    limits: {
      ...(options.tripadvisorPerSecond !== undefined ? { perSecond: options.tripadvisorPerSecond } : {}),
      ...(options.tripadvisorDailyBudget !== undefined ? { dailyBudget: options.tripadvisorDailyBudget } : {}),
    },
    onNewReview: (r) => ctx.log?.(`[sandbox] new Tripadvisor review ${r.id} at location ${r.location_id} (${r.rating}/5, ${r.lang})`),
  });
  return {
    name: "tripadvisor",
    state: tripadvisor.state,
    apiRoutes: tripadvisor.apiRoutes,
    adminRoutes: tripadvisor.adminRoutes,
    reset: tripadvisor.reset,
    stop: tripadvisor.stop,
    health: () => ({
      locations: tripadvisor.state.locations.size,
      reviews: [...tripadvisor.state.locations.values()].reduce((n, l) => n + l.reviews.length, 0),
      callsToday: [...tripadvisor.state.apiKeys].reduce((n, key) => n + tripadvisor.quota.callsToday(key), 0),
    }),
  };
}
