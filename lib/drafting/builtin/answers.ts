import type { GuestQuestion } from "../../reviews/analyse";
import type { Aspect } from "../../reviews/aspect-lexicon";
import { detectLanguage } from "../../reviews/language";
import type { PropertyProfile } from "../../voice/property-profile";
import { foldSameLength } from "../guardrails/shared";

// Answers a guest's question from the property's own facts ("Is there parking?" -> "Guests park free of
// charge in our garage."), when a fact is about the same thing and written in the reply's language.
// Facts are the only property text a reply may state as it is; anything else gets a promise to follow up.

/** Words that show a fact is about an aspect, folded, in Lobby's seven languages. */
const TOPIC_WORDS: Partial<Record<Aspect, RegExp>> = {
  parking: /park|garage|garagem|aparcamiento|estacionamiento|estacionamento|parcheggi|stationnement|valet/,
  breakfast: /breakfast|fruhstuck|petit.dejeuner|desayuno|colazione|cafe da manha|pequeno.almoco|ontbijt|buffet|brunch/,
  food: /restaurant|dinner|lunch|menu|kitchen|diner|cena|almoco|jantar|abendessen|mittagessen|room service|bar\b/,
  "check-in": /check.?in|check.?out|arrival|departure|anreise|abreise|arrivee|depart|llegada|salida|arrivo|partenza|chegada|saida|aankomst|vertrek|reception|rezeption|recepcion|recepcao|receptie/,
  wifi: /wi.?fi|wlan|internet/,
  "pool-spa": /pool|spa\b|sauna|piscin|schwimmbad|zwembad|wellness|gym|fitness/,
  location: /airport|station|beach|centre|center|metro|flughafen|bahnhof|strand|aeroport|gare|plage|aeropuerto|estacion|playa|aeroporto|stazione|spiaggia|praia|luchthaven|strand/,
  room: /room|suite|zimmer|chambre|habitacion|camera|quarto|kamer|balcon|balkon/,
  "air-conditioning": /air.?con|klima|climatis|aire acondicionado|aria condizionata|ar.condicionado|airco/,
  bed: /bed|matras|mattress|matratze|matelas|colchon|materasso|colchao|pillow|kissen|oreiller|almohada|cuscin|travesseir|kussen/,
  bathroom: /bath|shower|dusche|bad\b|douche|salle de bain|bano|ducha|bagno|doccia|banheir|casa de banho|badkamer/,
  view: /view|aussicht|blick|vue|vista|uitzicht/,
};

const STOPWORDS = new Set(
  "this that with your have does there what when where which from they will would could about into also more than just only very some then been were here hotel guests guest room".split(" "),
);

const factLanguages = new Map<string, string | null>();
const REMEMBER = 1000;

function languageOf(fact: string): string | null {
  let lang = factLanguages.get(fact);
  if (lang === undefined) {
    lang = detectLanguage(fact)?.language ?? null;
    if (factLanguages.size >= REMEMBER) factLanguages.delete(factLanguages.keys().next().value as string);
    factLanguages.set(fact, lang);
  }
  return lang;
}

const contentWords = (text: string) =>
  new Set(
    foldSameLength(text)
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length >= 4 && !STOPWORDS.has(w)),
  );

/** The profile fact that answers `question` in `language`, or null. */
export function factFor(question: GuestQuestion, profile: PropertyProfile | undefined, language: string): string | null {
  if (!profile || profile.facts.length === 0) return null;
  const asked = contentWords(question.text);
  const topic = question.topic ? TOPIC_WORDS[question.topic] : undefined;
  let best: { fact: string; score: number } | null = null;
  for (const fact of profile.facts) {
    if (languageOf(fact) !== language) continue;
    const folded = foldSameLength(fact);
    let score = topic?.test(folded) ? 2 : 0;
    for (const w of contentWords(fact)) if (asked.has(w)) score += 1;
    if (score >= 2 && (!best || score > best.score)) best = { fact, score };
  }
  if (!best) return null;
  const fact = best.fact.trim();
  return /[.!?]$/.test(fact) ? fact : `${fact}.`;
}
