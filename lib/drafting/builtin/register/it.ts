// Italiano, dal Lei al tu. Le forme di cortesia sono scritte con la maiuscola nei banchi (La, Le, Suo,
// aiutarLa), quindi si riconoscono; i verbi con l'ospite come soggetto passano alla seconda persona.
// "La"/"Le" a inizio frase sono articoli ("La nostra posizione") tranne davanti a un verbo ("La ringraziamo").

type Rule = [RegExp, string | ((match: string) => string)];

const VERB_PHRASES: Rule[] = [
  [/\bha (apprezzato|dormito|avuto|trovato|scelto|trascorso|potuto|notato|ricevuto)\b/g, "hai $1"],
  [/\bsi aspettava\b/g, "ti aspettavi"],
  [/\bL'ha delusa\b/g, "ti ha deluso"],
  [/\bha vissuto\b/g, "hai vissuto"],
  [/\bche (non )?abbia\b/g, "che tu $1abbia"],
  [/\b(sperava|desiderava|meritava)\b/g, (m) => `${m.slice(0, -1)}i`],
  [/\b([Ss])e lo desidera\b/g, "$1e lo desideri"],
  [/\b([Cc])ontatti pure\b/g, "$1ontatta pure"],
  [/\b([Nn])on esiti a\b/g, "$1on esitare a"],
  [/\bci segnali pure che preferisce\b/g, "segnalaci pure che preferisci"],
  [/\bpreferisce\b/g, "preferisci"],
  [/\bvorrà(?!\p{L})/gu, "vorrai"],
  [/\b(quanto ci|ciò che ci) racconta\b/g, "$1 racconti"],
  [/\b([Qq]uanto|[Cc]iò che) descrive\b/g, "$1 descrivi"],
  [/\bmettersi\b/g, "metterti"],
  [/\brilassarsi\b/g, "rilassarti"],
  [/\bgodersi\b/g, "goderti"],
];

const OPENING_PRONOUN = /^(\s*)(La|Le) (?=ringrazi|preg|invit|aspett|chied|auguri|scriv|rispond)/;

const PRONOUNS: Rule[] = [
  [/\b(con|per|di|a|da|su|tra|fra) Lei\b/g, "$1 te"],
  [/\bLei\b/g, "tu"],
  [/(\p{Ll})(?:La|Le)\b/gu, "$1ti"],
  [/(?<=\S )(?:La|Le)\b(?! (?:Sua|Suo|Sue|Suoi|nostr))/g, "ti"],
  [/\bSuoi\b/g, "tuoi"],
  [/\bSue\b/g, "tue"],
  [/\bSuo\b/g, "tuo"],
  [/\bSua\b/g, "tua"],
];

export function toInformalIt(text: string): string {
  let out = text.replace(OPENING_PRONOUN, "$1Ti ");
  for (const [from, to] of [...VERB_PHRASES, ...PRONOUNS]) out = typeof to === "string" ? out.replace(from, to) : out.replace(from, to);
  return out;
}
