import type { SupportedLanguage } from "./language-profiles";

// The words around a staff member's name, per language: a cue before the names ("thanks to ___") and a
// cue after them ("___ at reception", "___ was so kind", "___ am Buffet"). Regular expression sources,
// matched without regard to case; a space matches any run of whitespace.

/**
 * Cue before the names ("thanks to ___") and cue after them ("___ at reception", "___ was so kind").
 * `thanks` lists the cues after which even a lower-case word can be a name ("thanks to kashish for"); a
 * post ("chef ___", "front desk ___") is followed by too many ordinary words ("chef left", "front desk
 * behaviour") to trust in lower case.
 */
export type Cues = { before: string[]; after: string[]; thanks: string[] };

export const CUES: Record<SupportedLanguage, Cues> = {
  en: {
    before: [
      "(?:thank you|thanks|thank)(?: you)?(?: so much| very much)?(?: to)?",
      "(?:shout ?out|kudos|praise|special mention|grateful)(?: to)?",
      "(?:especially|particularly|notably)(?: to)?",
      "(?:receptionist|concierge|manager|waiter|waitress|bartender|hostess|host|housekeeper|driver|chef|server|porter|doorman|staff member|housekeeping staff|duty manager|front desk|guest relations|butler|steward)(?: called| named)?",
    ],
    thanks: ["(?:thank you|thanks|thank)(?: you)?(?: so much| very much)?(?: to)?", "(?:shout ?out|kudos|praise|special mention|grateful)(?: to)?"],
    after: [
      "(?:at|from|on|in) (?:the )?(?:reception|front desk|front office|concierge|restaurant|bar|breakfast|breakfast buffet|buffet|desk|spa|pool|pool bar|lobby|lounge|rooftop|housekeeping|guest relations|room service|kitchen)",
      "(?:our|the) (?:waiter|waitress|bartender|driver|butler|housekeeper|concierge|receptionist|manager|chef|host|hostess)",
      "(?:was|is|were)(?: so| very| extremely| really| incredibly| super| always| truly| exceptionally)* (?:helpful|friendly|kind|attentive|welcoming|polite|courteous|professional|accommodating|charming|a star|a gem|rude|unhelpful|unfriendly)",
    ],
  },
  de: {
    before: [
      "(?:danke|vielen dank|herzlichen dank|besonderen dank|ein dank|dank|großes lob|lob)(?: auch)? an(?: die| den)?(?: nette| netten| liebe| lieben)?(?: rezeptionistin| rezeptionist| kellnerin| kellner| mitarbeiterin| mitarbeiter)?",
      "(?:besonders|vor allem|insbesondere)",
      "(?:rezeptionistin|rezeptionist|kellnerin|kellner|mitarbeiterin|mitarbeiter|gastgeberin|gastgeber|managerin|chefin)",
    ],
    thanks: ["(?:danke|vielen dank|herzlichen dank|besonderen dank|ein dank|dank|großes lob|lob)(?: auch)? an(?: die| den)?(?: nette| netten| liebe| lieben)?(?: rezeptionistin| rezeptionist| kellnerin| kellner| mitarbeiterin| mitarbeiter)?"],
    after: [
      "(?:an|von|vom|am|im|beim|aus) (?:der |dem )?(?:rezeption|empfang|frühstück|frühstücksbuffet|buffet|büfett|restaurant|bar|pool|spa|service|zimmerservice|housekeeping|küche|lobby|wellnessbereich)",
      "(?:unsere|unser|die|der) (?:kellnerin|kellner|rezeptionistin|rezeptionist|köchin|koch|fahrerin|fahrer|gastgeberin|gastgeber)",
      "(?:war|ist)(?: sehr| so| super| extrem| total| wirklich| äußerst| immer)* (?:freundlich|hilfsbereit|nett|zuvorkommend|aufmerksam|herzlich|unfreundlich|unhöflich)",
    ],
  },
  fr: {
    before: [
      "(?:merci|un grand merci|remerciements|mention spéciale|bravo)(?: à| a)?(?: notre| la| le)?(?: réceptionniste| serveuse| serveur)?",
      "(?:surtout|notamment|particulièrement|en particulier)",
      "(?:réceptionniste|serveuse|serveur|concierge|gérante|gérant|directrice|directeur)(?: nommée| nommé| appelée| appelé)?",
    ],
    thanks: ["(?:merci|un grand merci|remerciements|mention spéciale|bravo)(?: à| a)?(?: notre| la| le)?(?: réceptionniste| serveuse| serveur)?"],
    after: [
      "(?:à|a|de|du|au) (?:la |l['’])?(?:réception|accueil|restaurant|bar|petit déjeuner|petit-déjeuner|buffet|piscine|spa|conciergerie|ménage)",
      "(?:notre|la|le) (?:serveuse|serveur|réceptionniste|barman|concierge|gouvernante|cheffe|chef)",
      "(?:était|est|a été)(?: très| si| super| vraiment| toujours| extrêmement)* (?:aimable|gentille|gentil|serviable|accueillante|accueillant|souriante|souriant|attentionnée|attentionné|adorable|charmante|charmant|désagréable|impolie|impoli)",
    ],
  },
  es: {
    before: [
      "(?:gracias|agradecer|agradecemos|agradezco|mención especial)(?: a)?(?: la| el| nuestra| nuestro)?(?: recepcionista| camarera| camarero)?",
      "(?:especialmente|sobre todo|en especial|en particular)(?: a)?",
      "(?:recepcionista|camarera|camarero|conserje|gerente|directora|director)(?: llamada| llamado)?",
    ],
    thanks: ["(?:gracias|agradecer|agradecemos|agradezco|mención especial)(?: a)?(?: la| el| nuestra| nuestro)?(?: recepcionista| camarera| camarero)?"],
    after: [
      "(?:de|en|del) (?:la |el )?(?:recepción|restaurante|bar|desayuno|buffet|bufé|piscina|spa|limpieza)",
      "(?:nuestra|nuestro|la|el) (?:camarera|camarero|recepcionista|conserje|cocinera|cocinero)",
      "(?:fue|era|es|estuvo)(?: muy| súper| super| tan| realmente| siempre| increíblemente)* (?:amable|atenta|atento|simpática|simpático|servicial|encantadora|encantador|profesional|maleducada|maleducado|antipática|antipático)",
    ],
  },
  it: {
    before: [
      "(?:grazie|ringrazio|ringraziamo|un grazie|menzione speciale|complimenti)(?: speciale| di cuore| mille| anche)*(?: a| ad)?(?: la| il)?(?: receptionist| cameriera| cameriere)?",
      "(?:soprattutto|specialmente|in particolare)",
      "(?:receptionist|cameriera|cameriere|concierge|direttrice|direttore|responsabile)",
    ],
    thanks: ["(?:grazie|ringrazio|ringraziamo|un grazie|menzione speciale|complimenti)(?: speciale| di cuore| mille| anche)*(?: a| ad)?(?: la| il)?(?: receptionist| cameriera| cameriere)?"],
    after: [
      "(?:alla|della|al|del|in) (?:reception|ristorante|bar|colazione|buffet|piscina|spa|sala)",
      "(?:la nostra|il nostro|la|il) (?:cameriera|cameriere|receptionist|barista|cuoca|cuoco)",
      "(?:è stata|è stato|era|è)(?: molto| super| davvero| sempre| estremamente| così)* (?:gentile|gentilissima|gentilissimo|disponibile|disponibilissima|disponibilissimo|cordiale|simpatica|simpatico|accogliente|professionale|scortese|maleducata|maleducato)",
    ],
  },
  pt: {
    before: [
      "(?:obrigada|obrigado|agradecer|agradecemos|agradeço|menção especial)(?: à| ao| a| aos| às)?(?: recepcionista| rececionista)?",
      "(?:especialmente|principalmente|em especial|em particular)(?: à| ao| a| o)?",
      "(?:recepcionista|rececionista|garçom|garçonete|empregada|gerente|concierge)",
    ],
    thanks: ["(?:obrigada|obrigado|agradecer|agradecemos|agradeço|menção especial)(?: à| ao| a| aos| às)?(?: recepcionista| rececionista)?"],
    after: [
      "(?:da|na|do|no) (?:recepção|receção|restaurante|bar|pequeno almoço|pequeno-almoço|café da manhã|buffet|piscina|spa|limpeza)",
      "(?:a nossa|o nosso|nossa|nosso) (?:empregada|empregado|rececionista|recepcionista|garçom|cozinheira|cozinheiro)",
      "(?:foi|é|era|esteve)(?: muito| super| sempre| extremamente| tão)* (?:simpática|simpático|atenciosa|atencioso|prestável|prestativa|prestativo|gentil|amável|educada|educado|grosseira|grosseiro)",
    ],
  },
  nl: {
    before: [
      "(?:dank|bedankt|dankjewel|dank je wel|dank u wel|complimenten|compliment)(?: aan| voor| naar)?(?: de)?(?: receptioniste| receptionist| serveerster| ober)?",
      "(?:vooral|met name|speciaal|in het bijzonder)",
      "(?:receptioniste|receptionist|serveerster|ober|conciërge|manager|eigenaar|eigenaresse|gastvrouw|gastheer)",
    ],
    thanks: ["(?:dank|bedankt|dankjewel|dank je wel|dank u wel|complimenten|compliment)(?: aan| voor| naar)?(?: de)?(?: receptioniste| receptionist| serveerster| ober)?"],
    after: [
      "(?:van|bij|aan|achter) (?:de |het )?(?:receptie|balie|bar|restaurant|ontbijt|ontbijtbuffet|buffet|zwembad|spa|bediening|schoonmaak)",
      "(?:onze|de) (?:serveerster|ober|receptioniste|receptionist|kok|gastvrouw|gastheer)",
      "(?:was|is)(?: erg| heel| zeer| super| altijd| enorm| echt| ontzettend)* (?:vriendelijk|behulpzaam|aardig|attent|gastvrij|hartelijk|lief|onvriendelijk|onbeleefd)",
    ],
  },
};
