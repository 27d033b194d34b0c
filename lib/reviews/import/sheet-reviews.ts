import type { NormalizedReview } from "../../platforms/types";
import type { ImportSettings } from "./fields";
import { reviewFromRow, type RowContext, type RowProblem } from "./normalize-row";
import { detectDateOrder, type DateOrder } from "./parse-date";
import { detectRatingScale } from "./parse-rating";
import { cellText, type Sheet } from "./sheet";

// A whole sheet through the chosen mapping: the reviews it holds and every row's problems. The preview
// and the import run read it the same way, so what the preview promises is what the import does.

export type ResolvedSettings = {
  ratingScale: number;
  dateOrder: DateOrder;
  /** Said in the preview when Lobby had to decide something the data could not tell it. */
  notes: string[];
};

/** Settings left to "decide from the data", decided from the whole column. */
export function resolveSettings(sheet: Sheet, settings: ImportSettings): ResolvedSettings {
  const column = (index: number | null) => (index === null ? [] : sheet.rows.map((r) => r.cells[index] ?? null));
  const notes: string[] = [];
  let dateOrder: DateOrder;
  if (settings.dateOrder === "auto") {
    const detected = detectDateOrder(column(settings.mapping.publishedAt));
    dateOrder = detected.order;
    if (detected.conflicting) notes.push(`Some dates are written day first and others month first; Lobby reads them ${dateOrder === "dmy" ? "day" : "month"} first, as most of them are. Rows that do not fit are listed as problems.`);
    else if (!detected.decided && column(settings.mapping.publishedAt).some((c) => typeof c === "string" && /^\d{1,2}[/-]\d{1,2}[/-]\d{2,4}/.test(c.trim()))) {
      notes.push("Every date could be read day first or month first (like 03/04/2024); Lobby reads them day first. If they are month first, change the date order.");
    }
  } else dateOrder = settings.dateOrder;
  const ratingScale = settings.ratingScale === "auto" ? detectRatingScale(column(settings.mapping.rating)) : Number(settings.ratingScale);
  if (settings.ratingScale === "auto" && settings.mapping.rating !== null) notes.push(`Plain-number ratings are read out of ${ratingScale}.`);
  return { ratingScale, dateOrder, notes };
}

export type SheetReviews = {
  reviews: { rowNumber: number; review: NormalizedReview }[];
  problems: RowProblem[];
  /** How many rows have at least one problem (and are not imported). */
  failedRows: number;
};

/** Every row read; a review the file repeats (same id, or same guest, date and words) is imported once. */
export function reviewsFromSheet(sheet: Sheet, context: Omit<RowContext, "headers">): SheetReviews {
  const result: SheetReviews = { reviews: [], problems: [], failedRows: 0 };
  const firstRowOf = new Map<string, number>();
  const ctx: RowContext = { ...context, headers: sheet.headers };
  for (const row of sheet.rows) {
    const outcome = reviewFromRow(row, ctx);
    if (!outcome.ok) {
      result.problems.push(...outcome.problems);
      result.failedRows++;
      continue;
    }
    const earlier = firstRowOf.get(outcome.review.externalId);
    if (earlier !== undefined) {
      const idColumn = context.mapping.externalId;
      const byId = idColumn !== null && cellText(row.cells[idColumn]) !== "";
      result.problems.push({
        rowNumber: row.rowNumber,
        column: byId ? sheet.headers[idColumn]! : "(whole row)",
        problem: byId ? `Review ID repeats row ${earlier}; only row ${earlier} is imported` : `Row repeats row ${earlier} (same guest, date and text); imported once`,
        value: byId ? outcome.review.externalId : "",
      });
      result.failedRows++;
      continue;
    }
    firstRowOf.set(outcome.review.externalId, row.rowNumber);
    result.reviews.push({ rowNumber: row.rowNumber, review: outcome.review });
  }
  return result;
}
