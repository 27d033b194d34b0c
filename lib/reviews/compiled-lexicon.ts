import { ASPECT_LEXICON, ASPECTS, type Aspect } from "./aspect-lexicon";
import { LANGUAGE_WORDS, SUPPORTED_LANGUAGES, type SupportedLanguage } from "./language-profiles";
import { compileMatcher, patterns, type Matcher } from "./lexicon-matcher";
import { CUE_LEXICON } from "./polarity-lexicon";
import { fold, words } from "./text";

export type Polarity = 1 | -1;

/** A price word ("$") or a general praise word ("~") that speaks of a nearby aspect; see aspect-lexicon.ts. */
export type Lends = "price" | "praise";

export type Tag =
  | { kind: "aspect"; aspect: Aspect; polarity: Polarity | 0; lends?: Lends; desk?: true }
  | { kind: "cue"; polarity: Polarity; wait?: true; settled?: true }
  | { kind: "negation" }
  | { kind: "contrast" }
  | { kind: "aside" }
  | { kind: "glue" };

/** "-$teuer*" -> price word "teuer*" that complains; "@rezeption" -> the front desk. */
function aspectEntry(raw: string, aspect: Aspect): readonly [string, Tag] {
  let p = raw;
  const polarity: Polarity | 0 = p.startsWith("+") ? 1 : p.startsWith("-") ? -1 : 0;
  if (polarity) p = p.slice(1);
  const tag: Tag = { kind: "aspect", aspect, polarity };
  if (p.startsWith("$")) tag.lends = "price";
  else if (p.startsWith("~")) tag.lends = "praise";
  else if (p.startsWith("@")) tag.desk = true;
  return [tag.lends || tag.desk ? p.slice(1) : p, tag];
}

function* entriesFor(lang: SupportedLanguage): Generator<readonly [string, Tag]> {
  for (const aspect of ASPECTS) {
    for (const p of patterns(ASPECT_LEXICON[lang][aspect])) yield aspectEntry(p, aspect);
  }
  const cues = CUE_LEXICON[lang];
  // A phrase that holds its own negation ("pas terrible", "not worth the money") is not negated again
  // by the "ne" or "don't" before it: "ce n'est pas top" is a complaint.
  const negations = new Set(patterns(cues.negation).map(fold));
  const cue = (p: string, polarity: Polarity): readonly [string, Tag] => {
    const settled = p.includes(" ") && negations.has(fold(p.split(" ")[0] ?? ""));
    return [p, settled ? { kind: "cue", polarity, settled } : { kind: "cue", polarity }];
  };
  for (const p of patterns(cues.positive)) yield cue(p, 1);
  for (const p of patterns(cues.negative)) yield cue(p, -1);
  for (const p of patterns(cues.negation)) yield [p, { kind: "negation" }];
  for (const p of patterns(cues.wait)) yield [p, { kind: "cue", polarity: -1, wait: true }];
  for (const p of patterns(cues.contrast)) yield [p, { kind: "contrast" }];
  for (const p of patterns(cues.aside)) yield [p, { kind: "aside" }];
  for (const p of patterns(cues.glue)) yield [p, { kind: "glue" }];
}

const matchers = new Map<SupportedLanguage | "all", Matcher<Tag>>();

/** The review lexicon of one language, or of all of them when the language is unknown. */
export function reviewLexicon(lang: SupportedLanguage | null): Matcher<Tag> {
  const key = lang ?? "all";
  let m = matchers.get(key);
  if (!m) {
    const langs = lang ? [lang] : SUPPORTED_LANGUAGES;
    m = compileMatcher(langs.flatMap((l) => [...entriesFor(l)]));
    matchers.set(key, m);
  }
  return m;
}

let vocabulary: Set<string> | null = null;

/** Every plain word Lobby's lexicons know, folded; a capitalised one of these is not a person's name. */
export function isKnownWord(word: string): boolean {
  if (!vocabulary) {
    const set = new Set<string>();
    for (const lang of SUPPORTED_LANGUAGES) {
      for (const w of words(LANGUAGE_WORDS[lang])) set.add(w);
      for (const aspect of ASPECTS) for (const w of words(ASPECT_LEXICON[lang][aspect])) set.add(w);
      for (const line of Object.values(CUE_LEXICON[lang])) for (const w of words(line)) set.add(w);
    }
    vocabulary = set;
  }
  return vocabulary.has(fold(word));
}
