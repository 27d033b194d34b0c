import { describe, expect, it } from "vitest";
import type { ColumnMapping } from "./fields";
import { guessMapping, headerScore } from "./guess-mapping";

/** The guess as field -> header name, leaving out fields without a column. */
function guessed(headers: string[], sample: (string | number | null)[][] = []) {
  const mapping: ColumnMapping = guessMapping(headers, sample);
  return Object.fromEntries(Object.entries(mapping).filter(([, i]) => i !== null).map(([f, i]) => [f, headers[i as number]]));
}

describe("guessing which column means what", () => {
  it("maps an English export", () => {
    expect(guessed(["Review ID", "Reviewer", "Rating", "Review Title", "Review", "Review Date", "Owner Response", "Language", "Review URL"])).toEqual({
      externalId: "Review ID", authorName: "Reviewer", rating: "Rating", title: "Review Title", text: "Review",
      publishedAt: "Review Date", replyText: "Owner Response", language: "Language", url: "Review URL",
    });
  });

  it("maps a German Excel export", () => {
    expect(guessed(["Bewertungs-ID", "Name", "Bewertung", "Titel", "Bewertungstext", "Datum", "Antwort", "Sprache", "Link"])).toEqual({
      externalId: "Bewertungs-ID", authorName: "Name", rating: "Bewertung", title: "Titel", text: "Bewertungstext",
      publishedAt: "Datum", replyText: "Antwort", language: "Sprache", url: "Link",
    });
  });

  it("maps French and Spanish exports", () => {
    expect(guessed(["Auteur", "Note", "Titre", "Commentaire", "Date de l'avis", "Réponse", "Langue", "Lien"])).toEqual({
      authorName: "Auteur", rating: "Note", title: "Titre", text: "Commentaire", publishedAt: "Date de l'avis",
      replyText: "Réponse", language: "Langue", url: "Lien",
    });
    expect(guessed(["Nombre", "Puntuación", "Título", "Reseña", "Fecha", "Respuesta", "Idioma", "Enlace"])).toEqual({
      authorName: "Nombre", rating: "Puntuación", title: "Título", text: "Reseña", publishedAt: "Fecha",
      replyText: "Respuesta", language: "Idioma", url: "Enlace",
    });
  });

  it("maps the short headers people type themselves", () => {
    expect(guessed(["Id", "Author", "Stars", "Text", "Date", "Reply", "URL"])).toEqual({
      externalId: "Id", authorName: "Author", rating: "Stars", text: "Text", publishedAt: "Date", replyText: "Reply", url: "URL",
    });
    expect(guessed(["created_time", "recommendation_type", "review_text", "reviewer_name"])).toEqual({
      publishedAt: "created_time", text: "review_text", authorName: "reviewer_name",
    });
  });

  it("does not take a stay date, a reply date or a hotel's name for the review's", () => {
    expect(guessed(["Date of stay", "Review date", "Response date", "Hotel name", "Guest name", "Response"])).toEqual({
      publishedAt: "Review date", authorName: "Guest name", replyText: "Response",
    });
  });

  it("checks ratings and dates against the values: English notes are not a French rating", () => {
    const headers = ["Date", "Note", "Comment"];
    expect(guessed(headers, [["2024-03-05", "4", "ok"], ["2024-03-06", "5", "good"]])).toEqual({ publishedAt: "Date", rating: "Note", text: "Comment" });
    expect(guessed(headers, [["2024-03-05", "call back", "ok"], ["2024-03-06", "VIP", "good"]])).toEqual({ publishedAt: "Date", text: "Comment" });
    expect(guessed(["Date", "Text"], [["soon", "a"], ["later", "b"]])).toEqual({ text: "Text" });
  });

  it("uses each column once and leaves unknown columns alone", () => {
    const mapping = guessMapping(["Rating", "Score", "Foo", "Bar"]);
    expect(mapping.rating).toBe(0);
    expect(Object.values(mapping).filter((v) => v !== null)).toEqual([0]);
  });

  it("scores exact names above names that only contain a clue", () => {
    expect(headerScore("Rating", "rating")).toBe(100);
    expect(headerScore("Overall guest rating", "rating")).toBeGreaterThan(50);
    expect(headerScore("Overall guest rating", "rating")).toBeLessThan(100);
    expect(headerScore("Reviewer", "text")).toBeLessThan(headerScore("Reviewer", "authorName"));
    expect(headerScore("", "rating")).toBe(0);
  });
});
