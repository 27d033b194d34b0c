// Español, de usted a tú. Primero las formas verbales cuyo sujeto es el huésped («que haya disfrutado» ->
// «que hayas disfrutado», «no dude» -> «no dudes»), después los pronombres (le -> te, -le -> -te,
// con usted -> contigo) y los posesivos (su -> tu). Los bancos evitan «su»/«le» referidos a terceros.

/** Whole words only, accents included: JavaScript's \\b does not see "disfrutó" end at the "ó". */
const w = (pattern: string) => new RegExp(`(?<![\\p{L}])(?:${pattern})(?![\\p{L}])`, "gu");

const VERB_PHRASES: [RegExp, string][] = [
  [w("no pudiera"), "no pudieras"],
  [w("lo que le gustó como lo que no"), "lo que te gustó como lo que no"],
  [w("que sufrió"), "que sufriste"],
  [w("verle"), "verte"],
  [w("recibirle"), "recibirte"],
  [w("se haya (tomado|alojado)"), "te hayas $1"],
  [w("haya (disfrutado|valorado|hecho|tenido|pasado|elegido|encontrado|podido|contado|escrito|dejado|compartido|dedicado|sentido|vivido|recibido|notado|querido)"), "hayas $1"],
  [w("nos lo haya hecho saber"), "nos lo hayas hecho saber"],
  [w("nos cuente"), "nos cuentes"],
  [w("que disfrutó"), "que disfrutaste"],
  [w("disfrutó"), "disfrutaste"],
  [w("disfrutara"), "disfrutaras"],
  [w("valoró"), "valoraste"],
  [w("encontró"), "encontraste"],
  [w("notó"), "notaste"],
  [w("se sintió"), "te sentiste"],
  [w("considerara"), "consideraras"],
  [w("que usted merecía"), "que merecías"],
  [w("merecía"), "merecías"],
  [w("esperaba"), "esperabas"],
  [w("prefiere"), "prefieres"],
  [w("Le ruego que acepte"), "Te ruego que aceptes"],
  [w("le ruego que acepte"), "te ruego que aceptes"],
  [w("se ponga"), "te pongas"],
  [w("ponerse"), "ponerte"],
  [w("tomarse"), "tomarte"],
  [w("fijarse"), "fijarte"],
  [w("nos dé"), "nos des"],
  [w("([Nn])o dude"), "$1o dudes"],
  [w("([Cc])ontacte"), "$1ontacta"],
  [w("([Ii])ndíquenos"), "$1ndícanos"],
  [w("([Ss])i lo desea"), "$1i lo deseas"],
  [w("([Pp])óngase"), "$1onte"],
  [w("y pregunte por mí"), "y pregunta por mí"],
  [w("([Ll]o que (?:nos )?)cuenta"), "$1cuentas"],
  [w("([Ll]o que (?:nos )?)describe"), "$1describes"],
  [w("pudiera (relajarse|disfrutar)"), "pudieras $1"],
  [w("relajarse"), "relajarte"],
  [w("descansó"), "descansaste"],
];

const PRONOUNS: [RegExp, string][] = [
  [w("con usted"), "contigo"],
  [w("(para|de|a|por|sin|sobre) usted"), "$1 ti"],
  [w("usted"), "tú"],
  [w("(\\p{L}+?[aeií]r)le"), "$1te"],
  [w("(\\p{L}+?[aeií]r)les"), "$1les"],
  [w("Le"), "Te"],
  [w("le"), "te"],
  [w("Sus"), "Tus"],
  [w("sus"), "tus"],
  [w("Su"), "Tu"],
  [w("su"), "tu"],
  [w("la suya"), "la tuya"],
  [w("el suyo"), "el tuyo"],
];

export function toInformalEs(text: string): string {
  return [...VERB_PHRASES, ...PRONOUNS].reduce((t, [from, to]) => t.replace(from, to), text);
}
