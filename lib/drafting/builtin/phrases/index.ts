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
