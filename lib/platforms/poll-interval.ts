import type { PlatformCode } from "./types";

/**
 * The shortest poll interval a platform's limits allow. Tripadvisor answers one call per language
 * and location against a daily budget, so it is read every quarter of an hour at most.
 */
const MIN_POLL_EVERY_MS: Partial<Record<PlatformCode, number>> = { TRIPADVISOR: 15 * 60_000 };

export function pollEveryMs(platform: string, configured: number): number {
  return Math.max(configured, MIN_POLL_EVERY_MS[platform as PlatformCode] ?? 0);
}
