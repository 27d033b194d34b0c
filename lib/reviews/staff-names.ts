import { isKnownWord } from "./compiled-lexicon";
import type { SupportedLanguage } from "./language-profiles";

// Staff members guests name: "thanks to Maria", "Tom at reception", "Maria was so helpful". Conservative
// on purpose: a capitalised word right next to such a cue, never a word Lobby's lexicons know, never a
// common capitalised word, never after an article ("The Atmosphäre war herzlich" is not a person).

/** Cue before the names ("thanks to ___") and cue after them ("___ at reception", "___ was so kind"). */
type Cues = { before: string[]; after: string[] };

const CUES: Record<SupportedLanguage, Cues> = {
  en: {
    before: [
      "(?:thank you|thanks|thank)(?: you)?(?: so much| very much)?(?: to)?",
      "(?:shout ?out|kudos|praise|special mention|grateful)(?: to)?",
      "(?:especially|particularly|notably)(?: to)?",
      "(?:receptionist|concierge|manager|waiter|waitress|bartender|hostess|host|housekeeper|driver|chef|server|porter|doorman|staff member)(?: called| named)?",
    ],
    after: [
      "(?:at|from|on|in) (?:the )?(?:reception|front desk|front office|concierge|restaurant|bar|breakfast|desk|spa)",
      "(?:was|is|were)(?: so| very| extremely| really| incredibly| super| always| truly| exceptionally)* (?:helpful|friendly|kind|attentive|welcoming|polite|courteous|professional|accommodating|charming|a star|a gem|rude|unhelpful|unfriendly)",
    ],
  },
  de: {
    before: [
      "(?:danke|vielen dank|herzlichen dank|besonderen dank|ein dank|dank|großes lob|lob)(?: auch)? an(?: die| den)?(?: nette| netten| liebe| lieben)?(?: rezeptionistin| rezeptionist| kellnerin| kellner| mitarbeiterin| mitarbeiter)?",
      "(?:besonders|vor allem|insbesondere)",
      "(?:rezeptionistin|rezeptionist|kellnerin|kellner|mitarbeiterin|mitarbeiter|gastgeberin|gastgeber|managerin|chefin)",
    ],
    after: [
      "(?:an|von|vom|am|im) (?:der |dem )?(?:rezeption|empfang|frühstück|restaurant|bar)",
      "(?:war|ist)(?: sehr| so| super| extrem| total| wirklich| äußerst| immer)* (?:freundlich|hilfsbereit|nett|zuvorkommend|aufmerksam|herzlich|unfreundlich|unhöflich)",
    ],
  },
  fr: {
    before: [
      "(?:merci|un grand merci|remerciements|mention spéciale|bravo)(?: à| a)?(?: notre| la| le)?(?: réceptionniste| serveuse| serveur)?",
      "(?:surtout|notamment|particulièrement|en particulier)",
      "(?:réceptionniste|serveuse|serveur|concierge|gérante|gérant|directrice|directeur)(?: nommée| nommé| appelée| appelé)?",
    ],
    after: [
      "(?:à|de) (?:la |l')?(?:réception|accueil|restaurant|bar)",
      "(?:était|est|a été)(?: très| si| super| vraiment| toujours| extrêmement)* (?:aimable|gentille|gentil|serviable|accueillante|accueillant|souriante|souriant|attentionnée|attentionné|adorable|charmante|charmant|désagréable|impolie|impoli)",
    ],
  },
  es: {
    before: [
      "(?:gracias|agradecer|agradecemos|agradezco|mención especial)(?: a)?(?: la| el| nuestra| nuestro)?(?: recepcionista| camarera| camarero)?",
      "(?:especialmente|sobre todo|en especial|en particular)(?: a)?",
      "(?:recepcionista|camarera|camarero|conserje|gerente|directora|director)(?: llamada| llamado)?",
    ],
    after: [
      "(?:de|en) (?:la )?(?:recepción|restaurante|bar|desayuno)",
      "(?:fue|era|es|estuvo)(?: muy| súper| super| tan| realmente| siempre| increíblemente)* (?:amable|atenta|atento|simpática|simpático|servicial|encantadora|encantador|profesional|maleducada|maleducado|antipática|antipático)",
    ],
  },
  it: {
    before: [
      "(?:grazie|ringrazio|ringraziamo|un grazie|menzione speciale|complimenti)(?: anche)?(?: a| ad)?(?: la| il)?(?: receptionist| cameriera| cameriere)?",
      "(?:soprattutto|specialmente|in particolare)",
      "(?:receptionist|cameriera|cameriere|concierge|direttrice|direttore|responsabile)",
    ],
    after: [
      "(?:alla|della|al|del) (?:reception|ristorante|bar|colazione)",
      "(?:è stata|è stato|era|è)(?: molto| super| davvero| sempre| estremamente| così)* (?:gentile|gentilissima|gentilissimo|disponibile|disponibilissima|disponibilissimo|cordiale|simpatica|simpatico|accogliente|professionale|scortese|maleducata|maleducato)",
    ],
  },
  pt: {
    before: [
      "(?:obrigada|obrigado|agradecer|agradecemos|agradeço|menção especial)(?: à| ao| a| aos| às)?(?: recepcionista| rececionista)?",
      "(?:especialmente|principalmente|em especial|em particular)(?: à| ao| a| o)?",
      "(?:recepcionista|rececionista|garçom|garçonete|empregada|gerente|concierge)",
    ],
    after: [
      "(?:da|na|do|no) (?:recepção|receção|restaurante|bar)",
      "(?:foi|é|era|esteve)(?: muito| super| sempre| extremamente| tão)* (?:simpática|simpático|atenciosa|atencioso|prestável|prestativa|prestativo|gentil|amável|educada|educado|grosseira|grosseiro)",
    ],
  },
  nl: {
    before: [
      "(?:dank|bedankt|dankjewel|dank je wel|dank u wel|complimenten|compliment)(?: aan| voor| naar)?(?: de)?(?: receptioniste| receptionist| serveerster| ober)?",
      "(?:vooral|met name|speciaal|in het bijzonder)",
      "(?:receptioniste|receptionist|serveerster|ober|conciërge|manager|eigenaar|eigenaresse|gastvrouw|gastheer)",
    ],
    after: [
      "(?:van|bij|aan) (?:de )?(?:receptie|balie|bar|restaurant|ontbijt)",
      "(?:was|is)(?: erg| heel| zeer| super| altijd| enorm| echt| ontzettend)* (?:vriendelijk|behulpzaam|aardig|attent|gastvrij|hartelijk|lief|onvriendelijk|onbeleefd)",
    ],
  },
};

const HONORIFIC =
  "(?:Mr|Mrs|Ms|Miss|Mister|Herr|Frau|Mme|Mlle|Monsieur|Madame|Sr|Sra|Srta|Señor|Señora|Signora|Signor|Sig|Senhor|Senhora|Dona|Dhr|Mevr|Meneer|Mevrouw)\\.?";
const HONORIFIC_NAME = new RegExp(`(?<![\\p{L}])${HONORIFIC} \\p{Lu}\\p{Ll}+`, "gu");
const NAME = `(?:${HONORIFIC} )?\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?`;
const NAMES = `(${NAME}(?:(?:, | and | und | et | y | e | en | & )${NAME})*)`;
const ARTICLES = new Set(
  "the a an our this that der die das den dem des ein eine le la les l un une el los las il lo gli i o os as um uma de het een".split(
    " ",
  ),
);

/** "thanks to" -> a case-insensitive source where spaces match any run of whitespace. */
function caseless(source: string): string {
  return source.replace(/\p{L}/gu, (c) => {
    const up = c.toUpperCase();
    return up === c ? c : `[${c}${up}]`;
  }).replace(/ /g, "\\s+");
}

const compiled = new Map<SupportedLanguage, { before: RegExp; after: RegExp }>();
function regexesFor(lang: SupportedLanguage) {
  let r = compiled.get(lang);
  if (!r) {
    const before = CUES[lang].before.map(caseless).join("|");
    const after = CUES[lang].after.map(caseless).join("|");
    r = {
      before: new RegExp(`(?<![\\p{L}])(?:${before}),?\\s+${NAMES}`, "gu"),
      after: new RegExp(`(?<![\\p{L}])${NAMES},?\\s+(?:${after})(?![\\p{L}])`, "gu"),
    };
    compiled.set(lang, r);
  }
  return r;
}

const COMMON = new Set(
  `i we you he she it they my our their his her this that these those there here everything nothing
  everyone everybody someone all also overall hotel room staff team management manager reception thanks
  thank great good very special dear sir madam mum mom dad google booking tripadvisor expedia trustpilot
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december christmas easter god ignore please system assistant user
  instruction instructions reply response review guest guests prompt admin ai bot chatgpt openai
  atmosphäre stimmung ambiente begrüßung haus alles aufenthalt service frühstück besonders
  mr mrs ms miss mister herr frau mme mlle monsieur madame sr sra srta sig dhr mevr dona
  executive chef sous head general front office duty officer associate supervisor captain steward
  butler guide driver director owner staffs`
    .split(/\s+/)
    .filter(Boolean),
);

function nameWordOk(word: string): boolean {
  const w = word.toLowerCase();
  if (w.length < 2 || w.length > 20) return false;
  if (COMMON.has(w)) return false;
  return !w.split("-").some((part) => isKnownWord(part));
}

function splitNames(list: string): string[] {
  return list
    .split(/, | and | und | et | y | e | en | & /)
    .map((n) => n.replace(/\s+/g, " ").trim())
    .filter((n) => {
      const words = n.split(" ");
      const last = words[words.length - 1] ?? "";
      const honorific = words.length > 1;
      return honorific ? nameWordOk(last) : nameWordOk(n);
    });
}

function previousWord(text: string, index: number): string {
  const m = /([\p{L}']+)\s*$/u.exec(text.slice(Math.max(0, index - 30), index));
  return (m?.[1] ?? "").toLowerCase();
}

/** Names of staff members mentioned in one sentence, in order of appearance. */
export function findStaffNames(sentence: string, lang: SupportedLanguage): string[] {
  const { before, after } = regexesFor(lang);
  const found: { at: number; names: string[] }[] = [];
  for (const m of sentence.matchAll(before)) {
    if (m[1]) found.push({ at: m.index + m[0].length - m[1].length, names: splitNames(m[1]) });
  }
  for (const m of sentence.matchAll(after)) {
    if (m[1] && !ARTICLES.has(previousWord(sentence, m.index))) {
      found.push({ at: m.index, names: splitNames(m[1]) });
    }
  }
  for (const m of sentence.matchAll(HONORIFIC_NAME)) found.push({ at: m.index, names: splitNames(m[0]) });
  const names = found.sort((a, b) => a.at - b.at).flatMap((f) => f.names);
  return [...new Set(names)];
}
