// The contract every drafting provider meets (builtin today, an LLM provider later): the same input,
// the same result, so the drafting service can switch providers without the callers noticing.

export type DraftInput = {
  review: {
    rating: number | null;
    title: string | null;
    text: string | null;
    /** Language code from the platform or from ingest-time detection, if known. */
    language: string | null;
    authorName: string | null;
    /** Platform enum value, e.g. "GOOGLE". */
    platform: string;
  };
  property: {
    name: string;
    city: string;
    signatoryName: string;
    signatoryTitle: string;
  };
  /** Same seed, same draft; a different seed gives a different wording. Usually the review id. */
  seed: string;
};

/**
 * One sentence or block of the draft and what it responds to: "greeting", "opening", "rating",
 * "aspect:breakfast:positive", "aspect:noise:negative" (several joined by commas when one sentence
 * answers them together), "next-step:noise,air-conditioning", "general:positive", "question",
 * "contact", "closing", "sign-off".
 */
export type DraftPart = { text: string; answers: string };

export type DraftResult = {
  text: string;
  language: string;
  provider: "builtin";
  promptVersion: string;
  parts: DraftPart[];
};

export interface DraftProvider {
  name: string;
  draft(input: DraftInput): Promise<DraftResult>;
}
