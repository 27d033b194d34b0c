import type { SupportedLanguage } from "../../../reviews/language-profiles";
import { toInformalDe } from "./de";
import { toInformalEn } from "./en";
import { toInformalEs } from "./es";
import { toInformalFr } from "./fr";
import { toInformalIt } from "./it";
import { toInformalNl } from "./nl";

// The phrase banks are written in the formal register (Sie, vous, usted, Lei, u). Brands that address
// guests informally get each finished sentence rewritten to du, tu, tú, tu and je by these rules, which
// the register tests run over every wording of every bank. Portuguese banks use the neutral "a sua"
// form that Brazilian and European hotels use with both registers; only the greeting and sign-off change.

const identity = (text: string) => text;

export const TO_INFORMAL: Record<SupportedLanguage, (text: string) => string> = {
  en: toInformalEn,
  de: toInformalDe,
  fr: toInformalFr,
  es: toInformalEs,
  it: toInformalIt,
  pt: identity,
  nl: toInformalNl,
};

export function registerFor(language: SupportedLanguage, formality: "formal" | "informal"): (text: string) => string {
  return formality === "informal" ? TO_INFORMAL[language] : identity;
}
