import type { GuardrailFlag } from "../types";
import { matchesIn, negatedAt, wordsPattern, type Rule } from "./shared";

// Amenities a reply may only mention when the property has them. Generators are known to invent a spa
// or an airport shuttle; a guest who then asks for it at the desk is let down twice. Only this known
// vocabulary is checked (folded words in Lobby's seven languages), so ordinary words never trip it.

type Amenity = {
  name: string;
  words: string[];
  /** Every hotel has it or it is harmless to mention. */
  unchecked?: boolean;
  /** Guests and replies call the same place by different names ("the pool" / "our wellness area"). */
  family?: string;
};

const AMENITIES: Amenity[] = [
  { name: "spa", family: "leisure", words: ["spa", "spas", "wellness\\w*", "centro benessere", "centre de bien-etre", "centro de bienestar", "centro de bem-estar"] },
  { name: "pool", family: "leisure", words: ["pool", "pools", "swimming pools?", "piscines?", "piscinas?", "schwimmbad\\w*", "hallenbad\\w*", "freibad\\w*", "zwembad\\w*", "(?:aussen|außen|innen|indoor|outdoor|infinity|dach|rooftop|roof-top)[- ]?pool"] },
  { name: "gym", words: ["gym", "gyms", "fitness (?:centre|center|room|studio|suite|area)s?", "fitness", "fitnessstudio\\w*", "fitnessraum\\w*", "fitnessbereich\\w*", "salle de (?:sport|fitness)", "gimnasio", "palestra", "academia", "sportschool"] },
  { name: "sauna", family: "leisure", words: ["saunas?", "hammam", "steam room", "dampfbad", "bain turc", "bano turco", "bagno turco", "banho turco", "stoombad"] },
  { name: "hot tub", family: "leisure", words: ["jacuzzis?", "whirlpool\\w*", "hot tubs?", "bain a remous", "idromassaggio", "hidromasaje", "hidromassagem", "bubbelbad"] },
  { name: "parking", words: ["parking", "parken", "parkeren", "car park", "carpark", "garage", "parkplatz\\w*", "parkplatze\\w*", "tiefgarage\\w*", "parkhaus\\w*", "stationnement", "aparcamiento", "estacionamiento", "parcheggio", "parcheggi", "estacionamento", "garagem", "parkeerplaats\\w*", "parkeergarage", "valet"] },
  { name: "shuttle", words: ["shuttle\\w*", "airport transfers?", "transfer service", "transferts?", "navettes?", "lanzadera", "servicio de traslado", "traslado al aeropuerto", "navetta", "traslado ao aeroporto", "pendelbus"] },
  { name: "restaurant", words: ["restaurants?", "restaurantes?", "ristoranti?", "brasserie", "bistro"] },
  { name: "bar", words: ["bar", "bars", "lobby bar", "rooftop bar", "cocktail bar", "hotelbar"] },
  { name: "rooftop", words: ["rooftop", "roof ?terrace", "roof-top", "dachterrasse\\w*", "toit-terrasse", "toit terrasse", "azotea", "terrazza panoramica", "terraco panoramico", "dakterras"] },
  { name: "room service", words: ["room service", "room-service", "zimmerservice", "service en chambre", "servicio de habitaciones", "servizio in camera", "servico de quarto", "roomservice"] },
  { name: "laundry", words: ["laundry", "dry cleaning", "wascherei", "wascheservice", "blanchisserie", "laverie", "lavanderia", "wasserette", "wasservice"] },
  { name: "ev charging", words: ["charging stations?", "ev chargers?", "ladestation\\w*", "bornes? de recharge", "punto de recarga", "colonnin[ae] di ricarica", "posto de carregamento", "laadpa(?:a|l)\\w*"] },
  { name: "kids club", words: ["kids'? club", "kinderclub", "club enfants?", "club infantil", "mini ?club"] },
  { name: "private beach", words: ["private beach", "privatstrand", "plage privee", "playa privada", "spiaggia privata", "praia privada", "priv(?:e|é)strand"] },
  { name: "bike rental", words: ["bike rental", "bicycle hire", "bikes for hire", "fahrradverleih", "location de velos", "alquiler de bicicletas", "noleggio bici\\w*", "aluguer de bicicletas", "fietsverhuur"] },
  { name: "tennis", words: ["tennis courts?", "tennisplatz\\w*", "court de tennis", "pista de tenis", "campo da tennis", "campo de tenis", "quadra de tenis", "tennisbaan"] },
  { name: "golf", words: ["golf course", "golfplatz", "terrain de golf", "campo de golf", "campo da golf", "campo de golfe", "golfbaan"] },
  { name: "wifi", words: ["wifi", "wi-fi", "wi fi", "wlan"], unchecked: true },
];

const PATTERNS = AMENITIES.map((a) => ({ amenity: a, pattern: wordsPattern(a.words) }));

/** Profiles and reviews are checked again and again; their amenities are remembered (bounded). */
const remembered = new Map<string, string[]>();
const REMEMBER = 500;

/** Which known amenities a folded text mentions. */
export function amenitiesIn(folded: string): string[] {
  const known = remembered.get(folded);
  if (known) return known;
  const found = findAmenities(folded);
  if (remembered.size >= REMEMBER) remembered.delete(remembered.keys().next().value as string);
  remembered.set(folded, found);
  return found;
}

function findAmenities(folded: string): string[] {
  const found: string[] = [];
  for (const { amenity, pattern } of PATTERNS) {
    pattern.lastIndex = 0;
    if (pattern.test(folded)) found.push(amenity.name);
  }
  return found;
}

export const amenitiesRule: Rule = (reply, context) => {
  const listed = new Set(amenitiesIn(context.profileText));
  const raised = amenitiesIn(context.reviewFolded);
  const raisedFamilies = new Set(raised.map((name) => AMENITIES.find((a) => a.name === name)?.family ?? name));
  const profileHasAmenities = (context.profile?.amenities.length ?? 0) > 0;
  const flags: GuardrailFlag[] = [];
  for (const { amenity, pattern } of PATTERNS) {
    if (amenity.unchecked || listed.has(amenity.name)) continue;
    for (const m of matchesIn(reply, pattern)) {
      const check = !profileHasAmenities || raisedFamilies.has(amenity.family ?? amenity.name) || negatedAt(reply.folded, m.index, 4);
      flags.push({
        code: check ? "amenity-unverified" : "amenity-not-in-profile",
        message: check
          ? `Mentions the ${amenity.name}, which the property profile does not list: check it is right before publishing.`
          : `Mentions the ${amenity.name}, which the property profile does not list; a reply may only promise what the property has.`,
        excerpt: m.words,
        blocking: !check,
      });
      break;
    }
  }
  return flags;
};
