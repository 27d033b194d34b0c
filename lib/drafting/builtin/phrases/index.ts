import { isSupportedLanguage, type SupportedLanguage } from "../../../reviews/language-profiles";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { it } from "./it";
import { nl } from "./nl";
import { ptBR } from "./pt";
import { looksEuropean, ptPT } from "./pt-pt";
import type { PhraseBank } from "./types";

export const PHRASE_BANKS: Record<SupportedLanguage, PhraseBank> = { en, de, fr, es, it, pt: ptBR, nl };

/**
 * The bank for the review's language, English for languages Lobby does not write yet. Portuguese
 * follows the guest's own variant: European when the review reads European, Brazilian otherwise.
 */
export function phraseBank(language: string | null, reviewText = ""): { language: SupportedLanguage; bank: PhraseBank } {
  const lang: SupportedLanguage = isSupportedLanguage(language) ? language : "en";
  if (lang === "pt" && looksEuropean(reviewText)) return { language: lang, bank: ptPT };
  return { language: lang, bank: PHRASE_BANKS[lang] };
}

/**
 * Words a native writer uses once a reply: a second "sincerely" or "aufrichtig" reads like a form letter.
 * Matched on lower-case text without accents.
 */
export const ONCE_PER_REPLY: Record<SupportedLanguage, RegExp> = {
  en: /\b(?:sincere\w*|truly|genuinely|deeply|seriously|thrilled|delighted)\b/g,
  de: /\b(?:aufrichtig\w*|wirklich|ernst\w*|riesig|ganz besonders)\b/g,
  fr: /\b(?:sincere\w*|vraiment|serieux|ravi\w*|enchante\w*)\b/g,
  es: /\b(?:sincer\w*|de verdad|enormemente|en serio|encantad\w*)\b/g,
  it: /\b(?:davvero|sincer\w*|sul serio|entusiast\w*|felicissim\w*)\b/g,
  pt: /\b(?:sincer\w*|profundamente|a serio|imensamente)\b/g,
  nl: /\b(?:oprecht\w*|echt|serieus|ontzettend)\b/g,
};

/** Words that make a sentence lively, per language: upbeat brands prefer them, polished brands avoid them. */
export const LIVELY: Record<SupportedLanguage, RegExp> = {
  en: /thrilled|delighted|wonderful|so much|joy|treat|smile|can(?:no|')t wait|fantastic|made (?:our|the whole team's) day|heartfelt|so pleased|lovely/i,
  de: /riesig|toll|super|tausend|wunderbar|großartig|herzlich|freude/i,
  fr: /ravi|enchant|immense|merveill|génial|superbe|illumin|bonheur|joie/i,
  es: /encantad|maravill|fantást|genial|muchísim|ilusión|alegr/i,
  it: /felicissim|meraviglios|fantastic|splendid|entusias|gioia|felic/i,
  pt: /radiante|maravilh|fantást|imensamente|alegria|encant/i,
  nl: /geweldig|fantastisch|ontzettend|feest|enthousiast|heerlijk|prachtig/i,
};
