import { mappingProblems, type ImportSettings } from "./fields";
import type { RowContext, RowProblem } from "./normalize-row";
import { resolveSettings, reviewsFromSheet } from "./sheet-reviews";
import type { Sheet } from "./sheet";

// The preview step: the first rows as Lobby will store them, every problem in the file, and totals.

export const PREVIEW_ROWS = 20;
const PREVIEW_PROBLEMS = 100;
const EXCERPT = 280;

export type PreviewRow = {
  rowNumber: number;
  review: {
    publishedAt: string; authorName: string; stars: number | null; platformRating: number | null; platformScale: number;
    title: string | null; text: string | null; language: string | null; hasReply: boolean; externalId: string;
  } | null;
  problems: Omit<RowProblem, "rowNumber">[];
};

export type ImportPreview = {
  /** What stops the import from starting at all (a required column not chosen). */
  mappingProblems: string[];
  notes: string[];
  totals: { rows: number; ready: number; withProblems: number };
  rows: PreviewRow[];
  /** Problems anywhere in the file (the first hundred), so bad rows past the preview are seen too. */
  problems: RowProblem[];
};

const excerpt = (text: string | null) => (text && text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text);

export function previewImport(sheet: Sheet, settings: ImportSettings, context: Omit<RowContext, "headers" | "mapping" | "ratingScale" | "dateOrder">): ImportPreview {
  const blocking = mappingProblems(settings.mapping, sheet.headers);
  if (blocking.length > 0) {
    return { mappingProblems: blocking, notes: [], totals: { rows: sheet.rows.length, ready: 0, withProblems: 0 }, rows: [], problems: [] };
  }
  const resolved = resolveSettings(sheet, settings);
  const all = reviewsFromSheet(sheet, { ...context, mapping: settings.mapping, ratingScale: resolved.ratingScale, dateOrder: resolved.dateOrder });
  const reviewByRow = new Map(all.reviews.map((r) => [r.rowNumber, r.review]));
  const problemsByRow = new Map<number, Omit<RowProblem, "rowNumber">[]>();
  for (const { rowNumber, ...problem } of all.problems) problemsByRow.set(rowNumber, [...(problemsByRow.get(rowNumber) ?? []), problem]);
  const rows = sheet.rows.slice(0, PREVIEW_ROWS).map(({ rowNumber }): PreviewRow => {
    const review = reviewByRow.get(rowNumber);
    return {
      rowNumber,
      problems: problemsByRow.get(rowNumber) ?? [],
      review: review
        ? {
            publishedAt: review.publishedAt.toISOString(), authorName: review.authorName, stars: review.rating, platformRating: review.platformRating,
            platformScale: review.platformScale, title: excerpt(review.title), text: excerpt(review.text), language: review.language,
            hasReply: review.existingReply !== null, externalId: review.externalId,
          }
        : null,
    };
  });
  return {
    mappingProblems: [],
    notes: resolved.notes,
    totals: { rows: sheet.rows.length, ready: all.reviews.length, withProblems: all.failedRows },
    rows,
    problems: all.problems.slice(0, PREVIEW_PROBLEMS),
  };
}
