// The contract every drafting provider meets (builtin and OpenAI-compatible): the same input, the same
// result, so the drafting service can switch providers, and fall back, without the callers noticing.

import type { VoiceRules } from "../voice/guidelines";
import type { PropertyProfile } from "../voice/property-profile";

/** A variant staff can ask for from the editor. */
export type DraftTone = "warmer" | "more-formal" | "shorter";

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
    /** What a reply may state about the property; absent: nothing beyond name and city. */
    profile?: PropertyProfile;
  };
  /** The brand's voice in force; absent: DEFAULT_VOICE. */
  voice?: VoiceRules;
  /** The property's best approved replies, newest first: examples for an LLM, a phrase bank for builtin. */
  examples?: string[];
  /** Recent replies of the property, to keep a new draft from reading like them. */
  recentReplies?: string[];
  tone?: DraftTone;
  /** Same seed, same draft; a different seed gives a different wording. Usually the review id. */
  seed: string;
};

/**
 * One sentence or block of the draft and what it responds to: "greeting", "opening", "rating",
 * "aspect:breakfast:positive", "aspect:noise:negative" (several joined by commas when one sentence
 * answers them together), "next-step:noise,air-conditioning", "urgency:safety,theft" (something a manager must see), "general:positive", "question",
 * "contact", "closing", "sign-off".
 */
export type DraftPart = {
  text: string;
  answers: string;
  /** The review sentence this part responds to, when it responds to one. */
  sentence?: string;
  /** The voice guideline that shaped it ("greeting (de)", "phrase to use: ...", "formality: formal"). */
  guideline?: string;
};

/** Tokens an LLM call used; absent for the builtin drafter. */
export type DraftUsage = { promptTokens: number; completionTokens: number };

export type DraftResult = {
  text: string;
  language: string;
  /** "builtin" or "openai". */
  provider: string;
  promptVersion: string;
  /** The model that wrote it (LLM providers). */
  model?: string;
  parts: DraftPart[];
  usage?: DraftUsage;
};

export interface DraftProvider {
  name: string;
  draft(input: DraftInput): Promise<DraftResult>;
}

/**
 * A guardrail finding on a draft or a staff edit, stored in Draft.flags and shown beside the text.
 * A blocking flag stops approval until the text is changed.
 */
export type GuardrailFlag = {
  /** Stable code, e.g. "compensation", "contact-not-in-profile", "personal-data", "placeholder". */
  code: string;
  /** What is wrong, in words staff understand. */
  message: string;
  /** The words in the reply that caused it. */
  excerpt?: string;
  blocking: boolean;
};
