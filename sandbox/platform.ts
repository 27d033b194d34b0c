import type { FaultSwitch, SandboxPlatform } from "./faults";
import type { Route } from "./http";
import type { PushSender } from "./push";

// What every simulated platform plugs into the sandbox server with.

export type Random = () => number;

export interface PlatformSandboxContext {
  /** Seed reviews are spread over the weeks before this date. */
  baseDate: Date;
  /** Clock for timestamps, token expiry and rate limits. */
  now: () => Date;
  /** Deterministic randomness for generated reviews. */
  random: Random;
  faults: FaultSwitch;
  /** Add a generated review every N ms (0 = off). */
  newReviewEveryMs: number;
  log?: (line: string) => void;
  /** Sends a push notification to Lobby's webhooks (a no-op when no push URL is configured). */
  push: PushSender;
}

export interface PlatformSandbox<State = unknown> {
  name: SandboxPlatform;
  /** The platform's in-memory data, for tests that look behind the API. */
  state: State;
  /** The platform's real HTTP contract (paths, auth, envelopes). */
  apiRoutes: Route[];
  /** Test and demo helpers under /_sandbox/<name>/ (not part of the platform's contract). */
  adminRoutes: Route[];
  /** Back to the seed. */
  reset(): void;
  /** Stops timers. */
  stop(): void;
  /** A few counts for /_sandbox/health. */
  health(): Record<string, unknown>;
}
