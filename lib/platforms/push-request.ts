import { createHash, timingSafeEqual } from "node:crypto";
import type { z } from "zod";
import { logger } from "../logger";
import { describeIssues } from "./parse-issues";
import type { PlatformCode } from "./types";

// What every platform's webhook handler shares: how it compares secrets and how it answers a push
// it refuses. The handlers themselves live next to each connector (google/push.ts, ...).

export type PushAnswer = { status: number; body: Record<string, unknown> };

/**
 * Constant-time comparison of a secret the caller sent with ours. Both sides are hashed first, so
 * neither the time taken nor an early length check tells a caller how long the secret is.
 */
export function secretMatches(given: string | null | undefined, expected: string): boolean {
  if (given === null || given === undefined) return false;
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * A push that is not provably the platform's. The answer is the same whatever was wrong (missing,
 * forged, stale), so a caller learns nothing; the reason goes to the log only.
 */
export function refusePush(platform: PlatformCode, reason: string): PushAnswer {
  logger.warn({ platform, reason }, "refused an unauthenticated push");
  return { status: 401, body: { error: "unauthorized" } };
}

/** An authentic push Lobby cannot read: logged without its payload, answered 400 (the platform may alert on it). */
export function unreadablePush(platform: PlatformCode, what: string, issues?: z.ZodError): PushAnswer {
  logger.warn({ platform, issues: issues ? describeIssues(issues) : undefined }, `refused a push: ${what}`);
  return { status: 400, body: { error: what } };
}
