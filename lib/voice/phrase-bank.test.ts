import { describe, expect, it } from "vitest";
import { phraseBank, portableSentences, recurringSentences } from "./phrase-bank";

const reply = (body: string, name = "Anna") => `Dear ${name},\n\n${body}\n\nWarm regards,\nRita\nGeneral Manager`;

describe("portableSentences", () => {
  it("keeps body sentences and leaves out greeting, signature and anything guest-specific", () => {
    const text = reply("Thank you for staying with us in the spring. Your booking 48213 is noted. Write to desk@hotel.pt any time. Great!");
    expect(portableSentences(text)).toEqual(["Thank you for staying with us in the spring."]);
  });
});

describe("recurringSentences", () => {
  it("finds sentences repeated across replies, whatever their case and punctuation, most frequent first", () => {
    const texts = [
      reply("Thanks for the lovely words. Every guest leaves Casa Azul as a friend of the house."),
      reply("We are sorry about the noise. Every guest leaves casa azul as a friend of the house!", "Tom"),
      reply("Breakfast is our pride. EVERY GUEST LEAVES CASA AZUL AS A FRIEND OF THE HOUSE.", "Ines"),
      reply("Thanks for the lovely words. The terrace is open all year.", "Joe"),
    ];
    expect(recurringSentences(texts)).toEqual([
      { text: "Every guest leaves Casa Azul as a friend of the house.", replies: 3 },
      { text: "Thanks for the lovely words.", replies: 2 },
    ]);
    expect(recurringSentences(texts, 3)).toHaveLength(1);
    // A sentence repeated inside one reply is still one reply.
    expect(recurringSentences([reply("We loved having you here. We loved having you here.")])).toEqual([]);
  });
});

describe("phraseBank", () => {
  const draft = (extra = "") => reply(`Thank you for your review and for choosing our hotel. We hope to welcome you back soon.${extra}`);

  it("tells sentences staff added from ones they kept, and ranks additions first", () => {
    const bank = phraseBank([
      { text: draft(" Our door is always open for you."), startedFrom: draft() },
      { text: reply("Thank you for your review and for choosing our hotel. Our door is always open for you.", "Tom"), startedFrom: draft() },
      { text: draft(), startedFrom: draft() },
    ]);
    expect(bank[0]).toEqual({ text: "Our door is always open for you.", replies: 2, kind: "added" });
    expect(bank).toContainEqual({ text: "Thank you for your review and for choosing our hotel.", replies: 3, kind: "kept" });
  });

  it("finds words staff add inside sentences when the addition recurs, not one-off edits", () => {
    const machine = reply("The rooms are quiet and we hope you slept well.");
    const bank = phraseBank([
      { text: reply("The rooms are quiet and, as we like to say here, sleep is our speciality, we hope you slept well."), startedFrom: machine },
      { text: reply("Thanks for the stars; as we like to say here, sleep is our speciality for every guest.", "Tom"), startedFrom: machine },
      { text: reply("The rooms are quiet and the sea view is one of a kind, we hope you slept well.", "Ines"), startedFrom: machine },
    ]);
    const added = bank.filter((p) => p.kind === "added").map((p) => p.text);
    expect(added).toContain("as we like to say here, sleep is our speciality");
    expect(added.join(" ")).not.toMatch(/sea view/);
  });

  it("is empty for no replies and bounded by its limit", () => {
    expect(phraseBank([])).toEqual([]);
    const many = Array.from({ length: 30 }, (_, i) => ({ text: reply(`House phrase number ${"abcdefghijklmnopqrstuvwxyz"[i % 26]} is repeated here twice over.`), startedFrom: null }));
    expect(phraseBank([...many, ...many], { limit: 5 })).toHaveLength(5);
  });
});
