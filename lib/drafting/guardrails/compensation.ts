import type { GuardrailFlag } from "../types";
import { amenitiesIn } from "./amenities";
import { matchesIn, negatedAt, wordsPattern, type Rule } from "./shared";

// Promises of compensation (refunds, free nights, upgrades, discounts, vouchers, "on us"), in Lobby's
// seven languages, written for folded text. A public promise binds the hotel and invites copycats, so it
// blocks approval unless the brand allows compensation.
//
// Two judgement calls:
// - "free"/"gratuit"/"kostenlos" next to something the property profile lists ("we offer free parking"
//   with parking in the profile) states a fact, not compensation; next to anything else it is a gift.
// - A negated mention ("we cannot offer a refund") promises nothing, but arguing about refunds in public
//   rarely reads well: it is a non-blocking note for staff to check, not a block.

/** Always compensation, whatever follows. */
const PROMISES = wordsPattern([
  // en
  "refund(?:s|ed|ing)?", "reimburs\\w*", "compensat(?:e|ed|es|ing|ion)", "(?<!(?:booking|reservation|confirmation|hotel|travel|online|portal|agency|agent) )vouchers?(?! (?:no|nos|number|numbers|id|code)\\b)", "gift (?:card|certificate)s?",
  "discount(?:s|ed)?", "\\d+ ?% off", "money back", "(?:a|your) credit (?:note|towards?|on|to)",
  "free (?:night|nights|stay|stays|room|rooms|upgrade|dinner|dinners|meal|meals|bottle|drinks?|weekend)",
  "complimentary (?:night|nights|stay|stays|upgrade|dinner|bottle|drinks?|weekend|room)",
  "(?:an?|free|room|suite) upgrades?", "upgrad(?:e|ing) you", "upgraded? (?:you )?to (?:a|an|our) (?:suite|better|higher|superior|larger|bigger|premium|deluxe)\\w*",
  "(?:is|are|will be|be|'s) on us", "on the house", "waive[ds]? (?:the|your|any) \\w+", "goodwill gesture", "gesture of goodwill", "(?:pay|cover) (?:you |for )?(?:the |any )?damages",
  "(?:reduced|special|preferential) rate", "loyalty points", "bonus points",
  // de
  "(?:zu)?ruck ?erstatt\\w*", "erstatt\\w*", "entschadig\\w*", "gutscheine?n?", "gutschrift\\w*",
  "rabatte?s?", "preisnachlass\\w*", "nachlass", "ermassigung\\w*", "gratis-?ubernachtung\\w*", "gratisnacht\\w*",
  "kostenlose (?:ubernachtung|nacht)\\w*", "upgrades?", "geld zuruck", "kulanz\\w*", "aufs haus", "geht auf uns", "wiedergutmachung",
  // fr
  "rembours\\w*", "dedommag\\w*", "indemnis\\w*", "geste commercial", "bons? d'achat", "bons? de reduction", "bons? cadeaux?", "cheques? cadeaux?",
  "(?:une|d'une) reduction", "reductions? (?:de \\d+|sur (?:votre|vos|le|la|les)|exceptionnelles?)", "remise de \\d+", "remise exceptionnelle", "surclass\\w*", "nuits? (?:offertes?|gratuites?)", "a nos frais", "offerte? par la maison",
  "(?:boissons?|verres?|bouteilles?|diners?|dejeuners?|cocktails?|champagne|aperitifs?) offerte?s?",
  // es
  "reembols\\w*", "devolucion del (?:dinero|importe)", "devolver(?:le)? (?:el|su) dinero", "compensaci\\w*", "compensarle", "indemniz\\w*",
  "descuentos?", "rebajas?", "vales? (?:regalo|descuento)", "cheques? regalo", "noches? (?:gratis|gratuitas?)", "mejora de habitacion",
  "cortesia de la casa", "invita la casa", "por cuenta de la casa",
  // it
  "rimbors\\w*", "risarci\\w*", "indennizz\\w*", "compensazion\\w*", "buon[oi] (?:sconto|regalo|soggiorno)", "scont[oi]",
  "nott[ei] (?:gratis|gratuit[ae]|in omaggio)", "offert[oa] dalla casa", "a nostre spese", "in omaggio",
  // pt
  "devolucao do (?:valor|dinheiro)", "compensac\\w*", "indeniz\\w*", "indemniz\\w*", "descontos?", "vales?[- ](?:desconto|presente|oferta)",
  "noites? (?:gratis|gratuitas?)", "por conta da casa", "cortesia da casa", "estorn\\w*",
  // nl
  "terugbetal\\w*", "geld terug", "restitutie", "schadevergoeding", "compensatie", "compenseren", "kortings?\\w*", "tegoedbon\\w*",
  "cadeaubon\\w*", "waardebon\\w*", "gratis (?:nacht|overnachting)\\w*", "van het huis", "op onze kosten",
]);

/** Free of charge: a fact next to something the property has, a gift otherwise. */
const FREE = wordsPattern([
  "free(?! (?:to|from|of (?!charge|cost)|time)\\b)", "free of charge", "complimentary", "at no (?:extra |additional )?(?:cost|charge)",
  "kostenlos\\w*", "kostenfrei\\w*", "gratis", "umsonst", "gratuit\\w*", "petit-dejeuner offert", "sin coste", "sin costo",
  "sem custo", "kosteloos",
]);

/** Compounds and idioms where "free" gives nothing away. */
const NOT_A_GIFT = /(?:feel|please be|be|stress|hassle|worry|care|smoke|barrier|sugar|gluten|duty|toll|scent|fragrance|allergen|carefree|fee)[- ]?$|^free(?:ly|dom)/;

function nearbyProfileWord(folded: string, index: number, length: number, profileText: string): boolean {
  if (!profileText) return false;
  const window = folded.slice(Math.max(0, index - 40), index + length + 40);
  const words = window.split(/[^\p{L}]+/u).filter((w) => w.length >= 4 && !GENERIC.has(w));
  if (words.some((w) => profileText.includes(w))) return true;
  const profileAmenities = new Set(amenitiesIn(profileText));
  return amenitiesIn(window).some((a) => profileAmenities.has(a));
}

/** "Your complimentary remarks": praise, not a gift. */
const PRAISE_NOT_GIFT = /^\s+(?:remarks?|words?|mentions?|comments?|feedback|reviews?|notes?|things|review)\b/;

/** Words too common to tie "free" to a profile fact. */
const GENERIC = new Set(
  "free charge complimentary with your that this from have will were their there stay guests guest hotel also offer offers offered include includes included kostenlos gratis gratuit gratuite gratuito gratuita offert offerte nous vous wir ihre sind".split(" "),
);

/** "We are upgrading our rooms" is an investment and "Bericht erstatten" a report, not gifts. */
function notAPromise(folded: string, index: number, length: number): boolean {
  const found = folded.slice(index, index + length);
  const after = folded.slice(index + length, index + length + 24);
  const before = folded.slice(Math.max(0, index - 24), index);
  if (/upgrad/.test(found)) {
    if (/^\s*(?:(?:to|of|in|on|for) )?(?:our|the|all|its|their|unsere?\w*|des|der|den)\b/.test(after) && !/upgrad\w* you/.test(found)) return true;
    if (/(?:recent|planned|ongoing|technical|system|renovation|major|several|some|these|the)\s+$/.test(before) && !/^an? /.test(found)) return true;
  }
  if (/^free/.test(found) && /[\p{L}]-$/u.test(before)) return true;
  if (/^erstatt/.test(found) && /(?:bericht|anzeige|meldung)\s+$/.test(before)) return true;
  return false;
}

/** "... on your next stay": something free tied to the guest's return (same clause) is a gift, whatever the profile says. */
const NEXT_STAY =
  /next (?:stay|visit|time|trip)|when you (?:return|come back)|nachste[nrm]? (?:aufenthalt|besuch|mal)|prochaine? (?:sejour|visite|fois)|proxim[ao] (?:estancia|estadia|visita|vez|reserva)|prossim[ao] (?:soggiorno|visita|volta)|volgende (?:verblijf|bezoek|keer)/;

function forNextStay(folded: string, index: number): boolean {
  const before = folded.slice(Math.max(0, index - 80), index).split(/[.,;:!?\n]/).pop() ?? "";
  const after = folded.slice(index, index + 80).split(/[.,;:!?\n]/)[0] ?? "";
  return NEXT_STAY.test(before + after);
}

/** "You requested a refund": the guest's demand, reported, promises nothing (same clause, before the word). */
const GUEST_ASKED = /\b(?:you|your|u)\b[^.!?;\n]{0,30}\b(?:request|demand|ask|want|claim|expect|insist)\w*\b(?:(?!\b(?:we|i|will|can)\b)[^.!?;,\n]){0,25}$/;

/** Things hotels include for every guest: "our complimentary breakfast" describes the stay, it gives nothing. */
const STANDING_NOUNS =
  /(?:breakfast|buffet|wi-?fi|wlan|internet|parking|car park|pick-?\s?up|drop|shuttle|transfers?|airport transfers?|(?:mineral |drinking )?water|bottles? of water|water bottles?|tea|coffee|toiletries|cancellation|newspapers?|fruhstuck\w*|parkplatz\w*|parken|wasser|kaffee|stornierung|petit-dejeuner|eau|navette|annulation|desayuno|aparcamiento|agua|cancelacion|traslado|colazione|parcheggio|acqua|cancellazione|navetta|pequeno-almoco|cafe da manha|estacionamento|cancelamento|ontbijt|parkeren|annulering)\b/.source;
const STANDING_AFTER = new RegExp(`^(?:\\s+\\S+){0,2}?\\s+${STANDING_NOUNS}`);
const STANDING_BEFORE = new RegExp(`(?<![\\p{L}])${STANDING_NOUNS}(?:\\s+\\S+){0,2}\\s+$`, "u");
/** What turns "free" into a gift for this guest, whatever follows it. */
const GIFT_CUE =
  /\b(?:for you|offer(?:s|ed)? you|give you|treat you|invite you|on us|on the house|as a (?:gesture|token)|to make up|we(?:'ll| will| would| shall| can| could)|fur sie|pour vous|para usted|per lei|para si|voor u)\b/;

/** "We hope you enjoyed our complimentary breakfast": a claim about the property, not compensation. */
function standingOffer(folded: string, index: number, length: number): boolean {
  const after = folded.slice(index + length, index + length + 40);
  const sentence = (folded.slice(Math.max(0, index - 100), index).split(/[.!?\n]/).pop() ?? "") + (folded.slice(index, index + 100).split(/[.!?\n]/)[0] ?? "");
  const before = folded.slice(Math.max(0, index - 40), index);
  const about = STANDING_AFTER.test(after) || STANDING_BEFORE.test(before);
  return about && !GIFT_CUE.test(sentence) && !forNextStay(folded, index);
}

export const compensationRule: Rule = (reply, context) => {
  if (context.voice?.allowCompensation) return [];
  const flags: GuardrailFlag[] = [];
  const add = (index: number, words: string) => {
    if (negatedAt(reply.folded, index) || GUEST_ASKED.test(reply.folded.slice(Math.max(0, index - 80), index))) {
      flags.push({
        code: "compensation-mentioned",
        message: "Mentions compensation without promising it; check that it does not read as arguing about money.",
        excerpt: words,
        blocking: false,
      });
    } else {
      flags.push({
        code: "compensation",
        message: "Promises compensation (refund, free night, upgrade, discount...), which this brand does not allow in public replies.",
        excerpt: words,
        blocking: true,
      });
    }
  };
  const promised: [number, number][] = [];
  for (const m of matchesIn(reply, PROMISES)) {
    if (notAPromise(reply.folded, m.index, m.length)) continue;
    promised.push([m.index, m.index + m.length]);
    add(m.index, m.words);
  }
  for (const m of matchesIn(reply, FREE)) {
    if (promised.some(([from, to]) => m.index < to && m.index + m.length > from)) continue;
    const before = reply.folded.slice(Math.max(0, m.index - 16), m.index);
    if (NOT_A_GIFT.test(before) || NOT_A_GIFT.test(reply.folded.slice(m.index, m.index + m.length + 3))) continue;
    if (PRAISE_NOT_GIFT.test(reply.folded.slice(m.index + m.length, m.index + m.length + 24))) continue;
    if (nearbyProfileWord(reply.folded, m.index, m.length, context.profileText) && !forNextStay(reply.folded, m.index)) continue;
    // With amenities listed, anything free beyond them is invented; without, staff are asked to check.
    if ((context.profile?.amenities.length ?? 0) === 0 && standingOffer(reply.folded, m.index, m.length)) {
      flags.push({
        code: "amenity-unverified",
        message: "Says something is included free of charge, which the property profile does not state: check it is right before publishing.",
        excerpt: reply.text.slice(m.index, m.index + m.length + 30).replace(/\s+/g, " ").trim(),
        blocking: false,
      });
      continue;
    }
    add(m.index, reply.text.slice(Math.max(0, m.index - 20), m.index + m.length + 20).replace(/\s+/g, " ").trim());
  }
  return flags;
};
