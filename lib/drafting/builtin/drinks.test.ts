import { describe, expect, it } from "vitest";
import { aboutDrinks } from "./drinks";
import { draftBuiltin } from ".";

// Praise for the cocktails is not praise for "your meals": the food aspect's wording follows what the
// guest's sentence was about.

describe("whether a food sentence is about drinks", () => {
  it.each([
    "The cocktails at the bar were amazing.",
    "Great wine list and a lovely terrace for a drink in the evening.",
    "Die Cocktails an der Bar waren super.",
    "Les cocktails du bar étaient délicieux.",
    "Los cócteles del bar estaban buenísimos.",
    "I cocktail del bar erano ottimi.",
    "Os drinks e as caipirinhas do bar eram ótimos.",
    "De cocktails in de bar waren heerlijk.",
  ])("drinks: %s", (sentence) => expect(aboutDrinks(sentence)).toBe(true));

  it.each([
    "Dinner in the restaurant was delicious.",
    "Great food and a good wine list.",
    "The minibar was empty.",
    "Das Essen im Restaurant war lecker.",
    "O café da manhã estava ótimo.",
    "The cafe serves amazing cuisine.",
  ])("meals or not drinks: %s", (sentence) => expect(aboutDrinks(sentence)).toBe(false));
});

const property = { name: "Hotel Aurora", city: "Lisbon", signatoryName: "Ana Costa", signatoryTitle: "General Manager" };

function foodPart(text: string, rating: number, language: string, seed: string, polarity: "positive" | "negative") {
  const d = draftBuiltin({ review: { rating, title: null, text, language, authorName: null, platform: "GOOGLE" }, property, seed });
  return { part: d.parts.find((p) => p.answers === `aspect:food:${polarity}`), draft: d };
}

describe("drafts answering praise or criticism of drinks", () => {
  const MEAL_WORDS: Record<string, RegExp> = {
    en: /\b(?:food|meals?|dining|cuisine|kitchen|chefs?)\b/i,
    de: /Essen|Küche|Mahlzeit/,
    fr: /cuisine|repas|plats|chef/,
    es: /comida|cocina|chef/,
    it: /cucina|pasti|piatti|chef/,
    pt: /comida|cozinha|refeições|chef/,
    nl: /eten|keuken|maaltijd|chef/,
  };
  const PRAISE: [string, string][] = [
    ["en", "Fantastic cocktails at the bar, the bartender was brilliant."],
    ["de", "Die Cocktails an der Bar waren super."],
    ["fr", "Les cocktails du bar étaient excellents."],
    ["es", "Los cócteles del bar estaban buenísimos."],
    ["it", "I cocktail del bar erano ottimi."],
    ["pt", "As bebidas do bar eram ótimas."],
    ["nl", "De cocktails in de bar waren heerlijk."],
  ];

  it.each(PRAISE)("%s: thanks for the drinks without speaking of meals", (language, text) => {
    let answered = 0;
    for (let s = 0; s < 20; s++) {
      const { part, draft } = foodPart(text, 5, language, `drinks-${s}`, "positive");
      if (!part) continue;
      answered++;
      expect(part.text, draft.text).not.toMatch(MEAL_WORDS[language]!);
    }
    expect(answered).toBeGreaterThan(10);
  });

  it("still thanks for the food when the guest praised a meal", () => {
    const texts = Array.from({ length: 20 }, (_, s) => foodPart("The dinner in the restaurant was delicious.", 5, "en", `meal-${s}`, "positive").part?.text ?? "");
    expect(texts.filter((t) => /drink/i.test(t))).toEqual([]);
    expect(texts.filter((t) => /food|meal|dining|cuisine|kitchen|chef/i.test(t)).length).toBeGreaterThan(10);
  });

  it("apologises for drinks and hands them to the service team, not the chef", () => {
    for (let s = 0; s < 20; s++) {
      const d = draftBuiltin({ review: { rating: 2, title: null, text: "The cocktails at the bar were watery and overpriced.", language: "en", authorName: null, platform: "GOOGLE" }, property, seed: `bad-drinks-${s}` });
      const complaint = d.parts.find((p) => p.answers === "aspect:food:negative");
      expect(complaint?.text, d.text).toMatch(/drinks/);
      expect(d.text).not.toMatch(/\b(?:chef|kitchen|meals?)\b/i);
    }
  });
});
