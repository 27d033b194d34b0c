import type { StarRating } from "../../platforms/types";
import { cellText, type Cell } from "./sheet";

// Ratings as people and platforms write them: 4, "4.5", "8,5", "4/5", "8 von 10", "★★★★☆", "4 stars".

export type ParsedRating = { value: number; scale: number | null };
export type RatingResult = { ok: true; rating: ParsedRating | null } | { ok: false; problem: string };

const FILLED_STAR = /[★⭐]/gu;
const EMPTY_STAR = /[☆✩]/gu;
/** "4/5", "4 of 5", "4 von 5", "4 sur 5", "4 de 5", "4 su 5", "4 van 5", "4 out of 5". */
const OUT_OF = /^(\d+(?:[.,]\d+)?)\s*(?:\/|of|out of|von|sur|de|su|van|em)\s*(\d+)$/i;
/** "4 stars", "4 Sterne", "4 étoiles", "4 estrellas", "4 stelle", "4 sterren", "4 estrelas", "4 points". */
const WITH_UNIT = /^(\d+(?:[.,]\d+)?)\s*(?:stars?|sterne?|étoiles?|etoiles?|estrellas?|stelle|sterren|estrelas?|points?|punkte?|pts?)$/i;
const NUMBER = /^\d+(?:[.,]\d+)?$/;

const toNumber = (text: string) => Number(text.replace(",", "."));

/** Reads one rating cell. The scale is null for a plain number: the column's scale decides it. */
export function parseRating(cell: Cell): RatingResult {
  if (typeof cell === "number") return Number.isFinite(cell) ? { ok: true, rating: { value: cell, scale: null } } : { ok: false, problem: "is not a number" };
  const text = cellText(cell).replace(/\s+/g, " ");
  if (!text) return { ok: true, rating: null };
  const filled = text.match(FILLED_STAR)?.length ?? 0;
  const empty = text.match(EMPTY_STAR)?.length ?? 0;
  if (filled + empty > 0) {
    if (text.replace(FILLED_STAR, "").replace(EMPTY_STAR, "").trim() !== "") return { ok: false, problem: "mixes stars with other text" };
    // "★★★★☆" names its scale; "★★★★" alone is on five stars, as every platform draws them.
    return { ok: true, rating: { value: filled, scale: Math.max(5, filled + empty) } };
  }
  const outOf = OUT_OF.exec(text);
  if (outOf) return { ok: true, rating: { value: toNumber(outOf[1]!), scale: Number(outOf[2]) } };
  const withUnit = WITH_UNIT.exec(text);
  if (withUnit) return { ok: true, rating: { value: toNumber(withUnit[1]!), scale: null } };
  if (NUMBER.test(text)) return { ok: true, rating: { value: toNumber(text), scale: null } };
  return { ok: false, problem: "is not a rating Lobby can read (use 4, 4.5, 4/5, 8,5 or ★★★★)" };
}

/**
 * The scale of a column's plain numbers when the person importing left it to Lobby: out of 10 as
 * soon as any value is above 5, else out of 5.
 */
export function detectRatingScale(cells: Iterable<Cell>): 5 | 10 {
  for (const cell of cells) {
    const parsed = parseRating(cell);
    if (parsed.ok && parsed.rating && parsed.rating.scale === null && parsed.rating.value > 5) return 10;
  }
  return 5;
}

/** A rating on its scale, checked, and on Lobby's 1-5 stars (8,5 of 10 -> 4; 9 of 10 -> 5). */
export function normalizeRating(rating: ParsedRating, columnScale: number): { stars: StarRating; value: number; scale: number } | { problem: string } {
  const scale = rating.scale ?? columnScale;
  if (![5, 10, 100].includes(scale)) return { problem: `is out of ${scale}; Lobby reads ratings out of 5, 10 or 100` };
  if (!(rating.value >= 1 && rating.value <= scale)) return { problem: `is not between 1 and ${scale}` };
  const stars = Math.min(5, Math.max(1, Math.round((rating.value / scale) * 5))) as StarRating;
  return { stars, value: rating.value, scale };
}
