import { z } from "zod";

// Injected failures, per platform: "the next N calls answer 503", "the next list page carries a
// malformed item", "the next reply is stored but its response is lost". For tests and demos.

export const SANDBOX_PLATFORMS = ["google", "booking", "expedia", "trustpilot", "tripadvisor"] as const;
export type SandboxPlatform = (typeof SANDBOX_PLATFORMS)[number];

const count = z.number().int().min(0).max(100_000);
const faultSchema = z.discriminatedUnion("kind", [
  /** Answer with this HTTP status in the platform's own error envelope (429 carries Retry-After). */
  z.object({ kind: z.literal("status"), status: z.number().int().min(400).max(599), retryAfterSeconds: z.number().int().min(0).max(3600).optional(), count }),
  /** Answer normally, after a delay. */
  z.object({ kind: z.literal("slow"), delayMs: z.number().int().min(1).max(120_000), count }),
  /** Never answer (the client's timeout must fire). */
  z.object({ kind: z.literal("hang"), count }),
  /** A list page carries one item that does not match the platform's schema. */
  z.object({ kind: z.literal("malformed"), count }),
  /** A list page's body is cut off mid-JSON. */
  z.object({ kind: z.literal("truncate"), count }),
  /** A list page repeats an item of the previous page. */
  z.object({ kind: z.literal("duplicate"), count }),
  /** A write (reply) is applied, then the connection is dropped before the response. */
  z.object({ kind: z.literal("lose-response"), count }),
]);
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

  apply(body: z.infer<typeof faultsBodySchema>): void {
    for (const platform of SANDBOX_PLATFORMS) {
      const value = body[platform];
      if (value === undefined) continue;
      const list = (value === null ? [] : Array.isArray(value) ? value : [value]).filter((f) => f.count > 0);
      if (list.length === 0) this.faults.delete(platform);
      else this.faults.set(platform, list.map((f) => ({ ...f })));
    }
  }

  /** Consumes one pending fault of the given kinds for the platform, if any. */
  take<K extends FaultKind>(platform: SandboxPlatform, kinds: readonly K[] = ["status"] as K[]): Extract<Fault, { kind: K }> | null {
    const list = this.faults.get(platform);
    const fault = list?.find((f): f is Extract<Fault, { kind: K }> => (kinds as readonly FaultKind[]).includes(f.kind));
    if (!list || !fault) return null;
    fault.count -= 1;
    if (fault.count <= 0) list.splice(list.indexOf(fault), 1);
    if (list.length === 0) this.faults.delete(platform);
    return { ...fault };
  }

  snapshot(): Partial<Record<SandboxPlatform, Fault[]>> {
    return Object.fromEntries([...this.faults].map(([k, v]) => [k, v.map((f) => ({ ...f }))]));
  }

  clear(): void {
    this.faults.clear();
  }
}
