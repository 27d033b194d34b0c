import { isKnownWord } from "../../reviews/compiled-lexicon";
import { isSupportedLanguage } from "../../reviews/language-profiles";
import { findStaffNames } from "../../reviews/staff-names";
import { splitSentences } from "../../reviews/text";
import { greetingName } from "../builtin/guest-name";
import type { GuardrailFlag } from "../types";
import { excerptAt, foldSameLength, matchesIn, type CheckedText, type PreparedContext, type Rule } from "./shared";

// The guest's personal data in a public reply: room numbers, booking references, and names beyond what
// the guest shows as their display name (a surname from the booking, or a full name copied from the
// review). Platforms' reply rules forbid them, and guests rightly take offence.

const ROOM_WORDS = "room|rm\\.?|suite|zimmer|chambre|habitacion|hab\\.|camera|stanza|quarto|apartamento|kamer|appartement|apartment";
const NUMBER_WORDS = "no\\.?|nr\\.?|n[°º]\\.?|number|nummer|numero|#";
/** "room 214", "Zimmer Nr. 12", "chambre 305", "quarto 12B"; not "room 3 times". */
const ROOM_NUMBER = new RegExp(
  `(?<![\\p{L}])(?:${ROOM_WORDS})\\s*(?:${NUMBER_WORDS})?\\s*\\d{1,4}[a-z]?(?![\\p{N}])(?!\\s*(?:times|mal|fois|veces|volte|vezes|keer|minutes|hours|nights|people|persons|guests|x)\\b)`,
  "giu",
);

const BOOKING_WORDS =
  "booking|reservation|confirmation|order|folio|invoice|buchung\\w*|reservierung\\w*|bestatigung\\w*|rechnung\\w*|reserva|localizador|factura|prenotazione|conferma|fattura|boeking\\w*|reservering\\w*|bevestiging\\w*|factuur";
/** "booking no. 48213", "Buchungsnummer: HB-4839", "réservation #A12B45". */
const BOOKING_REFERENCE = new RegExp(
  `(?<![\\p{L}])(?:${BOOKING_WORDS})\\s*(?:${NUMBER_WORDS}|id|code|ref(?:erence)?)?\\s*[:#]?\\s*(?=[a-z0-9-]*\\d)[a-z0-9][a-z0-9-]{3,}`,
  "giu",
);
/** A bare reference: five digits or more, or letters and four digits or more ("HB4839201"). */
const BARE_REFERENCE = /(?<![\p{L}\p{N}.,:/-])(?<!\d[ ()-])#?(?:(?=[a-z]*\d)[a-z]{0,4}-?\d{5,}|[a-z]{1,4}-?\d{4,}[a-z]?)(?![\p{L}\p{N}]|[.,]\d|[ ()-]\d)/giu;

const HONORIFICS = "mr mrs ms miss dr herr frau m. mme mlle monsieur madame sr sra srta señor señora sig sig.ra signor signora senhor senhora dona dhr mevr mevrouw meneer".split(" ");
/** "Mrs Kowalski", "Herr Müller", "M. Dupont": the honorific in either case, the name capitalised. */
const HONORIFIC = new RegExp(
  `(?<![\\p{L}])(?:${HONORIFICS.map((h) => `[${h[0]?.toUpperCase()}${h[0]}]${h.slice(1).replace(".", "\\.")}`).join("|")})\\.?[ \\t]+(\\p{Lu}[\\p{Ll}'’-]+)`,
  "gu",
);

const NAME = /\p{Lu}[\p{Ll}'’-]+/u;
const HONORIFIC_WORD = new RegExp(`^(?:${HONORIFICS.map((h) => h.replace(".", "")).join("|")})\\.?$`, "i");
/** Capitalised words that follow a greeting name without being a surname. */
const NOT_SURNAMES = new Set(
  "thank thanks thankyou many we our i it the danke vielen herzlichen wir merci nous gracias muchas grazie obrigado obrigada muito bedankt hartelijk dank and und et y e en".split(" "),
);
/** Capitalised words of places and job titles, not people: "Marine Drive", "Plaza Mayor", "General Manager". */
const PLACE_WORDS = new Set(
  `street road drive avenue lane square park beach station airport terminal hotel palace fort gate market mall lake temple museum church cathedral
  tower bridge hill old new town city international national central grand royal bay harbour harbor marina garden gardens river sea
  strasse straße platz allee bahnhof markt rue place boulevard gare calle plaza avenida paseo estacion via piazza corso stazione rua praca
  avenida estacao straat plein gracht station centraal
  manager general director directeur directora direttore gerente head chef front office guest relations team reception duty officer
  supervisor concierge executive assistant owner host sales marketing operations housekeeping`.split(/\s+/).filter(Boolean),
);

function roomNumbers(reply: CheckedText, context: PreparedContext): GuardrailFlag[] {
  const flags: GuardrailFlag[] = [];
  for (const m of matchesIn(reply, ROOM_NUMBER)) {
    if (context.profileText.includes(m.words.toLowerCase())) continue;
    flags.push({ code: "personal-data", message: "Gives a room number; it identifies the guest and must not be published.", excerpt: m.words, blocking: true });
  }
  return flags;
}

function bookingReferences(reply: CheckedText, context: PreparedContext): GuardrailFlag[] {
  const flags: GuardrailFlag[] = [];
  const displayName = nameWords(context.authorName);
  const seen = new Set<number>();
  for (const pattern of [BOOKING_REFERENCE, BARE_REFERENCE]) {
    for (const m of matchesIn(reply, pattern)) {
      const code = m.words.match(/[A-Za-z0-9-]*\d[A-Za-z0-9-]*$/)?.[0] ?? m.words;
      const end = m.index + m.length;
      if (seen.has(end) || context.profileText.includes(code.toLowerCase()) || /^(?:19|20)\d{2}$/.test(code)) continue;
      // Platforms give anonymous guests names like "Roam53280852980"; greeting them by it reveals nothing.
      if (displayName.has(foldSameLength(m.words.replace(/^#/, "")))) continue;
      // Long digit runs are left to the phone check, which knows the property's number.
      if (pattern === BARE_REFERENCE && /^\d{7,}$/.test(code)) continue;
      seen.add(end);
      flags.push({ code: "personal-data", message: "Gives a booking or reservation reference; it identifies the guest and must not be published.", excerpt: m.words, blocking: true });
    }
  }
  return flags;
}

/** The display name's words with their digits ("Roam53280852980"), folded. */
function nameWords(name: string | null | undefined): Set<string> {
  return new Set(foldSameLength(name ?? "").split(/[^\p{L}\p{N}]+/u).filter(Boolean));
}

function nameTokens(name: string | null | undefined): Set<string> {
  return new Set(
    foldSameLength(name ?? "")
      .split(/[^\p{L}]+/u)
      .filter(Boolean),
  );
}

/** "Anna K." reviews; the reply says "Anna Kowalski" or "Mrs Kowalski": a surname the guest did not show. */
function namesBeyondDisplayName(reply: CheckedText, context: PreparedContext): GuardrailFlag[] {
  const flags: GuardrailFlag[] = [];
  const shown = nameTokens(context.authorName);
  const own = nameTokens(`${context.property.name} ${context.property.city} ${context.property.signatoryName ?? ""}`);
  const first = greetingName(context.authorName);
  if (first) {
    const pattern = new RegExp(`(?<![\\p{L}])${first.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[ \\t]+(\\p{Lu}[\\p{Ll}'’-]+)`, "gu");
    for (const m of reply.text.matchAll(pattern)) {
      const surname = foldSameLength(m[1] ?? "");
      if (shown.has(surname) || own.has(surname) || NOT_SURNAMES.has(surname)) continue;
      flags.push({ code: "personal-data", message: "Uses the guest's full name, beyond the display name they chose on the platform.", excerpt: m[0], blocking: true });
    }
  }
  // Without the display name there is no telling a surname the guest showed from one they did not.
  if (!context.authorName?.trim()) return flags;
  for (const m of reply.text.matchAll(HONORIFIC)) {
    const surname = foldSameLength(m[1] ?? "");
    if (shown.has(surname) || own.has(surname) || context.reviewFolded.includes(surname)) continue;
    flags.push({ code: "personal-data", message: "Addresses someone by a surname that appears neither in the display name nor in the review.", excerpt: m[0], blocking: true });
  }
  return flags;
}

/** Capitalised words of dishes, drinks, cuisines and venues: "Paneer Tikka", "North Indian", "Lotus Lounge". */
const DISH_AND_VENUE_WORDS = new Set(
  `club lounge grill kitchen pub tavern bistro brasserie bakery deli cafe café terrace pool spa suite villa cottage deluxe premium
  festival fest special platter buffet brunch lunch dinner breakfast menu tea coffee juice lemonade mocktail cocktail wine beer cake
  dessert pizza pasta burger sandwich salad soup curry biryani tikka thali kebab chicken mutton lamb fish prawn paneer cheese masala
  indian asian chinese thai italian continental mexican french japanese mediterranean oriental north south east west sunday saturday`.split(/\s+/).filter(Boolean),
);

/** A word before a name that makes it a thing or a place: "the Galouti Kebab", "our Sunday Brunch", "at Mezzo Mezzo". */
const THING_BEFORE = /(?:^|[^\p{L}])(?:the|our|your|its|their|an|at|le|la|les|der|die|das|el|los|las|il|lo|het|unser\w*|notre|nuestr\w*|nostr\w*|noss\w*|onze)\s*['"‘“]?\s*$/iu;

/** Words around a name that make its bearer one of the hotel's people ("housekeeping staff Gaurav Nayak"). */
const STAFF_CONTEXT =
  /(?<![\p{L}])(?:sta(?:ff?|ffer|ffs)|team|colleagues?|employees?|associates?|housekeeping|house keeping|reception\w*|front (?:desk|office)|concierge|department|f ?& ?b|fnb|chef|waiter|waitress|server|steward|butler|bell ?boy|driver|manager|service|personal|personnel|mitarbeiter\w*|rezeption|equipe|equipo|personale|medewerker\w*|receptie|shared with|passed on to|pass(?:ed)? (?:it |them )?on to)(?![\p{L}])/iu;

/** Staff the guest names ("thanks to Rahul", "Mr. Singh at reception"): the hotel's people, not the guest's data. */
function staffNamedIn(reviewText: string, language: string | null): Set<string> {
  const lang = isSupportedLanguage(language) ? language : "en";
  return new Set(
    splitSentences(reviewText)
      .flatMap((sentence) => findStaffNames(sentence, lang))
      .map((name) => foldSameLength(name.split(/\s+/).pop() ?? "")),
  );
}

/** Two or three capitalised words in a row, read as a person's full name unless they name a place. */
function fullNamesIn(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(/(?<![\p{L}])\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){1,2}(?![\p{L}])/gu)) {
    let words = m[0].split(/\s+/);
    // "Mr Onkar" is one name with a courtesy title, not a full name.
    if (HONORIFIC_WORD.test(words[0] ?? "")) words = words.slice(1);
    const folded = words.map(foldSameLength);
    if (words.length < 2 || folded.some((w) => PLACE_WORDS.has(w) || NOT_SURNAMES.has(w) || DISH_AND_VENUE_WORDS.has(w) || w.length < 2 || isKnownWord(w))) continue;
    names.push(words.join(" "));
  }
  return names;
}

/** A full name lifted from the review ("our neighbour Peter Müller", "thanks to Maria Lopez"). */
function fullNamesFromReview(reply: CheckedText, context: PreparedContext): GuardrailFlag[] {
  if (!context.reviewText) return [];
  const shown = nameTokens(context.authorName);
  const own = nameTokens(`${context.property.name} ${context.property.city} ${context.property.signatoryName ?? ""}`);
  const flags: GuardrailFlag[] = [];
  let staff: Set<string> | null = null;
  for (const name of new Set(fullNamesIn(context.reviewText))) {
    const words = name.split(/\s+/).map(foldSameLength);
    if (words.every((w) => shown.has(w)) || words.some((w) => own.has(w))) continue;
    const at = reply.text.indexOf(name);
    if (at < 0 || !NAME.test(name)) continue;
    if (THING_BEFORE.test(reply.text.slice(Math.max(0, at - 12), at))) continue;
    staff ??= staffNamedIn(context.reviewText, context.reviewLanguage);
    if (words.some((w) => staff!.has(w))) continue;
    const inReview = context.reviewText.indexOf(name);
    const sentence = `${context.reviewText.slice(0, inReview).split(/[.!?\n]/).pop()}${context.reviewText.slice(inReview).split(/[.!?\n]/)[0]}`;
    if (STAFF_CONTEXT.test(sentence)) continue;
    if (STAFF_CONTEXT.test(reply.text.slice(Math.max(0, at - 50), at))) continue;
    flags.push({ code: "personal-data", message: "Repeats a person's full name from the review; use a first name at most.", excerpt: excerptAt(reply.text, at, name.length), blocking: true });
  }
  return flags;
}

export const personalDataRule: Rule = (reply, context) => [
  ...roomNumbers(reply, context),
  ...bookingReferences(reply, context),
  ...namesBeyondDisplayName(reply, context),
  ...fullNamesFromReview(reply, context),
];
