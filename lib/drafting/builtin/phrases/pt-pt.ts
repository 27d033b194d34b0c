import { ptBR } from "./pt";
import type { PhraseBank } from "./types";

// European Portuguese, derived from the Brazilian bank: the two differ here mostly in vocabulary
// ("equipa", "pequeno-almoço", "casa de banho"), which the base bank keeps easy to swap.

const EUROPEAN: [RegExp, string][] = [
  [/\bequipes\b/g, "equipas"],
  [/\bequipe\b/g, "equipa"],
  [/café da manhã/g, "pequeno-almoço"],
  [/\bo banheiro\b/g, "a casa de banho"],
  [/\bconosco\b/g, "connosco"],
  [/recepção/g, "receção"],
  [/decepcion/g, "dececion"],
  [/Compartilh/g, "Partilh"],
  [/compartilh/g, "partilh"],
  [/\bcontato\b/g, "contacto"],
  [/Pedimos desculpas/g, "Pedimos desculpa"],
  [/ar-condicionado/g, "ar condicionado"],
  [/^Atenciosamente,$/g, "Com os melhores cumprimentos,"],
];

export function toEuropean(text: string): string {
  return EUROPEAN.reduce((t, [from, to]) => t.replace(from, to), text);
}

function localize<T>(value: T): T {
  if (typeof value === "string") return toEuropean(value) as T;
  if (typeof value === "function") return ((s: string) => (value as (s: string) => string | null)(s)) as T;
  if (Array.isArray(value)) return value.map(localize) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localize(v)])) as T;
  }
  return value;
}

export const ptPT: PhraseBank = { ...localize(ptBR), cityLanguage: "pt-PT" };

/** Words that show a review was written in European Portuguese. */
export function looksEuropean(text: string): boolean {
  return /pequeno[- ]almo[çc]o|casa de banho|\bequipa\b|rece[cç][aã]o\b|connosco|ficámos|gostámos|adorámos|\bestava(?:mos)? a \p{L}+r\b/iu.test(text);
}
