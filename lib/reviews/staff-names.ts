import { isKnownWord } from "./compiled-lexicon";
import type { SupportedLanguage } from "./language-profiles";
import { CUES } from "./staff-name-cues";

// Staff members guests name: "thanks to Maria", "Tom at reception", "Maria was so helpful", "Katrin am
// Buffet". Conservative on purpose: a capitalised word right next to such a cue, never a word Lobby's
// lexicons know, never a common capitalised word, never after an article ("The Atmosphäre war herzlich"
// is not a person). Guests often type names in lower case ("thanks to kashish for", "mr shubham"): a
// lower-case word counts only after an honorific, or after a thanking cue when the sentence goes on
// as it would after a name ("for", "and", "who", a comma, the end).

const HONORIFIC_WORDS =
  "Mrs|Mr|Ms|Miss|Mister|Herr|Frau|Mme|Mlle|Monsieur|Madame|Sra|Srta|Sr|Señora|Señor|Signora|Signor|Sig|Senhora|Senhor|Dona|Dhr|Mevrouw|Mevr|Meneer";
const HONORIFIC = `(?:${HONORIFIC_WORDS})\\.?`;
const HONORIFIC_NAME = new RegExp(`(?<![\\p{L}])${HONORIFIC} \\p{Lu}\\p{Ll}+`, "gu");
/** Words that follow a name in a sentence, per language, for names typed in lower case. */
const AFTER_NAME: Record<SupportedLanguage, string> = {
  en: "for|and|who|at|from|in|is|was|has|did|made|&",
  de: "für|und|die|der|an|am|von|vom|hat|war|ist",
  fr: "pour|et|qui|à|de|du|a|est",
  es: "por|y|que|de|en|ha|fue|es",
  it: "per|e|che|alla|della|del|ha|è|era",
  pt: "por|pela|pelo|e|que|da|do|na|no|foi|é",
  nl: "voor|en|die|van|bij|aan|was|is|heeft",
};
const NAME = `(?:${HONORIFIC} )?\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?`;
const NAMES = `(${NAME}(?:(?:, | and | und | et | y | e | en | & )${NAME})*)`;
/** Articles per language: "The Atmosphäre war herzlich" is not a person; Italian "a Marco" is "to Marco". */
const ARTICLES: Record<SupportedLanguage, Set<string>> = {
  en: new Set(["the", "a", "an", "our", "this", "that"]),
  de: new Set(["der", "die", "das", "den", "dem", "des", "ein", "eine", "unser", "unsere"]),
  fr: new Set(["le", "la", "les", "l", "un", "une", "notre"]),
  es: new Set(["el", "la", "los", "las", "un", "una", "nuestro", "nuestra"]),
  it: new Set(["il", "lo", "la", "i", "gli", "le", "l", "un", "una", "uno"]),
  pt: new Set(["o", "os", "as", "um", "uma"]),
  nl: new Set(["de", "het", "een", "onze", "ons"]),
};
/** A role and "named"/"called": what follows is a name even in lower case ("the receptionist named sunil"). */
const NAMED =
  "(?:receptionist|manager|waiter|waitress|driver|chef|guy|lady|man|woman|boy|girl|gentleman|person|staff member|employee)(?: was)? (?:named|called)";

/** "thanks to" -> a case-insensitive source where spaces match any run of whitespace. */
function caseless(source: string): string {
  return source.replace(/\p{L}/gu, (c) => {
    const up = c.toUpperCase();
    return up === c ? c : `[${c}${up}]`;
  }).replace(/ /g, "\\s+");
}

const compiled = new Map<SupportedLanguage, { before: RegExp; after: RegExp; lowerBefore: RegExp; lowerHonorific: RegExp }>();
const LOWER_NAMED = new RegExp(`(?<![\\p{L}])${caseless(NAMED)}\\s+(\\p{Ll}{3,20})(?![\\p{L}])`, "gu");
function regexesFor(lang: SupportedLanguage) {
  let r = compiled.get(lang);
  if (!r) {
    const before = CUES[lang].before.map(caseless).join("|");
    const thanks = CUES[lang].thanks.map(caseless).join("|");
    const after = CUES[lang].after.map(caseless).join("|");
    const follows = `(?=\\s*$|\\s*[,.!;:)…]|\\s+(?:${AFTER_NAME[lang]})(?![\\p{L}]))`;
    r = {
      before: new RegExp(`(?<![\\p{L}])(?:${before}),?\\s+${NAMES}`, "gu"),
      after: new RegExp(`(?<![\\p{L}])${NAMES},?\\s+(?:${after})(?![\\p{L}])`, "gu"),
      lowerBefore: new RegExp(`(?<![\\p{L}])(?:${thanks}),?\\s+(\\p{Ll}{3,20})${follows}`, "gu"),
      lowerHonorific: new RegExp(`(?<![\\p{L}])(${caseless(HONORIFIC_WORDS.toLowerCase())})(?:\\.\\s*|\\s+)(\\p{Ll}{3,20})(?![\\p{L}])`, "gu"),
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
  butler guide driver director owner staffs guys folks sir madam maam mam ji bhai bhaiya didi sirji lot lots
  once both kindly sincerely warmly personally again enough alot him her them me us his hers theirs guy lady
  managers staffs one kitchen chefs crew cleanness housekeeping security`
    .split(/\s+/)
    .filter(Boolean),
);

function nameWordOk(word: string): boolean {
  const w = word.toLowerCase();
  if (w.length < 2 || w.length > 20) return false;
  if (/(\p{L})\1\1/u.test(w)) return false; // "youuu", "sooo": spelling for emphasis, not a name
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

/** "kashish" -> "Kashish", "mr shubham" -> "Mr Shubham". */
function titleCase(name: string): string {
  return name.replace(/(^|[\s-])(\p{Ll})/gu, (_, gap: string, letter: string) => gap + letter.toUpperCase());
}

function previousWord(text: string, index: number): string {
  const m = /([\p{L}']+)\s*$/u.exec(text.slice(Math.max(0, index - 30), index));
  return (m?.[1] ?? "").toLowerCase();
}

/** Names of staff members mentioned in one sentence, in order of appearance. */
export function findStaffNames(sentence: string, lang: SupportedLanguage): string[] {
  const { before, after, lowerBefore, lowerHonorific } = regexesFor(lang);
  const found: { at: number; names: string[] }[] = [];
  for (const m of sentence.matchAll(before)) {
    if (m[1]) found.push({ at: m.index + m[0].length - m[1].length, names: splitNames(m[1]) });
  }
  for (const m of sentence.matchAll(after)) {
    if (m[1] && !ARTICLES[lang].has(previousWord(sentence, m.index))) {
      found.push({ at: m.index, names: splitNames(m[1]) });
    }
  }
  for (const m of sentence.matchAll(HONORIFIC_NAME)) found.push({ at: m.index, names: splitNames(m[0]) });
  for (const m of sentence.matchAll(lowerBefore)) {
    if (m[1] && nameWordOk(m[1])) found.push({ at: m.index + m[0].length - m[1].length, names: [titleCase(m[1])] });
  }
  if (lang === "en") {
    for (const m of sentence.matchAll(LOWER_NAMED)) {
      if (m[1] && nameWordOk(m[1])) found.push({ at: m.index + m[0].length - m[1].length, names: [titleCase(m[1])] });
    }
  }
  for (const m of sentence.matchAll(lowerHonorific)) {
    if (m[1] && m[2] && nameWordOk(m[2])) found.push({ at: m.index, names: [titleCase(`${m[1].toLowerCase()} ${m[2]}`)] });
  }
  const names = found.sort((a, b) => a.at - b.at).flatMap((f) => f.names);
  return [...new Set(names)];
}
