import { describe, expect, it } from "vitest";
import { ASPECTS } from "../../reviews/aspect-lexicon";
import { voiceRulesSchema } from "../../voice/guidelines";
import { PHRASE_BANKS } from "./phrases";
import { ptPT } from "./phrases/pt-pt";
import { TO_INFORMAL } from "./register";
import { normalise } from "./render";
import { allExpansions } from "./template";
import { draftBuiltin } from ".";

// A reply to a review with several complaints apologises several times; "I am sorry... I am sorry..."
// reads like a form letter. Every aspect has wordings that open in at least three ways, and a draft never
// opens two complaint sentences in a row with the same two words, in either register.

const opening = (text: string) => normalise(text).split(" ").slice(0, 2).join(" ");

const banks = [...Object.entries(PHRASE_BANKS), ["pt-PT", ptPT] as const];

describe.each(banks)("%s complaint wordings", (name, bank) => {
  const language = (name === "pt-PT" ? "pt" : name) as keyof typeof TO_INFORMAL;
  it("open in at least three ways for every aspect, in both registers", () => {
    for (const aspect of ASPECTS) {
      for (const register of [(t: string) => t, TO_INFORMAL[language]]) {
        const openings = new Set(bank.aspects[aspect].complaint.map((t) => opening(register(allExpansions(t)[0]!))));
        expect(openings.size, `${aspect}: ${[...openings].join(" / ")}`).toBeGreaterThanOrEqual(3);
      }
    }
  });
});

const REVIEWS: Record<string, string[]> = {
  en: [
    "The room was dirty, the bathroom smelled, the bed was uncomfortable and the staff were rude.",
    "Noisy all night, the air conditioning was broken, the wifi did not work and breakfast was poor.",
    "Overpriced, the room was tiny, check-in took an hour and parking was a nightmare.",
  ],
  de: [
    "Das Zimmer war schmutzig, das Bad roch muffig, das Bett war unbequem und das Personal unfreundlich.",
    "Nachts sehr laut, die Klimaanlage war kaputt, das WLAN ging nicht und das Frühstück war schlecht.",
  ],
  fr: [
    "La chambre était sale, la salle de bain sentait mauvais, le lit était inconfortable et le personnel désagréable.",
    "Très bruyant la nuit, la climatisation en panne, le wifi ne marchait pas et le petit-déjeuner était médiocre.",
  ],
  es: [
    "La habitación estaba sucia, el baño olía mal, la cama era incómoda y el personal antipático.",
    "Mucho ruido por la noche, el aire acondicionado no funcionaba, el wifi tampoco y el desayuno era malo.",
  ],
  it: [
    "La camera era sporca, il bagno puzzava, il letto scomodo e il personale scortese.",
    "Molto rumore di notte, l'aria condizionata non funzionava, il wifi neanche e la colazione scarsa.",
  ],
  pt: [
    "O quarto estava sujo, o banheiro cheirava mal, a cama era desconfortável e os funcionários mal-educados.",
    "Muito barulho à noite, o ar-condicionado não funcionava, o wifi também não e o café da manhã era fraco.",
  ],
  nl: [
    "De kamer was vies, de badkamer stonk, het bed was oncomfortabel en het personeel onvriendelijk.",
    "Veel lawaai 's nachts, de airco was kapot, de wifi werkte niet en het ontbijt was slecht.",
  ],
};

describe("complaint sentences in a draft", () => {
  it.each(Object.keys(REVIEWS))("%s: no two in a row open with the same two words", (language) => {
    let pairs = 0;
    for (const [i, text] of REVIEWS[language]!.entries()) {
      for (let s = 0; s < 25; s++) {
        for (const formality of ["formal", "informal"] as const) {
          const d = draftBuiltin({
            review: { rating: 1, title: null, text, language, authorName: null, platform: "GOOGLE" },
            property: { name: "Hotel Aurora", city: "Lisbon", signatoryName: "Ana", signatoryTitle: "GM" },
            voice: voiceRulesSchema.parse({ formality }),
            seed: `openings-${i}-${s}`,
          });
          const complaints = d.parts.filter((p) => /^aspect:[^:]+:negative$/.test(p.answers)).map((p) => p.text);
          for (let k = 1; k < complaints.length; k++) {
            pairs++;
            expect(opening(complaints[k]!), d.text).not.toBe(opening(complaints[k - 1]!));
          }
        }
      }
    }
    expect(pairs).toBeGreaterThan(50);
  });
});
