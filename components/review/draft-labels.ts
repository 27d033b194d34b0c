import type { Aspect } from "@/lib/reviews/analyse";
import type { DraftTone } from "@/lib/drafting/types";
import type { VoiceCheckName } from "@/lib/voice/voice-score";
import { ASPECT_LABELS, URGENCY_REASON_LABELS } from "./analysis-labels";

// The "why" panel's words for what a part of a draft answers, and the tone and voice check names.

export const TONE_LABELS: Record<DraftTone, string> = { warmer: "Warmer", "more-formal": "More formal", shorter: "Shorter" };

export const VOICE_CHECK_LABELS: Record<VoiceCheckName, string> = {
  greeting: "Greeting",
  signOff: "Sign-off",
  phrasesUsed: "Phrases to use",
  phrasesAvoided: "Phrases to avoid",
  formality: "Formality",
  length: "Length",
};

const FIXED: Record<string, string> = {
  greeting: "Greeting",
  opening: "Opening thanks",
  rating: "The star rating",
  question: "The guest's question",
  contact: "Invitation to get in touch",
  closing: "Closing",
  "sign-off": "Sign-off",
  learned: "A phrase your team uses",
  "general:positive": "The review as a whole (praise)",
  "general:negative": "The review as a whole (criticism)",
};

const aspectLabel = (key: string) => ASPECT_LABELS[key as Aspect] ?? key.replace(/-/g, " ");
const urgencyLabel = (key: string) => URGENCY_REASON_LABELS[key as keyof typeof URGENCY_REASON_LABELS] ?? key.replace(/-/g, " ");

/**
 * "aspect:breakfast:positive" -> "Breakfast (praise)", "aspect:room:negative,aspect:bed:negative" ->
 * "Room, Bed (complaint)", "next-step:noise" -> "What happens next: Noise", "urgency:safety,theft" ->
 * "Serious report: Safety, Theft". Anything else (an LLM's own
 * wording) is shown as it is.
 */
export function describeAnswer(answers: string): string {
  const fixed = FIXED[answers];
  if (fixed) return fixed;
  if (answers.startsWith("urgency:")) return `Serious report: ${answers.slice("urgency:".length).split(",").map(urgencyLabel).join(", ")}`;
  if (answers.startsWith("next-step:")) return `What happens next: ${answers.slice("next-step:".length).split(",").map(aspectLabel).join(", ")}`;
  const aspects = answers.split(",").map((a) => /^aspect:([\w-]+):(positive|negative)$/.exec(a.trim()));
  if (aspects.length > 0 && aspects.every(Boolean)) {
    const polarities = new Set(aspects.map((m) => m![2]));
    const kind = polarities.size > 1 ? "mixed" : polarities.has("positive") ? "praise" : "complaint";
    return `${aspects.map((m) => aspectLabel(m![1]!)).join(", ")} (${kind})`;
  }
  return answers;
}

/** Who wrote the draft in the editor, in a line. */
export function draftOrigin(draft: { origin: string; provider: string; promptVersion: string; tone?: string | null; editorName?: string | null }): string {
  if (draft.origin === "HUMAN") return `Edited by ${draft.editorName ?? "a former member"}`;
  const tone = draft.tone && draft.tone in TONE_LABELS ? ` · ${TONE_LABELS[draft.tone as DraftTone].toLowerCase()}` : "";
  return `Drafted by Lobby (${draft.provider}, ${draft.promptVersion})${tone}`;
}
