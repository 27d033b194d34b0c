import { analyseReview } from "../../reviews/analyse";
import type { DraftInput, DraftProvider, DraftResult } from "../types";
import { composeReply, layout } from "./compose";
import { phraseBank } from "./phrases";
import { planReply } from "./plan";
import { hashSeed, mulberry32 } from "../../random";
import { Picker } from "./random";

/** Bump when phrase banks or planning change, so stored drafts say which version wrote them. */
export const BUILTIN_PROMPT_VERSION = "builtin-1";

/** Settings text goes into the signature only; keep it to one tidy line each. */
function clean(value: string | null | undefined): string {
  return (value ?? "").replace(/[\u0000-\u001f\u007f<>{}[\]]/g, " ").replace(/\s+/g, " ").trim();
}

/**
 * Lobby's offline drafter: analyses the review (language, aspects, staff names), plans what the reply
 * answers, and words it from per-language phrase banks with seeded variety. Deterministic per seed.
 */
export function draftBuiltin(input: DraftInput): DraftResult {
  const property = {
    name: clean(input.property.name),
    city: clean(input.property.city),
    signatoryName: clean(input.property.signatoryName),
    signatoryTitle: clean(input.property.signatoryTitle),
  };
  const analysis = analyseReview({
    rating: input.review.rating,
    title: input.review.title,
    text: input.review.text,
    language: input.review.language,
  });
  const { language, bank } = phraseBank(analysis.language, `${input.review.title ?? ""} ${input.review.text ?? ""}`);
  const plan = planReply({ ...input, property }, analysis);
  const picker = new Picker(mulberry32(hashSeed(`${BUILTIN_PROMPT_VERSION}:${input.seed}`)));
  const { text, parts } = layout(composeReply(plan, bank, property, picker));
  return { text, language, provider: "builtin", promptVersion: BUILTIN_PROMPT_VERSION, parts };
}

export const builtinDrafter: DraftProvider = {
  name: "builtin",
  draft: async (input) => draftBuiltin(input),
};
