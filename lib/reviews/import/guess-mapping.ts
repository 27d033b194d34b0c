import { fold } from "../text";
import { IMPORT_FIELD_KEYS, type ColumnMapping, type ImportField } from "./fields";
import { parseDate } from "./parse-date";
import { parseRating } from "./parse-rating";
import { cellText, type Cell } from "./sheet";

// Lobby's first guess at which column means what, from the header names people and platforms use
// (English, German, French, Spanish, Italian, Portuguese, Dutch). The person importing can change each.

type Clues = {
  /** Whole header names, folded and squeezed ("Review date" -> "reviewdate"). */
  exact: string[];
  /** Parts of a header name that point strongly at the field. */
  strong: string[];
  /** Parts that point at it only weakly ("review" appears in "Review date", "Review ID"...). */
  weak?: string[];
  /** Parts that make the field unlikely ("Date of stay" is not the review's date). */
  not?: string[];
};

const CLUES: Record<ImportField, Clues> = {
  publishedAt: {
    exact: ["date", "datum", "fecha", "data", "reviewdate", "dateofreview", "publisheddate", "published", "publishedat", "createdat", "created", "createdtime", "creationdate", "submitted", "submittedat", "writtendate", "timestamp", "time", "bewertungsdatum", "erstelltam", "veroffentlicht", "veroffentlichtam", "datedelavis", "datedepublication", "fechadepublicacion", "datadellarecensione"],
    strong: ["date", "datum", "fecha", "data", "created", "published", "posted", "submitted", "written", "geschrieben", "erstellt", "veroffentlicht", "publie", "publicado", "pubblicat", "timestamp"],
    not: ["stay", "aufenthalt", "sejour", "estancia", "soggiorno", "verblijf", "visit", "besuch", "trip", "reise", "checkin", "checkout", "arrival", "anreise", "reply", "response", "antwort", "reponse", "respuesta", "risposta", "updated", "modified", "geandert", "birth", "geburt"],
  },
  rating: {
    exact: ["rating", "score", "stars", "sterne", "note", "bewertung", "punkte", "punktzahl", "nota", "puntuacion", "calificacion", "valoracion", "voto", "valutazione", "cijfer", "etoiles", "estrellas", "overall", "overallrating", "starrating", "ratingvalue", "gesamtbewertung", "notegenerale"],
    strong: ["rating", "score", "star", "sterne", "punkt", "note", "nota", "puntuacion", "calificacion", "valoracion", "voto", "valutazione", "cijfer", "etoile", "estrella"],
    not: ["text", "comment", "count", "anzahl"],
  },
  title: {
    exact: ["title", "titel", "titre", "titulo", "titolo", "headline", "subject", "betreff", "reviewtitle", "uberschrift", "summary"],
    strong: ["title", "titel", "titre", "titulo", "titolo", "headline", "uberschrift", "betreff", "subject"],
  },
  text: {
    exact: ["text", "review", "reviewtext", "comment", "comments", "body", "content", "message", "kommentar", "texte", "avis", "commentaire", "resena", "comentario", "opinion", "testo", "recensione", "opinione", "tekst", "texto", "reviewbody", "reviewcontent", "description", "feedback", "bewertungstext", "textedelavis", "recommendationtext"],
    strong: ["text", "comment", "kommentar", "commentaire", "comentario", "body", "content", "inhalt", "message", "feedback", "testo", "tekst", "texto", "texte"],
    weak: ["review", "bewertung", "avis", "resena", "recensione", "opinion", "beoordeling", "recommendation"],
    not: ["reply", "response", "antwort", "reponse", "respuesta", "risposta", "antwoord", "answer", "length", "count"],
  },
  authorName: {
    exact: ["author", "name", "reviewer", "reviewername", "guest", "guestname", "user", "username", "customer", "customername", "displayname", "nom", "nombre", "nome", "naam", "gast", "gastname", "verfasser", "autor", "auteur", "autore", "client", "cliente", "kunde", "reviewedby", "by", "usuario", "utilisateur", "traveller", "traveler", "voyageur", "reisender", "viajero", "profilename"],
    strong: ["author", "autor", "auteur", "autore", "name", "reviewer", "guest", "gast", "user", "customer", "kunde", "client", "verfasser", "traveller", "traveler", "voyageur", "reisender", "viajero", "nombre", "naam"],
    not: ["hotel", "property", "unterkunft", "business", "location", "place", "company", "firma", "etablissement", "file", "count", "comment", "text", "email", "mail"],
  },
  externalId: {
    exact: ["id", "reviewid", "reviewnumber", "externalid", "ref", "reference", "nr", "no", "bewertungsid", "bewertungsnummer", "identifiant", "idavis", "identificador", "idresena", "idrecensione", "recommendationid", "postid", "commentid"],
    strong: ["reviewid", "bewertungsid", "identifiant", "identificador"],
  },
  replyText: {
    exact: ["reply", "response", "ownerresponse", "managementresponse", "hotelresponse", "answer", "antwort", "reponse", "respuesta", "risposta", "antwoord", "replytext", "responsetext", "ownerreply", "businessresponse", "hostresponse", "ownercomment", "reactie"],
    strong: ["reply", "response", "antwort", "reponse", "respuesta", "risposta", "antwoord", "answer", "reactie"],
    not: ["date", "datum", "fecha", "time", "zeit", "status", "author", "by", "von"],
  },
  language: {
    exact: ["language", "lang", "sprache", "langue", "idioma", "lingua", "taal", "locale", "languagecode"],
    strong: ["language", "sprache", "langue", "idioma", "lingua", "locale"],
  },
  url: {
    exact: ["url", "link", "reviewurl", "reviewlink", "permalink", "weblink", "href", "lien", "enlace", "collegamento"],
    strong: ["url", "link", "lien", "enlace", "permalink", "href"],
    not: ["image", "photo", "foto", "bild", "avatar", "profile", "profil"],
  },
};

const squeeze = (header: string) => fold(header).replace(/[^a-z0-9]+/g, "");
const words = (header: string) => fold(header).split(/[^a-z0-9]+/).filter(Boolean);

/** How strongly a header name points at a field (0: not at all). */
export function headerScore(header: string, field: ImportField): number {
  const clues = CLUES[field];
  const name = squeeze(header);
  if (!name) return 0;
  if (clues.exact.includes(name)) return 100;
  const tokens = words(header);
  const has = (clue: string) => (clue.length <= 3 ? tokens.includes(clue) : name.includes(clue));
  let score = 0;
  for (const clue of clues.strong) if (has(clue)) score = Math.max(score, 50 + clue.length);
  for (const clue of clues.weak ?? []) if (has(clue)) score = Math.max(score, 20);
  // "Review ID", "Bewertungs-Nr": an id word at the end of a compound name.
  if (field === "externalId" && /^(id|nr|no|ref|nummer|number|numero)$/.test(tokens.at(-1) ?? "")) score = Math.max(score, 70);
  if (score > 0 && (clues.not ?? []).some(has)) score -= 60;
  return Math.max(0, score);
}

const ENOUGH = 30;

/** Ratings and dates are checked against the column's first values: "Note" may be a rating or notes. */
const VALUE_CHECKS: Partial<Record<ImportField, (cell: Cell) => boolean>> = {
  rating: (cell) => {
    const parsed = parseRating(cell);
    return parsed.ok && parsed.rating !== null && parsed.rating.value <= (parsed.rating.scale ?? 100);
  },
  publishedAt: (cell) => parseDate(cell, { order: "dmy", timeZone: "UTC", now: new Date(8.64e15) }).ok,
};

function valuesFit(field: ImportField, values: Cell[]): boolean {
  const check = VALUE_CHECKS[field];
  const filled = values.filter((v) => cellText(v) !== "");
  if (!check || filled.length === 0) return true;
  return filled.filter(check).length >= filled.length * 0.6;
}

/**
 * The best guess for every field from the header names, checked against the first rows' values
 * when given; each column is used at most once.
 */
export function guessMapping(headers: readonly string[], sampleRows: readonly (readonly Cell[])[] = []): ColumnMapping {
  const candidates: { field: ImportField; column: number; score: number }[] = [];
  headers.forEach((header, column) => {
    const values = sampleRows.map((cells) => cells[column] ?? null);
    for (const field of IMPORT_FIELD_KEYS) {
      const score = headerScore(header, field);
      if (score >= ENOUGH && valuesFit(field, values)) candidates.push({ field, column, score });
    }
  });
  // Highest score first; on a tie the left-most column, then the field listed first.
  candidates.sort((a, b) => b.score - a.score || a.column - b.column || IMPORT_FIELD_KEYS.indexOf(a.field) - IMPORT_FIELD_KEYS.indexOf(b.field));
  const mapping = Object.fromEntries(IMPORT_FIELD_KEYS.map((f) => [f, null])) as ColumnMapping;
  const used = new Set<number>();
  for (const { field, column } of candidates) {
    if (mapping[field] !== null || used.has(column)) continue;
    mapping[field] = column;
    used.add(column);
  }
  return mapping;
}
