import type { Fault, SandboxPlatform } from "@/sandbox/faults";

// The fault suite's weather: about a fifth of every platform's calls go wrong, in every way the
// issue lists. Request-level faults (429 with Retry-After, 5xx, slow, hang) roll first; list pages
// that get through then roll for a truncated body, a broken item or an item repeated from the page
// before. Replies that reach a platform lose their response a quarter of the time. Each kind also
// bites once for certain at the start, so even a platform with few calls meets every kind.

const READ_ONLY: readonly SandboxPlatform[] = ["tripadvisor"];

/** Shares of calls; request-level ~12%, list-level ~8% of what remains: ~20% of list calls in all. */
const BACKGROUND: Fault[] = [
  { kind: "status", status: 429, retryAfterSeconds: 1, share: 0.03 },
  { kind: "status", status: 503, share: 0.03 },
  { kind: "status", status: 500, share: 0.02 },
  // Well inside Lobby's 20 s call timeout: a slow answer is still an answer.
  { kind: "slow", delayMs: 1_500, share: 0.04 },
  { kind: "hang", share: 0.003 },
  { kind: "truncate", share: 0.025 },
  // Fresh: the broken item carries a change time of now, so no connector can take it for an item it
  // already holds (see sandbox/faults.ts); the suite then expects every one of them in quarantine.
  { kind: "malformed", fresh: true, share: 0.03 },
  { kind: "duplicate", share: 0.03 },
];

const AT_LEAST_ONCE: Fault[] = [
  { kind: "status", status: 429, retryAfterSeconds: 2, count: 1 },
  { kind: "status", status: 502, count: 1 },
  { kind: "slow", delayMs: 2_000, count: 1 },
  { kind: "hang", count: 1 },
  { kind: "truncate", count: 1 },
  { kind: "malformed", fresh: true, count: 1 },
  { kind: "duplicate", count: 1 },
];

const LOSE_RESPONSES: Fault[] = [
  { kind: "lose-response", count: 1 },
  { kind: "lose-response", share: 0.25 },
];

export type FaultsBody = Partial<Record<SandboxPlatform, Fault[] | null>>;

/**
 * The body for POST /_sandbox/faults. `malformed: false` leaves broken items out (while a worker is
 * about to be killed: a page it has read but not yet stored would be lost with it, and the platform
 * never sends that broken copy again). `firstTime` adds the certain bites.
 */
export function faultPlan(opts: { firstTime: boolean; malformed: boolean }): FaultsBody {
  const keep = (f: Fault) => opts.malformed || f.kind !== "malformed";
  const platforms: SandboxPlatform[] = ["google", "booking", "expedia", "trustpilot", "tripadvisor"];
  return Object.fromEntries(
    platforms.map((p) => [
      p,
      [...(opts.firstTime ? AT_LEAST_ONCE : []), ...BACKGROUND, ...(READ_ONLY.includes(p) ? [] : LOSE_RESPONSES)].filter(keep),
    ]),
  );
}

/** Clears every platform's faults. */
export const NO_FAULTS: FaultsBody = { google: null, booking: null, expedia: null, trustpilot: null, tripadvisor: null };
