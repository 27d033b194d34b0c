import { hashSeed, mulberry32 } from "../../random";
import type { ReviewLine } from "./review-line";

// Reviews made up from sentences in Lobby's seven languages, for benchmarks and tests where the
// development set is not available. Seeded: the same count gives the same reviews.

const SENTENCES: Record<string, { good: string[]; bad: string[]; question: string }> = {
  en: {
    good: ["The breakfast was excellent.", "Our room was spotless and quiet.", "Maria at reception was so helpful!", "Great location close to the old town.", "The bed was very comfortable."],
    bad: ["The room was tiny.", "The shower was broken.", "It was very noisy at night.", "Staff at check-in were rude.", "The wifi kept dropping."],
    question: "Is there parking nearby?",
  },
  de: {
    good: ["Das Frühstück war hervorragend.", "Das Zimmer war sauber und ruhig.", "Danke an Jonas an der Rezeption!", "Die Lage ist perfekt.", "Das Bett war sehr bequem."],
    bad: ["Das Zimmer war sehr klein.", "Die Dusche war kaputt.", "Nachts war es sehr laut.", "Das Personal war unfreundlich.", "Das WLAN funktionierte nicht."],
    question: "Gibt es Parkplätze in der Nähe?",
  },
  fr: {
    good: ["Le petit déjeuner était excellent.", "La chambre était propre et calme.", "Merci à Sophie à la réception !", "L'emplacement est idéal.", "Le lit était très confortable."],
    bad: ["La chambre était minuscule.", "La douche était cassée.", "C'était très bruyant la nuit.", "Le personnel était désagréable.", "Le wifi ne marchait pas."],
    question: "Y a-t-il un parking à proximité ?",
  },
  es: {
    good: ["El desayuno estaba buenísimo.", "La habitación estaba limpia y tranquila.", "Gracias a Lucía de recepción.", "La ubicación es perfecta.", "La cama era muy cómoda."],
    bad: ["La habitación era diminuta.", "La ducha estaba rota.", "Había mucho ruido por la noche.", "El personal fue maleducado.", "El wifi no funcionaba."],
    question: "¿Hay aparcamiento cerca?",
  },
  it: {
    good: ["La colazione era ottima.", "La camera era pulita e silenziosa.", "Grazie a Giulia alla reception!", "La posizione è perfetta.", "Il letto era comodissimo."],
    bad: ["La camera era piccolissima.", "La doccia era rotta.", "Di notte c'era molto rumore.", "Il personale era scortese.", "Il wifi non funzionava."],
    question: "C'è un parcheggio vicino?",
  },
  pt: {
    good: ["O café da manhã era ótimo.", "O quarto estava limpo e silencioso.", "Obrigado à Beatriz da recepção!", "A localização é perfeita.", "A cama era muito confortável."],
    bad: ["O quarto era minúsculo.", "O chuveiro estava quebrado.", "Havia muito barulho à noite.", "Os funcionários foram mal-educados.", "O wifi não funcionava."],
    question: "Há estacionamento perto?",
  },
  nl: {
    good: ["Het ontbijt was uitstekend.", "De kamer was schoon en rustig.", "Dank aan Sanne van de receptie!", "De ligging is perfect.", "Het bed was heerlijk."],
    bad: ["De kamer was piepklein.", "De douche was kapot.", "Het was 's nachts erg lawaaierig.", "Het personeel was onvriendelijk.", "De wifi werkte niet."],
    question: "Is er parkeergelegenheid in de buurt?",
  },
};

const HOTELS = ["Hotel Aurora", "Casa do Rio", "Hotel Miramar", "Grand Hotel Alpina", "Hotel de la Gare", "Hotel Zentral", "Villa Serena", "Hotel Canal"];

export function syntheticReviews(count: number): ReviewLine[] {
  const random = mulberry32(hashSeed(`synthetic-${count}`));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const languages = Object.keys(SENTENCES);
  return Array.from({ length: count }, (_, i) => {
    const language = pick(languages);
    const bank = SENTENCES[language]!;
    const rating = 1 + Math.floor(random() * 5);
    const sentences = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(random() * 5 < rating ? bank.good : bank.bad));
    if (random() < 0.15) sentences.push(bank.question);
    const empty = random() < 0.1;
    return {
      id: `synthetic-${i}`,
      platform: "google",
      hotel: { name: pick(HOTELS), city: "Lisboa" },
      rating,
      title: null,
      text: empty ? null : [...new Set(sentences)].join(" "),
      published: undefined,
      language,
    };
  });
}
