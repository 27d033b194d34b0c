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

const WORD_SETS = Object.fromEntries(
  SUPPORTED_LANGUAGES.map((lang) => [lang, new Set(words(LANGUAGE_WORDS[lang]))]),
) as Record<SupportedLanguage, Set<string>>;

const ENDINGS = Object.fromEntries(
  SUPPORTED_LANGUAGES.map((lang) => [lang, LANGUAGE_ENDINGS[lang].map(fold)]),
) as Record<SupportedLanguage, string[]>;

const WORD_WEIGHT = 1;
const ENDING_WEIGHT = 0.2;
const LETTER_WEIGHT = 0.6;
const MIN_WORDS = 3;
const MIN_LETTERS = 10;
const MIN_SCORE = 1.5;
/** Long reviews are judged on their beginning; it is plenty and keeps detection fast. */
const MAX_CHARS = 2000;

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

  const scores = new Map<SupportedLanguage, number>(SUPPORTED_LANGUAGES.map((l) => [l, 0]));
  const add = (lang: SupportedLanguage, n: number) => scores.set(lang, (scores.get(lang) ?? 0) + n);

  for (const w of tokens) {
    for (const lang of SUPPORTED_LANGUAGES) {
      if (WORD_SETS[lang].has(w)) add(lang, WORD_WEIGHT);
      else if (w.length > 3 && ENDINGS[lang].some((e) => w.includes(e))) add(lang, ENDING_WEIGHT);
    }
  }
  const lower = sample.toLowerCase();
  for (const lang of SUPPORTED_LANGUAGES) {
    const letters = LANGUAGE_LETTERS[lang];
    if (!letters) continue;
    let hits = 0;
    for (const ch of lower) if (letters.includes(ch)) hits += 1;
    add(lang, Math.min(hits, tokens.length) * LETTER_WEIGHT);
  }

  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < MIN_SCORE) return null;
  const runnerUp = second?.[1] ?? 0;
  const confidence = Math.round(((best[1] - runnerUp) / best[1]) * 100) / 100;
  return { language: best[0], confidence };
}
