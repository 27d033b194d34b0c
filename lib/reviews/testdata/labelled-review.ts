import type { Aspect, StayContext, UrgencyKind, UrgencyLevel } from "../analyse";

/**
 * One hand-labelled review for the analyser's unit tests. The texts are written for Lobby in the style of
 * real hotel reviews (never copied from a review: the development data has no licence to be copied).
 */
export type LabelledReview = {
  id: string;
  rating: number | null;
  title?: string;
  text: string;
  expect: {
    language: string;
    urgency: UrgencyLevel;
    /** Exactly these finding kinds ("unhappy-guest" is implied by PROMPT without findings). */
    reasons?: UrgencyKind[];
    /** These aspect polarities at least. */
    aspects?: [Aspect, "positive" | "negative"][];
    /** Exactly this many real questions, with these topics where given. */
    questions?: number;
    topics?: (Aspect | undefined)[];
    /** Exactly these stay contexts (none when absent). */
    stay?: StayContext[];
    /** Exactly these staff names (none when absent). */
    staff?: string[];
  };
};
