import { z } from "zod";
import { hashSeed, mulberry32 } from "../lib/random";
import { SandboxLedger } from "./ledger";

// Injected failures, per platform: "the next N calls answer 503", "the next list page carries a
// malformed item", "the next reply is stored but its response is lost". For tests and demos.
// A fault bites either the next `count` times it can, or, with `share`, that fraction of the
// chances it gets (seeded per platform) until it is cleared: a steady background of failures.

export const SANDBOX_PLATFORMS = ["google", "booking", "expedia", "trustpilot", "tripadvisor"] as const;
export type SandboxPlatform = (typeof SANDBOX_PLATFORMS)[number];

const amount = {
  count: z.number().int().min(0).max(100_000).optional(),
  share: z.number().gt(0).max(1).optional(),
};
const faultSchema = z
  .discriminatedUnion("kind", [
    /** Answer with this HTTP status in the platform's own error envelope (429 carries Retry-After). */
    z.object({ kind: z.literal("status"), status: z.number().int().min(400).max(599), retryAfterSeconds: z.number().int().min(0).max(3600).optional(), ...amount }),
    /** Answer normally, after a delay. */
    z.object({ kind: z.literal("slow"), delayMs: z.number().int().min(1).max(120_000), ...amount }),
    /** Never answer (the client's timeout must fire). */
    z.object({ kind: z.literal("hang"), ...amount }),
    /**
     * A list page carries one item that does not match the platform's schema. `fresh`: the broken
     * item also carries a change time of now, as when a review breaks in the platform's serializer
     * right after an edit (clients cannot take it for an old item they already hold).
     */
    z.object({ kind: z.literal("malformed"), fresh: z.boolean().optional(), ...amount }),
    /** A list page's body is cut off mid-JSON. */
    z.object({ kind: z.literal("truncate"), ...amount }),
    /** A list page repeats an item of the previous page. */
    z.object({ kind: z.literal("duplicate"), ...amount }),
    /** A write (reply) is applied, then the connection is dropped before the response. */
    z.object({ kind: z.literal("lose-response"), ...amount }),
  ])
  .refine((f) => (f.count === undefined) !== (f.share === undefined), { message: "give either count or share" });
export type Fault = z.infer<typeof faultSchema>;
export type FaultKind = Fault["kind"];

/** The older short form `{ status, count }` means a status fault. */
const faultInput = z.preprocess(
  (v) => (v && typeof v === "object" && !("kind" in v) && "status" in v ? { kind: "status", ...v } : v),
  faultSchema,
);

/** Body of POST /_sandbox/faults: per platform a fault, a list of faults, or null to clear. */
export const faultsBodySchema = z
  .object(Object.fromEntries(SANDBOX_PLATFORMS.map((p) => [p, z.union([faultInput, z.array(faultInput)]).nullable().optional()])) as Record<
    SandboxPlatform,
    z.ZodOptional<z.ZodNullable<z.ZodUnion<[typeof faultInput, z.ZodArray<typeof faultInput>]>>>
  >)
  .strict();

export class FaultSwitch {
  private readonly faults = new Map<SandboxPlatform, Fault[]>();
  private readonly dice = new Map<SandboxPlatform, () => number>();
  /** What the faults (and the platforms around them) did, for tests to count. */
  readonly ledger = new SandboxLedger();

  apply(body: z.infer<typeof faultsBodySchema>): void {
    for (const platform of SANDBOX_PLATFORMS) {
      const value = body[platform];
      if (value === undefined) continue;
      const list = (value === null ? [] : Array.isArray(value) ? value : [value]).filter((f) => f.share !== undefined || (f.count ?? 0) > 0);
      if (list.length === 0) this.faults.delete(platform);
      else this.faults.set(platform, list.map((f) => ({ ...f })));
    }
  }

  /**
   * The fault of the given kinds that bites this time, if any: the first pending counted one is
   * consumed; a `share` fault bites when its roll comes up. Every bite goes into the ledger.
   */
  take<K extends FaultKind>(platform: SandboxPlatform, kinds: readonly K[] = ["status"] as K[]): Extract<Fault, { kind: K }> | null {
    const list = this.faults.get(platform);
    if (!list) return null;
    for (const fault of list) {
      if (!(kinds as readonly FaultKind[]).includes(fault.kind)) continue;
      if (fault.share !== undefined) {
        if (this.roll(platform) >= fault.share) continue;
      } else {
        fault.count = (fault.count ?? 1) - 1;
        if (fault.count <= 0) list.splice(list.indexOf(fault), 1);
        if (list.length === 0) this.faults.delete(platform);
      }
      this.ledger.fault(platform, fault.kind);
      return { ...fault } as Extract<Fault, { kind: K }>;
    }
    return null;
  }

  /** Seeded per platform, so a run's sequence of rolls does not depend on the other platforms' traffic. */
  private roll(platform: SandboxPlatform): number {
    let dice = this.dice.get(platform);
    if (!dice) this.dice.set(platform, (dice = mulberry32(hashSeed(`faults:${platform}`))));
    return dice();
  }

  snapshot(): Partial<Record<SandboxPlatform, Fault[]>> {
    return Object.fromEntries([...this.faults].map(([k, v]) => [k, v.map((f) => ({ ...f }))]));
  }

  /** Drops the faults (the ledger keeps what they did until reset). */
  clear(): void {
    this.faults.clear();
    this.dice.clear();
  }
}
