import { describe, expect, it } from "vitest";
import { checkReply } from "../guardrails";
import { codes, context } from "./testing";

const PROMISES: Record<string, string[]> = {
  en: [
    "We would like to offer you a full refund.",
    "As a gesture of goodwill, your next night is on us.",
    "Please accept a voucher for your next stay.",
    "We will give you a 20% discount next time.",
    "Next time we will upgrade you to a suite.",
    "We would love to offer you a complimentary night.",
    "The drinks are on the house next time.",
    "We will reimburse the cost of the taxi.",
    "You will get a free night on your next visit.",
    "We can offer a free breakfast on your next stay.",
  ],
  de: [
    "Wir erstatten Ihnen den vollen Betrag.",
    "Gern schicken wir Ihnen einen Gutschein für Ihren nächsten Aufenthalt.",
    "Beim nächsten Mal erhalten Sie 15 % Rabatt.",
    "Als Wiedergutmachung bieten wir Ihnen ein kostenloses Upgrade an.",
    "Die nächste Übernachtung geht auf uns.",
    "Wir bieten Ihnen eine kostenlose Übernachtung an.",
  ],
  fr: [
    "Nous allons vous rembourser la totalité du séjour.",
    "Nous vous offrons une nuit gratuite lors de votre prochain séjour.",
    "Un geste commercial vous sera proposé.",
    "Nous vous accordons une réduction de 20 % sur votre prochaine réservation.",
    "Nous serons ravis de vous surclasser lors de votre prochaine visite.",
    "Un bon d'achat vous attend à la réception.",
  ],
  es: [
    "Le reembolsaremos el importe de la noche.",
    "Nos gustaría ofrecerle una noche gratis.",
    "Tendrá un descuento del 20 % en su próxima reserva.",
    "Le enviaremos un cheque regalo como compensación.",
    "La cena corre por cuenta de la casa.",
  ],
  it: [
    "Le rimborseremo l'intero importo.",
    "Saremo lieti di offrirle una notte gratuita.",
    "Riceverà uno sconto del 20% sul prossimo soggiorno.",
    "Le invieremo un buono regalo.",
    "La prossima cena sarà offerta dalla casa.",
  ],
  pt: [
    "Vamos reembolsar o valor total da estadia.",
    "Gostaríamos de oferecer uma noite grátis na sua próxima visita.",
    "Terá um desconto de 20% na próxima reserva.",
    "Como compensação, oferecemos um upgrade.",
    "O jantar fica por conta da casa.",
  ],
  nl: [
    "Wij zullen het volledige bedrag terugbetalen.",
    "Graag bieden wij u een gratis overnachting aan.",
    "U krijgt 20% korting op uw volgende verblijf.",
    "Wij sturen u een cadeaubon als compensatie.",
    "Het diner is van het huis.",
  ],
};

const FACTS_AND_IDIOMS: Record<string, string[]> = {
  en: [
    "We offer free parking to all our guests, so do bring the car next time.",
    "Please feel free to contact us directly.",
    "We are glad your stay was stress-free and relaxing.",
    "We are currently upgrading our rooms and the Wi-Fi.",
    "Free parking is available right next to the hotel.",
    "Our 24-hour reception is always there for you.",
    "We hope to welcome you back for a hassle-free stay.",
  ],
  de: ["Wir freuen uns, dass Ihnen unser kostenloses Parken gefallen hat.", "Melden Sie sich gern jederzeit bei uns."],
  fr: ["Nous sommes ravis que le parking gratuit vous ait facilité la vie.", "Merci d'avoir partagé votre avis."],
  es: ["Nos alegra que el parking gratuito le resultara cómodo.", "Gracias por compartir su experiencia."],
  it: ["Siamo felici che il parcheggio gratuito le sia stato utile.", "Grazie per averci scelto."],
  pt: ["Ficamos felizes que o estacionamento gratuito tenha sido útil.", "Obrigado por partilhar a sua experiência."],
  nl: ["Fijn dat het gratis parkeren u goed beviel.", "Dank u wel voor uw recensie."],
};

describe("compensation guardrail", () => {
  describe.each(Object.entries(PROMISES))("in %s", (language, promises) => {
    it.each(promises)("blocks a promise: %s", (text) => {
      const flags = checkReply(text, context({ reviewLanguage: language }));
      expect(flags.some((f) => f.code === "compensation" && f.blocking), JSON.stringify(flags)).toBe(true);
    });
    it("lets the brand allow it", () => {
      for (const text of promises) expect(codes(text, context({ reviewLanguage: language, voice: { allowCompensation: true } }))).not.toContain("compensation");
    });
  });

  describe.each(Object.entries(FACTS_AND_IDIOMS))("in %s", (language, texts) => {
    it.each(texts)("does not mistake a fact or an idiom for a gift: %s", (text) => {
      const found = codes(text, context({ reviewLanguage: language, profile: { ...context().profile!, amenities: ["free parking", "Wi-Fi"] } }));
      expect(found).not.toContain("compensation");
      expect(found).not.toContain("compensation-mentioned");
    });
  });

  it("treats free things the profile does not list as gifts", () => {
    expect(codes("We offer a free spa treatment to all guests.")).toContain("compensation");
    expect(codes("Breakfast is complimentary for you next time.", context({ profile: { amenities: [], facts: [] } }))).toContain("compensation");
  });

  it("notes, without blocking, a refund it declines", () => {
    for (const text of ["We cannot offer a refund for the cancelled night.", "Leider können wir keine Rückerstattung anbieten.", "Nous ne pouvons pas vous rembourser."]) {
      const flags = checkReply(text, context());
      expect(flags.find((f) => f.code === "compensation-mentioned")?.blocking, text).toBe(false);
      expect(flags.some((f) => f.code === "compensation"), text).toBe(false);
    }
  });

  it("quotes the promise in the flag", () => {
    const flag = checkReply("Thank you. We would like to offer you a full refund.", context()).find((f) => f.code === "compensation");
    expect(flag?.excerpt).toBe("refund");
    expect(flag?.message).toMatch(/compensation/);
  });
});
