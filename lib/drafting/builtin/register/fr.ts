// Français, du vouvoiement au tutoiement. Les formes verbales dont « vous » est le sujet passent à la
// deuxième personne (« que vous ayez » -> « que tu aies »), les impératifs aussi ; « vous » complément
// devient « te »/« t' » (« toi » après une préposition) ; « votre » devient « ton » ou « ta » selon le nom.

/** Verbs after subject "vous" (possibly with clitics: "vous n'ayez", "vous le méritiez") -> tu form. */
const SUBJECT_VERBS: Record<string, string> = {
  avez: "as", ayez: "aies", êtes: "es", étiez: "étais", soyez: "sois", aviez: "avais", méritiez: "méritais",
  espériez: "espérais", souhaitez: "souhaites", souhaitiez: "souhaitais", donnerez: "donneras", pourrez: "pourras",
  reviendrez: "reviendras", aurez: "auras", serez: "seras", pouvez: "peux", voulez: "veux", trouverez: "trouveras",
  passerez: "passeras", revenez: "reviens", attendiez: "attendais", choisissez: "choisis", trouviez: "trouvais",
  puissiez: "puisses", sentiez: "sentais", preniez: "prennes", rendiez: "rendais", passiez: "passais",
  dites: "dis", décrivez: "décris", racontez: "racontes", faites: "fais", signalez: "signales",
};
const IMPERATIVES: [RegExp, string][] = [
  [/\b([Nn])'hésitez pas\b/g, "$1'hésite pas"],
  [/\b([Cc])ontactez\b/g, "$1ontacte"],
  [/\b([Ii])ndiquez-nous\b/g, "$1ndique-nous"],
  [/\b([Dd])emandez\b/g, "$1emande"],
  [/(?<!\p{L})([Éé])crivez-nous\b/gu, "$1cris-nous"],
  [/\b([Rr])evenez\b/g, "$1eviens"],
  [/\b([Vv])euillez\b/g, "$1eux-tu"],
  [/\b([Pp])renez soin de vous\b/g, "$1rends soin de toi"],
  [/\b([Pp])renez\b/g, "$1rends"],
];

const FEMININE = new Set(
  "chambre facture remarque note question visite réservation franchise journée nuit table soirée famille demande impression satisfaction déception critique attente fidélité venue gentillesse confiance".split(" "),
);
const FEMININE_ADJECTIVES = new Set("prochaine belle dernière première".split(" "));

function possessive(capital: boolean, next: string, after: string): string {
  const n = next.toLowerCase();
  let word = "ton";
  if (!/^[aeiouyhéèêàâîïôû]/i.test(n)) {
    const feminine = FEMININE.has(n) || FEMININE_ADJECTIVES.has(n) || (n.endsWith("e") && !FEMININE.has(n) && FEMININE.has(after.toLowerCase()));
    word = feminine ? "ta" : "ton";
  }
  return capital ? word[0]!.toUpperCase() + word.slice(1) : word;
}

const VERB_KEYS = Object.keys(SUBJECT_VERBS).join("|");
const SUBJECT = new RegExp(`\\b([Vv])ous((?: (?:ne|nous|le|la|les|lui|y|en)| n'| l'| ne l'| nous l')*) ?(${VERB_KEYS})\\b`, "g");

export function toInformalFr(text: string): string {
  let out = IMPERATIVES.reduce((t, [from, to]) => t.replace(from, to), text);
  out = out.replace(SUBJECT, (_, v: string, clitics: string, verb: string) => {
    const joined = `${clitics}${clitics.endsWith("'") ? "" : " "}${SUBJECT_VERBS[verb] ?? verb}`;
    return `${v === "V" ? "T" : "t"}u${joined.startsWith(" ") ? "" : " "}${joined}`.replace(/\s+/g, " ");
  });
  out = out.replace(/\b(avec|pour|chez|sans|envers|entre|à) vous\b(?!-)/g, "$1 toi");
  out = out.replace(/\bde vous(?=\s*(?:[.,;:!?]|$))/g, "de toi");
  out = out.replace(/\b([Vv])ous (?=[aeiouyhéèêàâîïôû])/gi, (_, v: string) => (v === "V" ? "T'" : "t'"));
  out = out.replace(/\b([Vv])ous\b/g, (_, v: string) => (v === "V" ? "Te" : "te"));
  out = out.replace(/\b([Vv])otre (\p{L}+)(?: (\p{L}+))?/gu, (whole, v: string, next: string, after?: string) =>
    whole.replace(/^[Vv]otre/, possessive(v === "V", next, after ?? "")),
  );
  out = out.replace(/\b(le|la|les) vôtres?\b/g, (_, article: string) => `${article} ${article === "la" ? "tienne" : article === "les" ? "tiens" : "tien"}`);
  return out.replace(/\b([Vv])os\b/g, (_, v: string) => (v === "V" ? "Tes" : "tes"));
}
