import { describe, expect, it } from "vitest";
import { analyseReview } from "./analyse";
import { urgentFindings } from "./analyse-urgency";
import type { SupportedLanguage } from "./language-profiles";
import { tokenize } from "./text";

const findings = (sentence: string, lang: SupportedLanguage | null = "en") => urgentFindings(tokenize(sentence), lang);

describe("urgent findings", () => {
  it("finds each kind in English", () => {
    expect(findings("There were bed bugs in the mattress.")).toEqual(["hygiene"]);
    expect(findings("Black mould covered the bathroom ceiling.")).toEqual(["hygiene"]);
    expect(findings("Half our group got food poisoning.")).toEqual(["health"]);
    expect(findings("A short circuit in the socket gave my son an electric shock.")).toEqual(["safety"]);
    expect(findings("The receptionist was openly racist to us.")).toEqual(["discrimination"]);
    expect(findings("We will be speaking to our lawyer.")).toEqual(["legal"]);
    expect(findings("My laptop was stolen from the room.")).toEqual(["theft"]);
    expect(findings("The waiter groped my friend.")).toEqual(["harassment"]);
    expect(findings("This place is a scam.")).toEqual(["fraud"]);
  });

  it("does not count what the guest says was not there, or only feared", () => {
    for (const sentence of [
      "No bed bugs, no cockroaches, nothing to worry about.",
      "We did not see any bed bugs at all.",
      "The room was bed bug free and spotless.",
      "I was worried about mould after reading other reviews but the room was fine.",
      "Never felt unsafe, even walking back late.",
      "Bed bugs were not an issue.",
    ]) {
      expect(findings(sentence), sentence).toEqual([]);
    }
  });

  it("keeps a negation to its own clause", () => {
    expect(findings("No hot water and bed bugs everywhere.")).toEqual(["hygiene"]);
    expect(findings("There was no towel, but there were cockroaches.")).toEqual(["hygiene"]);
  });

  it("knows the harmless meanings of alarming words", () => {
    for (const sentence of [
      "We fell asleep as soon as we lay down.",
      "The hotel is right next to the police station.",
      "The sunset over the lake stole my heart.",
      "We sat by the fire pit every evening.",
      "I was sick and tired of chain hotels, this was different.",
      "The hotel authorities were very helpful.",
      "We cut our stay short to see more of Kerala.",
    ]) {
      expect(findings(sentence), sentence).toEqual([]);
    }
  });

  it("reads the other six languages, negations included", () => {
    const cases: [SupportedLanguage, string, string[]][] = [
      ["de", "Im Bett waren Bettwanzen.", ["hygiene"]],
      ["de", "Keine Bettwanzen, alles sauber.", []],
      ["de", "Es gab eine lange Schlange an der Rezeption.", []],
      ["fr", "Il y avait des punaises de lit.", ["hygiene"]],
      ["fr", "Aucune punaise, chambre impeccable.", []],
      ["fr", "Après un long vol, quel plaisir.", []],
      ["es", "Nos robaron la cartera en la habitación.", ["theft"]],
      ["es", "Sin cucarachas ni chinches.", []],
      ["it", "Abbiamo avuto un'intossicazione alimentare.", ["health"]],
      ["it", "Nessuna cimice, tutto pulito.", []],
      ["pt", "Chamámos a polícia depois do roubo.", ["legal", "theft"]],
      ["pt", "Não havia baratas, tudo limpo.", []],
      ["nl", "Er zaten kakkerlakken in de badkamer.", ["hygiene"]],
      ["nl", "Geen kakkerlakken of muizen gezien.", []],
      ["nl", "Een brandschone kamer.", []],
    ];
    for (const [lang, sentence, kinds] of cases) expect(findings(sentence, lang), `${lang}: ${sentence}`).toEqual(kinds);
  });
});

describe("urgency levels", () => {
  const level = (rating: number | null, text: string) => analyseReview({ rating, title: null, text }).urgency;

  it("is URGENT for findings from an unhappy or unrated guest, with one reason per kind", () => {
    const u = level(2, "Cockroaches in the bathroom. More cockroaches in the wardrobe. Someone stole my charger.");
    expect(u.level).toBe("URGENT");
    expect(u.reasons).toEqual([
      { kind: "hygiene", sentence: "Cockroaches in the bathroom." },
      { kind: "theft", sentence: "Someone stole my charger." },
    ]);
    expect(level(null, "We found bed bugs.").level).toBe("URGENT");
    expect(level(3, "We found bed bugs.").level).toBe("URGENT");
  });

  it("is PROMPT for findings in a happy review, and for a 1-2 star review without findings", () => {
    expect(level(5, "My husband fell ill and the staff called a doctor at once. Wonderful people.")).toMatchObject({
      level: "PROMPT",
      reasons: [{ kind: "health" }],
    });
    const low = level(1, "Tiny room. The breakfast was cold and the staff were rude.");
    expect(low.level).toBe("PROMPT");
    expect(low.reasons).toHaveLength(1);
    expect(low.reasons[0]?.kind).toBe("unhappy-guest");
    expect(["Tiny room.", "The breakfast was cold and the staff were rude."]).toContain(low.reasons[0]?.sentence);
    expect(level(null, "Dirty room, rude staff, cold food.").level).toBe("PROMPT");
  });

  it("is ROUTINE otherwise", () => {
    expect(level(3, "Average stay, nothing special.")).toEqual({ level: "ROUTINE", reasons: [] });
    expect(level(5, "No bed bugs, no noise, lovely staff.")).toEqual({ level: "ROUTINE", reasons: [] });
    expect(level(null, "")).toEqual({ level: "ROUTINE", reasons: [] });
  });
});

describe("languages Lobby does not read", () => {
  it("finds nothing alarming in them, but still marks an unhappy guest", () => {
    expect(analyseReview({ rating: 4, title: null, text: "Rent och modernt, bra säng.", language: "sv" }).urgency.level).toBe("ROUTINE");
    const low = analyseReview({ rating: 1, title: null, text: "Smutsigt rum och otrevlig personal.", language: "sv" }).urgency;
    expect(low).toEqual({ level: "PROMPT", reasons: [{ kind: "unhappy-guest", sentence: "Smutsigt rum och otrevlig personal." }] });
  });
});
