import {
  LANGUAGE_ENDINGS,
  LANGUAGE_LETTERS,
  LANGUAGE_WORDS,
  SUPPORTED_LANGUAGES,
  type SupportedLanguage,
} from "./language-profiles";
import { fold, words } from "./text";

export { SUPPORTED_LANGUAGES, isSupportedLanguage, type SupportedLanguage } from "./language-profiles";

export type DetectedLanguage = { language: SupportedLanguage; confidence: number };

const WORD_WEIGHT = 1;
const ENDING_WEIGHT = 0.2;
const LETTER_WEIGHT = 0.6;
const MIN_WORDS = 3;
const MIN_LETTERS = 10;
const MIN_SCORE = 1.5;
/** Long reviews are judged on their beginning; it is plenty and keeps detection fast. */
const MAX_CHARS = 2000;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * What one word scores for each language, in SUPPORTED_LANGUAGES order: a frequent word of the
 * language, else (for longer words) one of its typical endings. Reviews repeat their words, so scores
 * are kept per word; the cache starts afresh when it grows large.
 */
const WORD_SETS = SUPPORTED_LANGUAGES.map((lang) => new Set(words(LANGUAGE_WORDS[lang])));
const ENDING_PATTERNS = SUPPORTED_LANGUAGES.map((lang) => new RegExp(LANGUAGE_ENDINGS[lang].map((e) => escapeRegExp(fold(e))).join("|")));
const wordScores = new Map<string, readonly number[]>();
const MAX_CACHED_WORDS = 50_000;

function scoresOf(word: string): readonly number[] {
  let scores = wordScores.get(word);
  if (scores) return scores;
  scores = SUPPORTED_LANGUAGES.map((_, i) =>
    WORD_SETS[i]!.has(word) ? WORD_WEIGHT : word.length > 3 && ENDING_PATTERNS[i]!.test(word) ? ENDING_WEIGHT : 0,
  );
  if (wordScores.size >= MAX_CACHED_WORDS) wordScores.clear();
  wordScores.set(word, scores);
  return scores;
}

/** For each letter that betrays a language, the languages (indexes) it betrays. */
const LETTER_LANGUAGES = new Map<string, number[]>();
SUPPORTED_LANGUAGES.forEach((lang, i) => {
  for (const letter of new Set(LANGUAGE_LETTERS[lang])) LETTER_LANGUAGES.set(letter, [...(LETTER_LANGUAGES.get(letter) ?? []), i]);
});
/** Any of those letters: most text has few, so the search skips the rest without looking at each one. */
const TELLING_LETTERS = new RegExp(`[${[...LETTER_LANGUAGES.keys()].map(escapeRegExp).join("")}]`, "gu");

/**
 * Guesses which of Lobby's languages a text is written in, offline, by scoring frequent words,
 * typical letter groups and accented letters. Null when the text is too short or matches none well.
 * Confidence is the winner's lead over the runner-up (0..1).
 */
export function detectLanguage(text: string): DetectedLanguage | null {
  const sample = text.slice(0, MAX_CHARS);
  const tokens = words(sample);
  const letterCount = tokens.reduce((n, w) => n + w.length, 0);
  if (tokens.length < MIN_WORDS || letterCount < MIN_LETTERS) return null;

  // Sums in the order of the words, per language, so the figures do not depend on the cache.
  const scores = SUPPORTED_LANGUAGES.map(() => 0);
  for (const w of tokens) {
    const wordScore = scoresOf(w);
    for (let i = 0; i < scores.length; i++) if (wordScore[i]) scores[i]! += wordScore[i]!;
  }
  const hits = SUPPORTED_LANGUAGES.map(() => 0);
  for (const [letter] of sample.toLowerCase().matchAll(TELLING_LETTERS)) {
    for (const i of LETTER_LANGUAGES.get(letter) ?? []) hits[i]!++;
  }
  SUPPORTED_LANGUAGES.forEach((lang, i) => {
    if (LANGUAGE_LETTERS[lang]) scores[i]! += Math.min(hits[i]!, tokens.length) * LETTER_WEIGHT;
  });

  const ranked = SUPPORTED_LANGUAGES.map((lang, i) => [lang, scores[i]!] as const).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < MIN_SCORE) return null;
  const runnerUp = second?.[1] ?? 0;
  const confidence = Math.round(((best[1] - runnerUp) / best[1]) * 100) / 100;
  return { language: best[0], confidence };
}
