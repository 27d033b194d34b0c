import type { SandboxOptions } from "../app";
import type { PlatformSandbox, PlatformSandboxContext } from "../platform";
import { createExpediaSandbox, type ExpediaSandboxOptions } from "./index";
import type { ExpediaState } from "./state";

/** Expedia Group Lodging Supply (GraphQL) as a sandbox platform. */
export function expediaPlatform(ctx: PlatformSandboxContext, options: SandboxOptions & ExpediaSandboxOptions): PlatformSandbox<ExpediaState> {
  const expedia = createExpediaSandbox(ctx, options);
  return {
    name: "expedia",
    state: expedia.state,
    apiRoutes: expedia.apiRoutes,
    adminRoutes: expedia.adminRoutes,
    reset: expedia.reset,
    stop: expedia.stop,
    health: () => {
      const reviews = [...expedia.state.properties.values()].flatMap((p) => p.reviews);
      return {
        properties: expedia.state.properties.size,
        reviews: reviews.length,
        pendingResponses: reviews.filter((r) => r.response?.status === "PENDING").length,
      };
    },
  };
}
