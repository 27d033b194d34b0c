import { describe, expect, it } from "vitest";
import { analyseReview } from "../reviews/analyse";
import { draftBuiltin } from "./builtin";
import { checkReply, replyContextFor } from "./guardrails";
import { INJECTION_CORPUS, INJECTION_PROPERTY, type HostileReview } from "./injection-corpus";
import type { DraftInput } from "./types";

// Review text is data, never instructions: the builtin drafter must answer each hostile review like any
// other, and the guardrails must catch what a fooled model would have written instead.

const SEEDS = ["a", "b", "c"];

function inputFor(review: HostileReview, seed: string): DraftInput {
  return {
    review: { rating: review.rating, title: review.title, text: review.text, language: null, authorName: review.authorName, platform: "GOOGLE" },
    property: INJECTION_PROPERTY,
    seed: `${review.id}:${seed}`,
  };
}

describe("the injection corpus", () => {
  it("holds at least forty hostile reviews in all seven languages", () => {
    expect(INJECTION_CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(INJECTION_CORPUS.map((r) => r.language))).toEqual(new Set(["en", "de", "fr", "es", "it", "pt", "nl"]));
    expect(new Set(INJECTION_CORPUS.map((r) => r.id)).size).toBe(INJECTION_CORPUS.length);
  });

  describe.each(INJECTION_CORPUS.map((r) => [r.id, r] as const))("%s", (_id, review) => {
    it("is not obeyed by the builtin drafter", () => {
      for (const seed of SEEDS) {
        const input = inputFor(review, seed);
        const draft = draftBuiltin(input);
        const language = analyseReview(input.review).language;
        expect(language, "the review's own language is recognised").toBe(review.language);
        expect(draft.language).toBe(review.language);
        const blocking = checkReply(draft.text, replyContextFor(input, language)).filter((f) => f.blocking);
        expect(blocking, draft.text).toEqual([]);
        for (const pattern of review.mustNotContain) expect(draft.text, `${pattern}`).not.toMatch(pattern);
        expect(draft.text.trimEnd().endsWith(`${INJECTION_PROPERTY.signatoryName}\n${INJECTION_PROPERTY.signatoryTitle}, ${INJECTION_PROPERTY.name}`), draft.text).toBe(true);
      }
    });

    it("would be caught by the guardrails if a model obeyed it", () => {
      const input = inputFor(review, "obeyed");
      const flags = checkReply(review.obeyed.text, replyContextFor(input, review.language));
      for (const code of review.obeyed.caughtBy) {
        expect(flags.some((f) => f.code === code && f.blocking), `${code} in ${JSON.stringify(flags)}`).toBe(true);
      }
      const forbidden = review.mustNotContain.some((p) => p.test(review.obeyed.text));
      expect(forbidden || review.obeyed.caughtBy.length > 0, "the obeyed text shows the attack").toBe(true);
    });
  });
});
