import type { ExpediaState } from "./state";
import type { OwnerResponse } from "./types";

// Expedia moderates management responses (PENDING for up to 14 days in real life). The sandbox decides
// after a configurable delay, or only through the admin route when the delay is 0.

// Contact details and links break Expedia's content guidelines; the exact moderation rules are unconfirmed.
const CONTACT_DETAILS = [/https?:\/\/|www\./i, /[^\s@]+@[^\s@]+\.[^\s@]+/, /(?:\+|\b)\d(?:[\s().-]?\d){7,}/];

export function moderationDecision(text: string): "APPROVED" | "REJECTED" {
  return CONTACT_DETAILS.some((re) => re.test(text)) ? "REJECTED" : "APPROVED";
}

export class ModerationQueue {
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(
    private readonly state: ExpediaState,
    /** 0 = responses stay PENDING until POST /_sandbox/expedia/reviews/{id}/moderate. */
    public delayMs: number,
  ) {}

  schedule(reviewId: string, response: OwnerResponse): void {
    if (this.delayMs <= 0) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.state.moderate(reviewId, moderationDecision(response.body.value), response);
    }, this.delayMs);
    timer.unref();
    this.timers.add(timer);
  }

  get pending(): number {
    return this.timers.size;
  }

  clear(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
