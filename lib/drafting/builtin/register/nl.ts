// Nederlands, van "u" naar "je": werkwoorden na "u" in de inversie verliezen hun -t ("hebt u" -> "heb je"),
// "u heeft" wordt "je hebt", na een voorzetsel wordt het "jou".

const INVERTED: Record<string, string> = {
  hebt: "heb", heeft: "heb", bent: "ben", kunt: "kun", wilt: "wil", zult: "zul", vindt: "vind", krijgt: "krijg",
  komt: "kom", gaat: "ga", neemt: "neem", laat: "laat", geeft: "geef", blijft: "blijf", ziet: "zie", doet: "doe", mag: "mag", moet: "moet", weet: "weet", zou: "zou",
  had: "had", was: "was", vond: "vond", kon: "kon", wilde: "wilde", mocht: "mocht", voelde: "voelde",
};

const RULES: [RegExp, string | ((...m: string[]) => string)][] = [
  [/\b([Dd]ank) u\b/g, "$1 je"],
  [/\b(\p{L}+) u\b(?! zich)/gu, (whole, verb: string) => (verb && INVERTED[verb.toLowerCase()] ? `${matchCase(verb, INVERTED[verb.toLowerCase()]!)} je` : whole)],
  [/\b(\p{L}+) u zich\b/gu, (whole, verb: string) => (verb && INVERTED[verb.toLowerCase()] ? `${matchCase(verb, INVERTED[verb.toLowerCase()]!)} je je` : whole)],
  [/\bu heeft\b/g, "je hebt"],
  [/\bU heeft\b/g, "Je hebt"],
  [/\bu zich\b/g, "je je"],
  [/\b(voor|met|aan|bij|van|naar|op|tot|zonder|over) u\b/g, "$1 jou"],
  [/\bu\b/g, "je"],
  [/\bU\b/g, "Je"],
  [/\bde uwe\b/g, "de jouwe"],
  [/\buw\b/g, "je"],
  [/\bUw\b/g, "Je"],
];

function matchCase(original: string, replacement: string): string {
  return original[0] === original[0]?.toUpperCase() ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}

export function toInformalNl(text: string): string {
  let out = text;
  for (const [from, to] of RULES) out = typeof to === "string" ? out.replace(from, to) : out.replace(from, to as (...m: string[]) => string);
  return out;
}
