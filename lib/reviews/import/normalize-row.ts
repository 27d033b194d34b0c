import { createHash } from "node:crypto";
import { bcp47 } from "../../platforms/booking/normalize";
import type { NormalizedReview } from "../../platforms/types";
import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from "./fields";
import { parseDate, type DateOrder } from "./parse-date";
import { normalizeRating, parseRating } from "./parse-rating";
import { cellText, type Cell, type SheetRow } from "./sheet";

// One row of an uploaded file -> one review in the shape every platform's reviews take, or the
// reasons it cannot be one.

export type RowContext = {
  headers: readonly string[];
  mapping: ColumnMapping;
  /** The scale of plain-number ratings in this file, decided before the rows are read. */
  ratingScale: number;
  dateOrder: DateOrder;
  /** The property's time zone: dates without one are its local time. */
  timeZone: string;
  channelName: string;
  source: { importId: string; fileName: string };
  now?: Date;
};

/** One thing wrong with a row: what the error report lists. */
export type RowProblem = { rowNumber: number; column: string; problem: string; value: string };

export type RowOutcome = { ok: true; review: NormalizedReview } | { ok: false; problems: RowProblem[] };

/** How the review is stored as it came: the file's own row, header by header, and where it came from. */
export type ImportedRaw = {
  source: "file-import";
  importId: string;
  fileName: string;
  rowNumber: number;
  row: Record<string, Cell>;
  /** The review's own page, when the file gave one (what "Open on …" opens). */
  url?: string;
  /** Tripadvisor's own id of the review, when a Tripadvisor file gave it (lib/reviews/import/tripadvisor-overlap.ts). */
  tripadvisorReviewId?: string;
};

const LIMITS: Partial<Record<ImportField, number>> = { text: 20_000, replyText: 20_000, title: 500, authorName: 200, externalId: 200, url: 2_000, language: 50 };

const LANGUAGE_NAMES: Record<string, string> = {
  english: "en", englisch: "en", anglais: "en", ingles: "en", inglese: "en", engels: "en",
  german: "de", deutsch: "de", allemand: "de", aleman: "de", tedesco: "de", alemao: "de", duits: "de",
  french: "fr", francais: "fr", franzosisch: "fr", frances: "fr", francese: "fr", frans: "fr",
  spanish: "es", espanol: "es", spanisch: "es", espagnol: "es", spagnolo: "es", spaans: "es", castellano: "es",
  italian: "it", italiano: "it", italienisch: "it", italien: "it", italiaans: "it",
  portuguese: "pt", portugues: "pt", portugiesisch: "pt", portugais: "pt", portoghese: "pt", portugees: "pt",
  dutch: "nl", nederlands: "nl", niederlandisch: "nl", neerlandais: "nl", hollandais: "nl",
};

const CONTROL_OR_CR = /[\u0001-\u0008\u000b-\u001f\u007f]/;

/** Text as stored: control characters (other than line breaks and tabs) removed, line endings unified. */
function clean(text: string): string {
  if (!CONTROL_OR_CR.test(text)) return text.trim();
  return text.replace(/\r\n?/g, "\n").replace(/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "").trim();
}

function language(value: string): string | null {
  const folded = value.toLowerCase().normalize("NFD").replace(/\p{M}+/gu, "").trim();
  if (LANGUAGE_NAMES[folded]) return LANGUAGE_NAMES[folded];
  // Anything else that is not a language tag is left to Lobby's detection rather than refused.
  return /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(value.trim()) ? bcp47(value) : null;
}

/** A review page's address; http is upgraded, as every review site serves https. */
function reviewUrl(value: string): string | null {
  const withScheme = /^www\./i.test(value) ? `https://${value}` : value.replace(/^http:\/\//i, "https://");
  try {
    const url = new URL(withScheme);
    return url.protocol === "https:" && url.hostname.includes(".") ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The id of a review whose file gave none: the same guest, date and words give the same id, so
 * importing a file again adds nothing twice.
 */
export function contentId(parts: { authorName: string; publishedAt: Date; title: string | null; text: string | null; rating: number | null }): string {
  // Only runs of whitespace, or whitespace other than a plain space, are rewritten: review text is long.
  const norm = (s: string | null) => (s ?? "").normalize("NFC").replace(/\s{2,}|[^\S ]/g, " ").trim().toLowerCase();
  const words = norm(parts.title) || norm(parts.text) ? [norm(parts.title), norm(parts.text)] : [String(parts.rating ?? "")];
  const hash = createHash("sha256").update(JSON.stringify([norm(parts.authorName), parts.publishedAt.toISOString(), ...words])).digest("hex");
  return `row-${hash.slice(0, 32)}`;
}

export function reviewFromRow(row: SheetRow, ctx: RowContext): RowOutcome {
  const problems: RowProblem[] = [];
  const cellOf = (field: ImportField): Cell => {
    const index = ctx.mapping[field];
    return index === null ? null : (row.cells[index] ?? null);
  };
  const columnOf = (field: ImportField) => {
    const index = ctx.mapping[field];
    return index === null ? IMPORT_FIELDS[field].label : (ctx.headers[index] ?? IMPORT_FIELDS[field].label);
  };
  const flag = (field: ImportField, problem: string, value = cellText(cellOf(field))) =>
    problems.push({ rowNumber: row.rowNumber, column: columnOf(field), problem: `${IMPORT_FIELDS[field].label} ${problem}`, value });
  const textOf = (field: ImportField): string | null => {
    const text = clean(cellText(cellOf(field)));
    const limit = LIMITS[field];
    if (limit && text.length > limit) {
      flag(field, `is longer than ${limit.toLocaleString("en")} characters`, `${text.slice(0, 80)}…`);
      return null;
    }
    return text || null;
  };

  if (row.cells.length > ctx.headers.length) {
    problems.push({
      rowNumber: row.rowNumber, column: "(whole row)", value: row.cells.slice(ctx.headers.length).map(cellText).join(" | "),
      problem: `Row has ${row.cells.length} values but the header has ${ctx.headers.length} columns (a value with an unquoted comma or semicolon?)`,
    });
  }

  const date = parseDate(cellOf("publishedAt"), { order: ctx.dateOrder, timeZone: ctx.timeZone, now: ctx.now });
  if (!date.ok) flag("publishedAt", date.problem);

  let rating: { stars: NormalizedReview["rating"]; value: number | null; scale: number } = { stars: null, value: null, scale: ctx.ratingScale };
  const parsedRating = parseRating(cellOf("rating"));
  if (!parsedRating.ok) flag("rating", parsedRating.problem);
  else if (parsedRating.rating) {
    const normalized = normalizeRating(parsedRating.rating, ctx.ratingScale);
    if ("problem" in normalized) flag("rating", normalized.problem);
    else rating = normalized;
  }

  const title = textOf("title");
  const text = textOf("text");
  const authorName = textOf("authorName") ?? `${ctx.channelName} guest`;
  const replyText = textOf("replyText");
  const id = textOf("externalId");
  const languageCell = textOf("language");

  const urlCell = textOf("url");
  const url = urlCell ? reviewUrl(urlCell) : null;
  if (urlCell && !url) flag("url", "is not a web address (https://…)");

  if (date.ok && rating.stars === null && !text && !title && parsedRating.ok && problems.length === 0) {
    problems.push({ rowNumber: row.rowNumber, column: "(whole row)", problem: "Row has neither a rating nor any text", value: "" });
  }
  if (problems.length > 0 || !date.ok) return { ok: false, problems };

  const raw: ImportedRaw = {
    source: "file-import", ...ctx.source, rowNumber: row.rowNumber,
    row: Object.fromEntries(ctx.headers.map((h, i) => [h, row.cells[i] ?? null])),
    ...(url ? { url } : {}),
  };
  return {
    ok: true,
    review: {
      externalId: id ?? contentId({ authorName, publishedAt: date.date, title, text, rating: rating.value }),
      authorName,
      rating: rating.stars,
      platformRating: rating.value,
      platformScale: rating.scale,
      title,
      text,
      language: languageCell ? language(languageCell) : null,
      publishedAt: date.date,
      updatedAt: date.date,
      existingReply: replyText ? { text: replyText, updatedAt: date.date } : null,
      raw,
    },
  };
}
