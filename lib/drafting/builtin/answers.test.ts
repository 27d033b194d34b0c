import { describe, expect, it } from "vitest";
import { DEFAULT_VOICE } from "../../voice/guidelines";
import { propertyProfileSchema } from "../../voice/property-profile";
import { checkReply, replyContextFor } from "../guardrails";
import { paragraphLanguages } from "../guardrails/language";
import type { DraftInput } from "../types";
import { draftBuiltin } from ".";
import { complaintKind } from "./complaint-kind";

// What builtin drafts say, part by part: the review sentence each part answers, concrete next steps by
// kind of complaint, answers from the property's facts, and bilingual replies.

const profile = propertyProfileSchema.parse({
  amenities: ["parking garage", "rooftop terrace"],
  facts: ["Guests can park in our garage for EUR 20 per night.", "Das Frühstück wird bis 10:30 Uhr serviert.", "Breakfast is served until 10:30 every day."],
});
const property = { name: "Hotel Aurora", city: "Lisbon", signatoryName: "Ana Costa", signatoryTitle: "General Manager", profile };

function input(text: string, rating: number, seed = "s", extra: Partial<DraftInput> = {}): DraftInput {
  return { review: { rating, title: null, text, language: null, authorName: "Sam", platform: "GOOGLE" }, property, seed, ...extra };
}

describe("complaint kinds", () => {
  it.each([
    ["room", "The room was tiny and cramped.", "size"],
    ["room", "Das Zimmer war winzig.", "size"],
    ["room", "The room was dirty, hair everywhere.", "dirty"],
    ["bathroom", "La douche était cassée.", "broken"],
    ["bathroom", "La doccia non funzionava.", "broken"],
    ["air-conditioning", "The AC was noisy.", "broken"],
    ["noise", "Thin walls, we heard everything.", "noise"],
    ["staff", "The receptionist was rude.", "service"],
    ["check-in", "We waited an hour to check in.", "wait"],
    ["breakfast", "Breakfast was cold.", "food"],
    ["bed", "Het bed was veel te zacht.", "comfort"],
    ["view", "The view was of a wall.", null],
  ] as const)("%s: %s -> %s", (aspect, sentence, kind) => {
    expect(complaintKind(aspect, sentence)).toBe(kind);
  });

  it("gives each kind of complaint its own next step and team", () => {
    const steps = {
      size: ["The room was tiny and cramped.", /reservations team/],
      dirty: ["The room was dirty and the sheets were stained.", /housekeeping manager/],
      broken: ["The air conditioning was broken.", /maintenance team/],
      noise: ["It was so noisy we could not sleep.", /soundproofing|reduce the noise|quieter/],
      service: ["The staff at reception were rude to us.", /head of the department|team leaders/],
    } as const;
    const texts = new Set<string>();
    for (const [kind, [review, team]] of Object.entries(steps)) {
      const d = draftBuiltin(input(review, 2, kind));
      const step = d.parts.find((p) => p.answers.startsWith("next-step:"));
      expect(step?.text, d.text).toMatch(team);
      expect(step?.guideline).toBe(`next step for ${kind}`);
      expect(step?.sentence).toBe(review);
      texts.add(step?.text ?? "");
    }
    expect(texts.size).toBe(5);
  });
});

describe("parts and their why", () => {
  it("links every aspect part to the review sentence it answers", () => {
    const review = "Lovely view from the balcony. The breakfast was cold. Maria at reception was wonderful!";
    const d = draftBuiltin(input(review, 3));
    const aspectParts = d.parts.filter((p) => p.answers.startsWith("aspect:"));
    expect(aspectParts.length).toBeGreaterThanOrEqual(2);
    for (const p of aspectParts) {
      expect(p.sentence, p.answers).toBeTruthy();
      expect(review).toContain(p.sentence!);
      expect(p.guideline).toMatch(/^(tone|formality): /);
    }
    for (const p of d.parts) expect(d.text).toContain(p.text);
  });
});

describe("questions", () => {
  it("answers from a profile fact in the guest's language", () => {
    const d = draftBuiltin(input("Great stay, friendly staff. Is there parking at the hotel?", 5));
    const answer = d.parts.find((p) => p.answers === "question");
    expect(answer?.text).toContain("Guests can park in our garage for EUR 20 per night.");
    expect(answer?.guideline).toBe("property fact");
    expect(answer?.sentence).toMatch(/parking/);
    expect(checkReply(d.text, replyContextFor(input("Great stay, friendly staff. Is there parking at the hotel?", 5), "en")).filter((f) => f.blocking)).toEqual([]);
    const de = draftBuiltin(input("Tolles Hotel, nettes Personal. Bis wann gibt es Frühstück?", 5));
    expect(de.parts.find((p) => p.answers === "question")?.text).toContain("Das Frühstück wird bis 10:30 Uhr serviert.");
  });

  it("promises to follow up when no fact answers, naming the topic", () => {
    const d = draftBuiltin(input("Lovely hotel. Do you have a shuttle to the airport?", 5, "s", { property: { ...property, profile: propertyProfileSchema.parse({}) } }));
    const promise = d.parts.find((p) => p.answers === "question");
    expect(promise?.text).toMatch(/contact the hotel directly|get in touch/);
    expect(promise?.guideline).toBe("formality: formal");
  });

  it("never uses a fact written in another language", () => {
    const d = draftBuiltin(input("Hotel muy bonito. ¿Hasta qué hora sirven el desayuno?", 5));
    expect(d.text).not.toMatch(/Breakfast is served|Frühstück/);
  });
});

describe("bilingual brands", () => {
  it("answers in the guest's language, then in the brand's second language, signed once", () => {
    const i = input("Ein wunderbarer Aufenthalt, das Frühstück war hervorragend und das Personal sehr freundlich.", 5, "b", { voice: { ...DEFAULT_VOICE, bilingualWith: "en" } });
    const d = draftBuiltin(i);
    expect(d.language).toBe("de");
    const languages = paragraphLanguages(d.text);
    expect(languages).toContain("de");
    expect(languages).toContain("en");
    expect(d.text.match(/Ana Costa/g)).toHaveLength(1);
    expect(checkReply(d.text, replyContextFor(i, "de")).filter((f) => f.blocking)).toEqual([]);
  });
});
