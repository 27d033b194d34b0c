import { describe, expect, it } from "vitest";
import { voiceRulesSchema } from "../../voice/guidelines";
import type { DraftInput } from "../types";
import { draftBuiltin } from "./index";
import { learnedSentences } from "./learned-phrases";

// The builtin drafter's half of the learning loop: sentences staff keep writing into approved replies
// (DraftInput.examples) come back in new drafts; one-off sentences, other languages and phrases the
// brand avoids do not.

const HOUSE = "Every guest leaves Casa Azul as a friend of the house.";
const approved = (body: string, name: string) => `Dear ${name},\n\n${body}\n\nWarm regards,\nRita\nGeneral Manager`;
const EXAMPLES = [
  approved(`Thank you for the kind words about breakfast. ${HOUSE}`, "Tom"),
  approved(`We are glad the room was quiet and the bed comfortable. ${HOUSE}`, "Ines"),
  approved("Thank you for choosing us for your trip to Porto, we loved hosting you.", "Joe"),
];

const input = (overrides: Partial<DraftInput> = {}): DraftInput => ({
  review: { rating: 5, title: null, text: "Lovely stay, the breakfast was great and the staff were so helpful.", language: "en", authorName: "Maria", platform: "GOOGLE" },
  property: { name: "Casa Azul", city: "Porto", signatoryName: "Rita", signatoryTitle: "General Manager" },
  seed: "review-1",
  ...overrides,
});

describe("learned phrases in builtin drafts", () => {
  it("finds sentences that recur across examples in the draft's language only", () => {
    expect(learnedSentences(EXAMPLES, "en")).toEqual([{ text: HOUSE, replies: 2 }]);
    expect(learnedSentences(EXAMPLES, "de")).toEqual([]);
  });

  it("puts the house phrase into drafts for any seed, before the closing, and explains it", () => {
    for (const seed of ["a", "b", "c", "d", "e"]) {
      const draft = draftBuiltin(input({ examples: EXAMPLES, seed }));
      expect(draft.text, draft.text).toContain(HOUSE);
      const part = draft.parts.find((p) => p.text === HOUSE);
      expect(part).toMatchObject({ answers: "learned", guideline: "phrase your team uses (in 2 approved replies)" });
      const closing = draft.parts.findIndex((p) => p.answers === "closing");
      expect(draft.parts.indexOf(part!)).toBeLessThan(closing);
    }
  });

  it("leaves drafts alone without examples, with one-off sentences only, or when the brand avoids the phrase", () => {
    expect(draftBuiltin(input()).text).not.toContain(HOUSE);
    expect(draftBuiltin(input({ examples: EXAMPLES.slice(1) })).text).not.toContain(HOUSE);
    const avoiding = voiceRulesSchema.parse({ phrasesToAvoid: ["friend of the house"] });
    expect(draftBuiltin(input({ examples: EXAMPLES, voice: avoiding })).text).not.toContain(HOUSE);
  });

  it("does not put an English house phrase into a German draft", () => {
    const german = input({ examples: EXAMPLES, review: { ...input().review, text: "Sehr schönes Hotel, das Frühstück war großartig und das Personal sehr freundlich.", language: "de" } });
    expect(draftBuiltin(german).text).not.toContain(HOUSE);
  });
});
