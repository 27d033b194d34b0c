import { z } from "zod";

// What the fake model should get wrong next, and how gullible it is. Faults apply to the next requests in
// order ("429 once, then answer"); the behaviour holds until changed.

const count = z.number().int().min(1).max(10_000).default(1);

export const openAiFaultSchema = z.discriminatedUnion("kind", [
  /** 429 in OpenAI's envelope, with Retry-After. */
  z.object({ kind: z.literal("rate-limit"), retryAfterSeconds: z.number().min(0).max(3600).default(1), count }),
  /** 5xx in OpenAI's envelope. */
  z.object({ kind: z.literal("server-error"), status: z.number().int().min(500).max(599).default(500), count }),
  /** Answers normally after a delay (long enough to trip the client's timeout). */
  z.object({ kind: z.literal("slow"), delayMs: z.number().int().min(1).max(120_000), count }),
  /** 200 whose message content is cut off mid-JSON. */
  z.object({ kind: z.literal("invalid-json"), count }),
  /** 200 whose content is JSON that does not match the requested schema. */
  z.object({ kind: z.literal("schema-violation"), count }),
]);
export type OpenAiFault = z.infer<typeof openAiFaultSchema>;

/**
 * "careful": replies to the review and ignores what it asks for. "obey-injections": a model that was
 * fooled: when the review tells it to offer compensation or ignore its instructions, it does.
 */
export const FAKE_MODEL_BEHAVIOURS = ["careful", "obey-injections"] as const;
export type FakeModelBehaviour = (typeof FAKE_MODEL_BEHAVIOURS)[number];

/** Body of POST /_sandbox/openai/faults. `faults` replaces the pending list; [] clears it. */
export const openAiSettingsSchema = z
  .object({
    faults: z.array(openAiFaultSchema).max(100).optional(),
    behaviour: z.enum(FAKE_MODEL_BEHAVIOURS).optional(),
  })
  .strict();
export type OpenAiSettings = z.input<typeof openAiSettingsSchema>;

export class OpenAiFaultQueue {
  private pending: OpenAiFault[] = [];
  behaviour: FakeModelBehaviour = "careful";

  apply(settings: z.output<typeof openAiSettingsSchema>): void {
    if (settings.faults) this.pending = settings.faults.map((f) => ({ ...f }));
    if (settings.behaviour) this.behaviour = settings.behaviour;
  }

  /** The fault for the request arriving now, if any. */
  take(): OpenAiFault | null {
    const head = this.pending[0];
    if (!head) return null;
    head.count -= 1;
    if (head.count <= 0) this.pending.shift();
    return { ...head };
  }

  snapshot(): { faults: OpenAiFault[]; behaviour: FakeModelBehaviour } {
    return { faults: this.pending.map((f) => ({ ...f })), behaviour: this.behaviour };
  }

  clear(): void {
    this.pending = [];
    this.behaviour = "careful";
  }
}
