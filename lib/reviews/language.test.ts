import { describe, expect, it } from "vitest";
import { detectLanguage } from "./language";

// Ordinary hotel-review sentences, several short (6-10 words) and some typed without accents.
const SENTENCES: Record<string, string[]> = {
  en: [
    "The room was clean and the staff very friendly.",
    "Great location, friendly staff, clean rooms.",
    "Would definitely stay here again next time.",
    "Breakfast was a bit disappointing but the bed was comfortable.",
    "We could hear the traffic all night long.",
    "Lovely hotel with a wonderful view of the sea, we will be back for sure.",
  ],
  de: [
    "Das Zimmer war sauber und das Personal sehr freundlich.",
    "Tolles Frühstück, wir kommen gerne wieder.",
    "Zimmer war leider etwas laut in der Nacht.",
    "Fruhstuck war gut, aber das Bad war sehr klein.",
    "Die Lage ist super, nur wenige Minuten zum Bahnhof.",
    "Wir hatten einen schönen Aufenthalt und können das Hotel nur empfehlen.",
  ],
  fr: [
    "La chambre était propre et le personnel très accueillant.",
    "Petit déjeuner copieux, nous reviendrons avec plaisir.",
    "Tres bon sejour, chambre calme et lit confortable.",
    "Le personnel est adorable mais la salle de bain est petite.",
    "Hotel bien situe, a deux pas du centre ville.",
    "Nous avons passé un excellent séjour, merci à toute l'équipe.",
  ],
  es: [
    "La habitacion estaba limpia y el personal muy amable.",
    "Desayuno excelente, volveremos sin duda.",
    "El baño era pequeño pero todo muy limpio.",
    "Muy buena ubicacion, cerca del centro y de la playa.",
    "El ruido de la calle no nos dejo dormir.",
    "Nos encantó el hotel y el trato del personal fue perfecto.",
  ],
  it: [
    "La camera era pulita e il personale molto gentile.",
    "Colazione ottima, torneremo sicuramente.",
    "Posizione perfetta vicino al centro, consiglio questo albergo.",
    "Il bagno era piccolo ma la stanza molto comoda.",
    "Personale gentilissimo e disponibile, soggiorno davvero piacevole.",
    "Purtroppo la camera era rumorosa e il letto scomodo.",
  ],
  pt: [
    "O quarto estava limpo e os funcionários muito simpáticos.",
    "Pequeno almoço excelente, voltaremos com certeza.",
    "O cafe da manha era otimo e a localizacao perfeita.",
    "A equipe foi muito atenciosa durante toda a estadia.",
    "O hotel fica perto da praia e do centro da cidade.",
    "Infelizmente o quarto era pequeno e barulhento.",
  ],
  nl: [
    "De kamer was schoon en het personeel erg vriendelijk.",
    "Lekker ontbijt, we komen zeker terug.",
    "Prima hotel, mooie ligging dicht bij het centrum.",
    "Het bed was goed maar de badkamer was klein.",
    "Helaas was het erg gehorig en hebben we slecht geslapen.",
    "Vriendelijk personeel en een heerlijk ontbijt, echt een aanrader.",
  ],
};

describe("detectLanguage", () => {
  for (const [language, sentences] of Object.entries(SENTENCES)) {
    it(`recognises ${language}`, () => {
      for (const sentence of sentences) {
        const detected = detectLanguage(sentence);
        expect(detected?.language, sentence).toBe(language);
        expect(detected?.confidence).toBeGreaterThan(0);
      }
    });
  }

  it("returns null for empty, very short or unreadable text", () => {
    expect(detectLanguage("")).toBeNull();
    expect(detectLanguage("   ")).toBeNull();
    expect(detectLanguage("Great!")).toBeNull();
    expect(detectLanguage("ok ok")).toBeNull();
    expect(detectLanguage("12345 67890 !!!")).toBeNull();
  });

  it("is sure of itself on a clear sentence", () => {
    expect(detectLanguage("The staff were friendly and the room was very clean.")?.confidence).toBeGreaterThan(0.5);
  });

});
