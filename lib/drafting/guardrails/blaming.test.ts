import { describe, expect, it } from "vitest";
import { codes, context } from "./testing";

const BLAMING: Record<string, string[]> = {
  en: [
    "As stated in our policy, you should have read the cancellation terms.",
    "You failed to inform us of your late arrival.",
    "That is simply not true: the room was cleaned daily.",
    "Other guests have never complained about the breakfast.",
    "Unlike you, most guests enjoy our rooftop.",
    "It was your own fault that the key did not work.",
    "We strongly reject these allegations.",
  ],
  de: [
    "Wie in unseren AGB angegeben, hätten Sie die Stornobedingungen lesen sollen.",
    "Das stimmt einfach nicht, das Zimmer wurde täglich gereinigt.",
    "Andere Gäste haben sich nie beschwert.",
    "Anders als Sie sind unsere Gäste sehr zufrieden.",
    "Wir weisen Ihre Vorwürfe entschieden zurück.",
  ],
  fr: [
    "Comme indiqué dans nos conditions, vous auriez dû nous prévenir.",
    "C'est tout simplement faux.",
    "Les autres clients ne se sont jamais plaints du bruit.",
    "Contrairement à vous, nos clients apprécient le quartier.",
  ],
  es: [
    "Como se indica en nuestra política, usted debería haber leído las condiciones.",
    "Eso no es cierto, la habitación estaba limpia.",
    "Ningún otro huésped se ha quejado del desayuno.",
    "A diferencia de usted, nuestros huéspedes están contentos.",
  ],
  it: [
    "Come indicato nella nostra policy, avrebbe dovuto leggere le condizioni.",
    "Non è affatto vero che la camera fosse sporca.",
    "Nessun altro ospite si è mai lamentato.",
    "A differenza sua, i nostri ospiti sono soddisfatti.",
  ],
  pt: [
    "Conforme indicado na política, o senhor deveria ter lido as regras.",
    "Não é verdade que o quarto estava sujo.",
    "Nenhum outro hóspede reclamou do pequeno-almoço.",
    "Ao contrário de você, os nossos hóspedes adoram o bairro.",
  ],
  nl: [
    "Zoals vermeld in onze voorwaarden had u dit moeten melden.",
    "Dat is gewoon niet waar, de kamer was schoon.",
    "Andere gasten hebben nooit geklaagd.",
    "In tegenstelling tot u zijn onze gasten tevreden.",
  ],
};

const KIND: Record<string, string[]> = {
  en: [
    "You should have had a quiet room, and I am sorry you did not.",
    "It was not your fault at all that the key card failed.",
    "We are so glad you chose to stay with us, and clearly you had a lovely time.",
    "I am sorry you were told the wrong check-in time.",
  ],
  de: ["Sie hätten ein ruhiges Zimmer bekommen sollen, das tut mir leid.", "Es war keineswegs Ihre Schuld."],
  fr: ["Vous auriez dû être prévenu du bruit, et nous en sommes désolés."],
  es: ["La habitación debería haber estado impecable; lo sentimos.", "No fue su culpa en absoluto."],
  it: ["La camera avrebbe dovuto essere pulita: ci dispiace."],
  pt: ["O senhor deveria ter recebido um quarto limpo; pedimos desculpa."],
  nl: ["U had een schone kamer moeten krijgen; het spijt ons."],
};

describe("blaming guardrail", () => {
  describe.each(Object.entries(BLAMING))("in %s", (language, texts) => {
    it.each(texts)("blocks: %s", (text) => {
      expect(codes(text, context({ reviewLanguage: language }))).toContain("blaming");
    });
  });
  describe.each(Object.entries(KIND))("in %s", (language, texts) => {
    it.each(texts)("lets an apology through: %s", (text) => {
      expect(codes(text, context({ reviewLanguage: language }))).not.toContain("blaming");
    });
  });
});
