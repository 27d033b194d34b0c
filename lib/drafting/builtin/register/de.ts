// Deutsch, von "Sie" nach "du". Feste Wendungen zuerst ("wenden Sie sich" -> "wende dich"), dann Satz
// für Satzteil: Steht am Ende des Teilsatzes ein Verb in der Sie-Form ("dass Sie ... genossen haben"),
// ist "Sie" Subjekt (du, Verb in der du-Form, "sich" -> "dich"/"dir"); endet er auf "hat"/"war" oder
// einen Infinitiv mit "zu" ("Sie ... begrüßen zu dürfen"), ist "Sie" Objekt (dich). Zuletzt Ihnen/Ihr.

const FIXED: [RegExp, string][] = [
  [/\b([Bb])itte entschuldigen Sie\b/g, "$1itte entschuldige"],
  [/\bentschuldigen Sie\b/g, "entschuldige"],
  [/\b([Ww])enden Sie sich\b/g, "$1ende dich"],
  [/\b([Mm])elden Sie sich\b/g, "$1elde dich"],
  [/\b([Ff])ragen Sie\b/g, "$1rag"],
  [/\b([Zz])ögern Sie nicht, sich\b/g, "$1ögere nicht, dich"],
  [/\b([Zz])ögern Sie nicht\b/g, "$1ögere nicht"],
  [/\bSie geben uns\b/g, "du gibst uns"],
  [/\b(für|um|ohne|gegen|auf|über) Sie\b/g, "$1 dich"],
];

/** Verbs at the end of a clause whose subject is "Sie", and their du-form. */
const SIE_VERBS: Record<string, string> = {
  haben: "hast", hatten: "hattest", waren: "warst", sind: "bist", konnten: "konntest", können: "kannst",
  möchten: "möchtest", dürfen: "darfst", hätten: "hättest", wären: "wärst", fanden: "fandest", teilen: "teilst",
  berichten: "berichtest", erwähnen: "erwähnst", mitteilen: "mitteilst", verdienen: "verdienst", erwarten: "erwartest",
  werden: "wirst", wollen: "willst", sollten: "solltest", würden: "würdest", empfanden: "empfandest",
  genießen: "genießt", wünschen: "wünschst", fühlen: "fühlst", kommen: "kommst", buchen: "buchst", sehen: "siehst",
  nehmen: "nimmst", wohnen: "wohnst", reisen: "reist", suchen: "suchst", mögen: "magst",
  schildern: "schilderst", beschreiben: "beschreibst", erzählen: "erzählst", schreiben: "schreibst"
};
/** Third person singular: the clause has another subject, "Sie" is the object ("dass Sie ... enttäuscht hat"). */
const THIRD_PERSON = new Set(["hat", "war", "ist", "wurde", "hatte", "kann", "konnte", "hätte", "wäre", "sollte"]);
/** "sich" stands in the dative with these ("dir die Zeit genommen", "es dir gewünscht"). */
const DATIVE_SICH = /\bsich (?:die Zeit|es|eine?n?|etwas|mehr|[a-zäöü]+ (?:\w+ )?gewünscht)\b|\bes sich\b|\bsich\b(?=[^,;.]*\bgewünscht\b)/;

const POSSESSIVES: [RegExp, string][] = [
  [/\bIhnen\b/g, "dir"],
  [/\bIhres\b/g, "deines"],
  [/\bIhrem\b/g, "deinem"],
  [/\bIhren\b/g, "deinen"],
  [/\bIhrer\b/g, "deiner"],
  [/\bIhre\b/g, "deine"],
  [/\bIhr\b/g, "dein"],
];

const INFINITIVE_END = /\bzu\s+[\p{L}-]+\s*$/u;
const INFINITIVE_ANYWHERE = /\bzu\s+(?!uns\b|dir\b|dich\b|einem\b|einer\b|den\b|dem\b|der\b|hause\b)\p{Ll}+(?:en|ern|eln)\b/u;

function clauseToInformal(clause: string): string {
  if (!/\bSie\b/.test(clause)) return clause;
  const words = clause.trim().split(/\s+/);
  const last = (words[words.length - 1] ?? "").replace(/[^\p{L}]/gu, "");
  const object =
    INFINITIVE_END.test(clause.trim()) || (!(last in SIE_VERBS) && (THIRD_PERSON.has(last) || INFINITIVE_ANYWHERE.test(clause)));
  if (object) return clause.replace(/\bSie\b/g, "dich");
  const dative = DATIVE_SICH.test(clause);
  return clause
    .replace(/\bSie\b/g, "du")
    .replace(/\bsich\b/g, dative ? "dir" : "dich")
    .replace(/\b(\p{L}+)\b(?=\s+und\b|\s*$)/gu, (verb) => SIE_VERBS[verb] ?? verb);
}

export function toInformalDe(text: string): string {
  let out = FIXED.reduce((t, [from, to]) => t.replace(from, to), text);
  // Clauses end at punctuation; a dash or semicolon starts a new one.
  out = out
    .split(/([,;:.!?–—]+)/)
    .map((part, i) => (i % 2 === 0 ? clauseToInformal(part) : part))
    .join("");
  out = POSSESSIVES.reduce((t, [from, to]) => t.replace(from, to), out);
  // A possessive that now opens the sentence keeps its capital.
  return out.replace(/^(\s*)(dein|deine|deinen|deinem|deiner|deines|dir|du|dich)\b/, (_, space: string, word: string) => space + word[0]!.toUpperCase() + word.slice(1));
}
