import { z } from "zod";
import { MAX_COLUMNS } from "./sheet";

// What a column of an uploaded file can mean to Lobby, and the settings the person importing chooses.

export const IMPORT_FIELDS = {
  publishedAt: { label: "Date", hint: "When the guest wrote the review. Required." },
  rating: { label: "Rating", hint: "Stars or score: 4, 4/5, 8,5, ★★★★" },
  title: { label: "Title", hint: "The review's headline" },
  text: { label: "Review text", hint: "What the guest wrote" },
  authorName: { label: "Guest name", hint: "Shown in the inbox and used in the greeting" },
  externalId: { label: "Review ID", hint: "The platform's id; without it Lobby recognises a review by name, date and text" },
  replyText: { label: "Existing reply", hint: "A reply already posted on the platform" },
  language: { label: "Language", hint: "en, de, fr…; detected from the text when missing" },
  url: { label: "Link to the review", hint: "Opened when you post the reply" },
} as const;

export type ImportField = keyof typeof IMPORT_FIELDS;
export const IMPORT_FIELD_KEYS = Object.keys(IMPORT_FIELDS) as ImportField[];

const column = z.number().int().min(0).max(MAX_COLUMNS).nullable();

/** Which column (by position) holds each field; null when the file has none. */
export const columnMappingSchema = z.object(
  Object.fromEntries(IMPORT_FIELD_KEYS.map((f) => [f, column])) as Record<ImportField, typeof column>,
);
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

export const RATING_SCALES = {
  auto: "Decide from the data",
  "5": "1 to 5",
  "10": "1 to 10",
} as const;
export type RatingScaleChoice = keyof typeof RATING_SCALES;

export const DATE_ORDERS = {
  auto: "Decide from the data",
  dmy: "Day first (31/12/2024)",
  mdy: "Month first (12/31/2024)",
} as const;
export type DateOrderChoice = keyof typeof DATE_ORDERS;

/** Everything the mapping step decides; shared by the form and the server action. */
export const importSettingsSchema = z.object({
  mapping: columnMappingSchema,
  ratingScale: z.enum(Object.keys(RATING_SCALES) as [RatingScaleChoice, ...RatingScaleChoice[]]),
  dateOrder: z.enum(Object.keys(DATE_ORDERS) as [DateOrderChoice, ...DateOrderChoice[]]),
});
export type ImportSettings = z.infer<typeof importSettingsSchema>;

/** What keeps a mapping from being used, in words for the person choosing it; empty when it is fine. */
export function mappingProblems(mapping: ColumnMapping, headers: readonly string[]): string[] {
  const problems: string[] = [];
  if (mapping.publishedAt === null) problems.push("Choose the column with the review date.");
  if (mapping.rating === null && mapping.text === null) problems.push("Choose the column with the rating or the one with the review text (or both).");
  const fieldsByColumn = new Map<number, ImportField[]>();
  for (const field of IMPORT_FIELD_KEYS) {
    const index = mapping[field];
    if (index === null) continue;
    if (index >= headers.length) {
      problems.push(`${IMPORT_FIELDS[field].label}: the file has no column ${index + 1}.`);
      continue;
    }
    fieldsByColumn.set(index, [...(fieldsByColumn.get(index) ?? []), field]);
  }
  for (const [index, fields] of fieldsByColumn) {
    if (fields.length > 1) {
      problems.push(`"${headers[index]}" is chosen for ${fields.map((f) => IMPORT_FIELDS[f].label).join(" and ")}; choose it once.`);
    }
  }
  return problems;
}
