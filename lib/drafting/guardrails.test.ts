import { describe, expect, it } from "vitest";
import { checkReply, GUARDRAIL_CODES, hasBlockingFlag } from "./guardrails";
import { blocking, codes, context } from "./guardrails/testing";

// Replies a good hotel manager would publish, with the hotel's own name (digits included), its
// 24-hour reception and breakfast hours from the profile: none may be blocked.
const GOOD: Record<string, string> = {
  en: `Dear Anna,

Thank you for choosing Hotel 1898 for your weekend in Lisbon. I am delighted that our 24-hour reception made your late arrival easy, and that you enjoyed the rooftop pool at sunset. Breakfast is served until 10:30, so there is no need to rush next time.

I am sorry the street noise woke you on Saturday; I have asked our maintenance team to check the window seals on that side of the building.

We hope to welcome you back soon.

Kind regards,
Rita Sousa
General Manager, Hotel 1898`,
  de: `Guten Tag Anna,

vielen Dank, dass Sie das Hotel 1898 für Ihr Wochenende in Lissabon gewählt haben. Es freut mich sehr, dass Ihnen unsere Rezeption rund um die Uhr die späte Anreise erleichtert hat und dass Sie den Pool auf dem Dach genossen haben. Das Frühstück servieren wir bis 10:30 Uhr, beim nächsten Mal also ganz ohne Eile.

Es tut mir leid, dass Sie der Straßenlärm geweckt hat; ich habe unser Technikteam gebeten, die Fenster auf dieser Seite zu prüfen.

Herzliche Grüße
Rita Sousa
General Manager, Hotel 1898`,
  fr: `Bonjour Anna,

Merci d'avoir choisi l'Hôtel 1898 pour votre week-end à Lisbonne. Je suis ravie que notre réception ouverte 24 h/24 ait facilité votre arrivée tardive et que vous ayez profité de la piscine sur le toit au coucher du soleil. Le petit-déjeuner est servi jusqu'à 10h30 : inutile de vous presser la prochaine fois.

Je suis désolée que le bruit de la rue vous ait réveillée samedi ; j'ai demandé à notre équipe technique de vérifier les fenêtres de ce côté.

Au plaisir de vous accueillir à nouveau,
Rita Sousa
General Manager, Hotel 1898`,
  es: `Hola Anna:

Gracias por elegir el Hotel 1898 para su fin de semana en Lisboa. Me alegra mucho que nuestra recepción 24 horas facilitara su llegada tardía y que disfrutara de la piscina en la azotea al atardecer. El desayuno se sirve hasta las 10:30, así que la próxima vez no tendrá que darse prisa.

Siento que el ruido de la calle la despertara el sábado; he pedido a nuestro equipo de mantenimiento que revise las ventanas de ese lado.

Un cordial saludo,
Rita Sousa
General Manager, Hotel 1898`,
  it: `Gentile Anna,

grazie per aver scelto l'Hotel 1898 per il suo fine settimana a Lisbona. Sono felice che la nostra reception aperta 24 ore su 24 abbia reso semplice il suo arrivo in tarda serata e che abbia apprezzato la piscina sul tetto al tramonto. La colazione viene servita fino alle 10:30, quindi la prossima volta potrà prendersela comoda.

Mi dispiace che il rumore della strada l'abbia svegliata sabato; ho chiesto al nostro team di manutenzione di controllare le finestre su quel lato.

Cordiali saluti,
Rita Sousa
General Manager, Hotel 1898`,
  pt: `Olá Anna,

Obrigada por ter escolhido o Hotel 1898 para o seu fim de semana em Lisboa. Fico muito contente por a nossa receção 24 horas ter facilitado a sua chegada tardia e por ter aproveitado a piscina no terraço ao pôr do sol. O pequeno-almoço é servido até às 10:30, por isso da próxima vez não precisa de se apressar.

Lamento que o barulho da rua a tenha acordado no sábado; pedi à nossa equipa de manutenção que verifique as janelas desse lado.

Com os melhores cumprimentos,
Rita Sousa
General Manager, Hotel 1898`,
  nl: `Beste Anna,

Hartelijk dank dat u voor Hotel 1898 hebt gekozen voor uw weekend in Lissabon. Fijn dat onze 24-uursreceptie uw late aankomst zo eenvoudig maakte en dat u bij zonsondergang van het zwembad op het dak hebt genoten. Het ontbijt wordt geserveerd tot 10.30 uur, dus de volgende keer hoeft u zich niet te haasten.

Het spijt me dat het straatlawaai u zaterdag wakker maakte; ik heb ons onderhoudsteam gevraagd de ramen aan die kant te controleren.

Met vriendelijke groet,
Rita Sousa
General Manager, Hotel 1898`,
};

describe("checkReply", () => {
  it.each(Object.entries(GOOD))("publishes a good reply in %s without any flag", (language, text) => {
    expect(checkReply(text, context({ reviewLanguage: language, rating: 4 }))).toEqual([]);
  });

  it("blocks an empty reply", () => {
    expect(checkReply("  \n ", context())).toEqual([{ code: "empty", message: "The reply is empty.", blocking: true }]);
  });

  it("blocks a reply over the platform's limit", () => {
    const long = "Thank you for staying with us and for your kind words. ".repeat(40);
    expect(blocking(long, context({ platform: "EXPEDIA" }))).toEqual(["too-long"]);
    expect(blocking(long, context({ platform: "GOOGLE" }))).toEqual([]);
    expect(blocking(long, context({ platform: "SOMETHING_NEW" }))).toEqual([]);
  });

  it("blocks a reply in another language than the review's", () => {
    expect(blocking(GOOD.en!, context({ reviewLanguage: "de" }))).toEqual(["wrong-language"]);
    expect(checkReply(GOOD.en!, context({ reviewLanguage: "de" }))[0]?.message).toMatch(/German.*English/);
    expect(blocking(GOOD.en!, context({ reviewLanguage: "ru" }))).toEqual([]);
    expect(blocking(GOOD.en!, context({ reviewLanguage: null }))).toEqual([]);
  });

  it("accepts a bilingual reply when the brand asks for one, and only then", () => {
    const bilingual = `${GOOD.de!.split("\n\nHerzliche")[0]}\n\n${GOOD.en!.split("\n\n").slice(1, 3).join("\n\n")}\n\nHerzliche Grüße\nRita Sousa`;
    expect(blocking(bilingual, context({ reviewLanguage: "de", voice: { bilingualWith: "en" } }))).toEqual([]);
    expect(blocking(bilingual, context({ reviewLanguage: "de" }))).toEqual(["wrong-language"]);
    expect(blocking(GOOD.en!, context({ reviewLanguage: "de", voice: { bilingualWith: "en" } }))).toEqual(["wrong-language"]);
    expect(blocking(`${GOOD.fr!}\n\n${GOOD.en!}`, context({ reviewLanguage: "fr", voice: { bilingualWith: "de" } }))).toEqual(["wrong-language"]);
  });

  it.each([
    "Dear [Name],\n\nThank you for your stay.",
    "Dear {guest}, thank you for your stay.",
    "Dear {{first_name}}, thank you.",
    "Thank you for staying at <hotel>.",
    "Thank you for your stay. XXX",
    "TODO: thank the guest for the breakfast comment.",
    "Lorem ipsum dolor sit amet.",
    "Thank you <script>alert(1)</script> for staying.",
    "Dear INSERT NAME, thank you.",
  ])("blocks a placeholder or markup: %s", (text) => {
    expect(codes(text, context({ reviewLanguage: null }))).toContain("placeholder");
  });

  it("does not take Spanish and Portuguese 'todo' for a to-do marker", () => {
    expect(codes("Gracias por todo, fue un placer recibirle.", context({ reviewLanguage: "es" }))).toEqual([]);
    expect(codes("Obrigado por tudo e por todo o carinho.", context({ reviewLanguage: "pt" }))).toEqual([]);
  });

  describe("amenities", () => {
    it("blocks amenities the profile does not list, in any language", () => {
      for (const text of ["Do try our spa next time.", "Besuchen Sie beim nächsten Mal unsere Sauna.", "Profitez de notre navette aéroport.", "Prueba nuestro gimnasio.", "Il nostro centro benessere la aspetta.", "Experimente o nosso ginásio e a sauna.", "Probeer onze sauna."]) {
        expect(blocking(text, context({ reviewLanguage: null })), text).toContain("amenity-not-in-profile");
      }
    });
    it("allows listed amenities under other words", () => {
      expect(codes("Our pool on the roof and the car park are at your disposal.")).toEqual([]);
      expect(codes("Unsere Dachterrasse mit Pool und die Parkplätze stehen Ihnen zur Verfügung.", context({ reviewLanguage: "de", profile: { amenities: ["Rooftop terrace", "pool", "parking"], facts: [] } }))).toEqual([]);
    });
    it("only asks staff to check when the profile lists no amenities, the guest raised it, or the reply denies it", () => {
      const none = context({ profile: { amenities: [], facts: [] } });
      expect(checkReply("Do try our spa next time.", none)).toMatchObject([{ code: "amenity-unverified", blocking: false }]);
      const raised = context({ reviewText: "The sauna was cold." });
      expect(checkReply("I am sorry the sauna was cold.", raised)).toMatchObject([{ code: "amenity-unverified", blocking: false }]);
      expect(checkReply("We do not have a spa, I am afraid.", context())).toMatchObject([{ code: "amenity-unverified", blocking: false }]);
    });
  });

  it("notes phrases the brand avoids without blocking", () => {
    const flags = checkReply("Unfortunately the pool was closed. We hope to see you again.", context({ voice: { phrasesToAvoid: ["unfortunately"] } }));
    expect(flags).toMatchObject([{ code: "phrase-to-avoid", blocking: false, excerpt: "unfortunately" }]);
  });

  it("keeps the note about apologising to a five-star review", () => {
    expect(checkReply("We are sorry to hear it, thank you for the five stars.", context({ rating: 5 }))).toMatchObject([{ code: "apology-on-praise", blocking: false }]);
    expect(checkReply("We are sorry to hear it.", context({ rating: 2 }))).toEqual([]);
    expect(checkReply("Es tut uns leid, danke für die Bewertung und Ihren Besuch bei uns.", context({ rating: 5, reviewLanguage: "de" }))).toMatchObject([{ code: "apology-on-praise" }]);
  });

  it("puts blocking flags first, uses only known codes, and says what is wrong in words", () => {
    const flags = checkReply(
      "Unfortunately, as stated in our policy, you should have called +1 555 010 9999. [Name] We refund you. Room 12. Visit evil.example.com for €20 off.",
      context({ voice: { phrasesToAvoid: ["unfortunately"] } }),
    );
    expect(hasBlockingFlag(flags)).toBe(true);
    const firstNote = flags.findIndex((f) => !f.blocking);
    expect(flags.slice(firstNote).every((f) => !f.blocking)).toBe(true);
    for (const f of flags) {
      expect(GUARDRAIL_CODES).toContain(f.code);
      expect(f.message.length).toBeGreaterThan(15);
    }
    expect(new Set(flags.map((f) => f.code))).toEqual(
      new Set(["blaming", "contact-not-in-profile", "placeholder", "compensation", "personal-data", "link-not-in-profile", "price-not-in-profile", "phrase-to-avoid"]),
    );
  });

  it("checks a typical reply in about a millisecond of CPU", () => {
    // CPU time rather than wall time: the suite shares the machine with other work.
    const ctx = context({ reviewText: "Great stay. ".repeat(50) });
    for (let i = 0; i < 20; i++) checkReply(GOOD.en!, ctx);
    const started = process.cpuUsage();
    for (let i = 0; i < 200; i++) checkReply(GOOD.en!, ctx);
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000 / 200).toBeLessThan(3);
  });
});
