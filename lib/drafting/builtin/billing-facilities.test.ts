import { describe, expect, it } from "vitest";
import { apologises } from "../guardrails";
import type { DraftInput } from "../types";
import { draftBuiltin } from ".";

// Bill and booking disputes, and the building and its common areas, get their own answer in every
// language rather than a general apology or a word about something else. Sentences written for this test.

const property = { name: "Hotel Aurora", city: "Lisbon", signatoryName: "Ana Costa", signatoryTitle: "General Manager" };
const draft = (rating: number, text: string) =>
  draftBuiltin({ review: { rating, title: null, text, language: null, authorName: "Sam", platform: "GOOGLE" }, property, seed: "billing-1" } satisfies DraftInput);

const BILLING: Record<string, string> = {
  en: "They overcharged us at checkout and the deposit never came back.",
  de: "Die Rechnung war falsch, man hat uns doppelt berechnet.",
  fr: "La facture était fausse et on nous a surfacturé la nuit.",
  es: "Nos cobraron dos veces y la factura estaba mal.",
  it: "Ci hanno addebitato due volte e il conto era sbagliato.",
  pt: "Fomos cobrados duas vezes e a conta estava errada, cobrança indevida.",
  nl: "We werden dubbel afgeschreven en de rekening klopte niet.",
};
const LOBBY: Record<string, string> = {
  en: "The lobby is stunning and the building beautiful.",
  de: "Die Lobby ist wunderschön und das Gebäude toll.",
  fr: "Le hall est magnifique et le bâtiment superbe.",
  es: "El vestíbulo es precioso y el edificio espectacular.",
  it: "La hall è bellissima e l'edificio splendido.",
  pt: "O átrio é lindo e o edifício maravilhoso.",
  nl: "De lobby is prachtig en het gebouw geweldig.",
};

describe.each(Object.keys(BILLING))("in %s", (language) => {
  it("answers a billing dispute with an apology about the bill and its next step", () => {
    const d = draft(1, BILLING[language]!);
    expect(d.language).toBe(language);
    const complaint = d.parts.find((p) => p.answers === "aspect:billing:negative");
    expect(complaint, d.text).toBeDefined();
    expect(apologises(complaint!.text, language)).toBe(true);
    expect(d.parts.some((p) => p.answers === "next-step:billing")).toBe(true);
  });

  it("thanks a guest for praising the building and its common areas", () => {
    const d = draft(5, LOBBY[language]!);
    expect(d.language).toBe(language);
    expect(d.parts.map((p) => p.answers), d.text).toContain("aspect:facilities:positive");
  });
});
