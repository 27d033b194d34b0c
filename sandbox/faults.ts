import { z } from "zod";

// Injected failures: "the next N calls to platform X answer with status S". For tests and demos.

export const SANDBOX_PLATFORMS = ["google"] as const;
export type SandboxPlatform = (typeof SANDBOX_PLATFORMS)[number];

const faultSchema = z.object({
  status: z.number().int().min(400).max(599),
  count: z.number().int().min(0).max(10_000),
  /** Sent as Retry-After when status is 429 (seconds). */
  retryAfterSeconds: z.number().int().min(0).max(3600).optional(),
});

export type Fault = z.infer<typeof faultSchema>;

/** Body of POST /_sandbox/faults; `null` or count 0 clears a platform's fault. */
export const faultsBodySchema = z
  .object({ google: faultSchema.nullable().optional() })
  .strict();

export class FaultSwitch {
  private readonly faults = new Map<SandboxPlatform, Fault>();

  apply(body: z.infer<typeof faultsBodySchema>): void {
    for (const platform of SANDBOX_PLATFORMS) {
      const fault = body[platform];
      if (fault === undefined) continue;
      if (fault === null || fault.count === 0) this.faults.delete(platform);
      else this.faults.set(platform, { ...fault });
    }
  }

  /** Consumes one injected failure for the platform, if any is pending. */
  take(platform: SandboxPlatform): Fault | null {
    const fault = this.faults.get(platform);
    if (!fault) return null;
    fault.count -= 1;
    if (fault.count <= 0) this.faults.delete(platform);
    return { ...fault };
  }

  snapshot(): Partial<Record<SandboxPlatform, Fault>> {
    return Object.fromEntries([...this.faults].map(([k, v]) => [k, { ...v }]));
  }

  clear(): void {
    this.faults.clear();
  }
}
