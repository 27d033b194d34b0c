import type { FaultSwitch } from "../faults";
import type { Route } from "../http";
import type { Random } from "../platform";
import { tripadvisorAdminRoutes } from "./admin";
import { generateTripadvisorReview } from "./keepalive";
import { TripadvisorQuota, type TripadvisorLimits } from "./quota";
import { tripadvisorApiRoutes } from "./routes";
import { TripadvisorState } from "./state";
import type { TripadvisorReview } from "./types";

// The Tripadvisor Content API part of the sandbox: state, API routes, admin routes, keep-alive.

export interface TripadvisorSandboxOptions {
  baseDate: Date;
  now: () => Date;
  newReviewEveryMs: number;
  random: Random;
  faults: FaultSwitch;
  limits?: Partial<TripadvisorLimits>;
  onNewReview?: (review: TripadvisorReview) => void;
}

export interface TripadvisorSandbox {
  state: TripadvisorState;
  quota: TripadvisorQuota;
  apiRoutes: Route[];
  adminRoutes: Route[];
  reset(): void;
  /** Adds one generated review to a random seeded location (what the keep-alive timer does). */
  addGeneratedReview(): TripadvisorReview;
  stop(): void;
}

export function createTripadvisorSandbox(options: TripadvisorSandboxOptions): TripadvisorSandbox {
  const state = new TripadvisorState({ baseDate: options.baseDate, now: options.now });
  const quota = new TripadvisorQuota(() => options.now().getTime(), options.limits);
  const deps = { state, faults: options.faults, quota };

  const addGeneratedReview = (): TripadvisorReview => {
    const ids = [...state.locations.keys()];
    const locationId = ids[Math.floor(options.random() * ids.length) % ids.length];
    if (locationId === undefined) throw new Error("no Tripadvisor location to add a review to");
    const review = state.addReview(generateTripadvisorReview(options.random, locationId));
    options.onNewReview?.(review);
    return review;
  };

  const timer = options.newReviewEveryMs > 0 ? setInterval(addGeneratedReview, options.newReviewEveryMs) : undefined;
  timer?.unref();

  return {
    state,
    quota,
    apiRoutes: tripadvisorApiRoutes(deps),
    adminRoutes: tripadvisorAdminRoutes(deps),
    reset() {
      state.reset();
      quota.reset();
    },
    addGeneratedReview,
    stop() {
      if (timer) clearInterval(timer);
    },
  };
}
