import { fold } from "../reviews/text";

// Which register a reply addresses the guest in: Sie/du, vous/tu, usted/tú, Lei/tu, o senhor/tu, u/je.
// Words are collected rather than judged one by one, so a reply that slips once ("Wir freuen uns, dich
// ...") shows the slip. English has no formal "you": there only casual wording is collected.

export type Register = "formal" | "informal";

export type RegisterFound =
  | { kind: "address"; formal: string[]; informal: string[] }
  | { kind: "style"; casual: string[]; note: string };

type Markers = { formal: RegExp[]; informal: RegExp[]; caseSensitive?: boolean };

const ciWords = (words: string) => new RegExp(`(?<![\\p{L}'])(?:${words})(?![\\p{L}])`, "gu");

/** Verbs a reply often ends a clause with, taking the guest as a clitic ("verle", "rivederti"). */
const ES_VERBS = "ver|recibir|saludar|atender|acoger|conocer|ayudar|invitar|informar|contactar|escuchar|alojar|hospedar|agradecer|esperar";
const IT_VERBS = "rivedere|vedere|ringraziare|accogliere|ospitare|salutare|riaccogliere|contattare|aiutare|informare|aspettare|ricevere";

const MARKERS: Record<string, Markers> = {
  de: {
    // Case matters: "Sie"/"Ihnen"/"Ihr" are formal only when capitalised; "du"/"dich" in any case.
    caseSensitive: true,
    formal: [/(?<![\p{L}])(?:Ihnen|Ihre[mnrs]?|Ihr)(?![\p{L}])/gu, /(?<![.!?:\n]\s{0,3}|^\s*|[\p{L}])Sie(?![\p{L}])/gu],
    informal: [/(?<![\p{L}])(?:[Dd]u|[Dd]ich|[Dd]ir|[Dd]eine?[mnrs]?|[Ee]uch|[Ee]uer|[Ee]ure[mnrs]?)(?![\p{L}])/gu],
  },
  fr: {
    formal: [ciWords("vous|votre|vos")],
    informal: [ciWords("tu|te|toi|ton|ta|tes"), /(?<![\p{L}])t'(?=\p{L})/gu],
  },
  es: {
    formal: [ciWords("usted|ustedes|su|sus"), new RegExp(`(?<![\\p{L}])(?:${ES_VERBS})(?:le|les)(?![\\p{L}])`, "gu"), ciWords("le (?:agradecemos|esperamos|deseamos|invitamos|saludamos)")],
    informal: [ciWords("tú|tu|tus|te|ti|contigo|vosotros|vosotras|os|vuestr[oa]s?"), new RegExp(`(?<![\\p{L}])(?:${ES_VERBS})(?:te|os)(?![\\p{L}])`, "gu")],
  },
  it: {
    formal: [ciWords("lei|suo|sua|suoi|sue|la ringrazi\\p{L}*"), new RegExp(`(?<![\\p{L}])(?:${IT_VERBS.replace(/e(?=\||$)/g, "")})la(?![\\p{L}])`, "gu")],
    informal: [ciWords("tu|ti|te|tuo|tua|tuoi|tue"), new RegExp(`(?<![\\p{L}])(?:${IT_VERBS.replace(/e(?=\||$)/g, "")})ti(?![\\p{L}])`, "gu")],
  },
  pt: {
    formal: [ciWords("o senhor|a senhora|os senhores|as senhoras|você|vocês|voce|voces|vossa|seu|sua|seus|suas"), /(?<![\p{L}])\p{L}+-(?:lo|la|los|las)(?![\p{L}])/gu],
    informal: [ciWords("tu|teu|tua|teus|tuas|contigo|te"), /(?<![\p{L}])\p{L}+-te(?![\p{L}])/gu],
  },
  nl: {
    formal: [ciWords("u|uw|uwe")],
    informal: [ciWords("je|jij|jou|jouw|jullie")],
  },
};

const EN_CONTRACTIONS = /(?<![\p{L}])(?:\p{L}+'(?:re|ll|ve|d|m)|(?:don|can|won|isn|aren|wasn|weren|didn|couldn|wouldn|shouldn)'t|it's|that's|we're|you're|let's)(?![\p{L}])/gu;
const EN_CASUAL = /(?<![\p{L}])(?:hey|awesome|guys|gonna|wanna|cool|yay|super happy|thanks a ton|no worries|xoxo|lol)(?![\p{L}])/gu;

function collect(text: string, patterns: RegExp[]): string[] {
  const found: string[] = [];
  for (const pattern of patterns) for (const m of text.matchAll(pattern)) found.push(m[0]);
  return found;
}

/** Register words found in `text` for `language`; null when Lobby cannot tell for that language. */
export function registerIn(text: string, language: string | null): RegisterFound | null {
  const normalised = text.replace(/[’‘]/g, "'");
  if (language === "en") {
    const folded = fold(normalised);
    const contractions = collect(folded, [EN_CONTRACTIONS]);
    const casual = [...collect(folded, [EN_CASUAL]), ...(contractions.length >= 3 ? contractions : [])];
    return { kind: "style", casual, note: contractions.length ? `${contractions.length} contraction${contractions.length === 1 ? "" : "s"}.` : "No contractions." };
  }
  const markers = language ? MARKERS[language] : undefined;
  if (!markers) return null;
  // Accents are kept: Spanish "té" (tea) is not "te" (you).
  const subject = markers.caseSensitive ? normalised : normalised.toLowerCase();
  return { kind: "address", formal: collect(subject, markers.formal), informal: collect(subject, markers.informal) };
}
