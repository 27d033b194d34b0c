import { describe, expect, it } from "vitest";
import { analyseReview, type ReviewAnalysis } from "./analyse";

const analyse = (rating: number | null, text: string, title: string | null = null) =>
  analyseReview({ rating, title, text });

const has = (a: ReviewAnalysis, aspect: string, polarity: "positive" | "negative") =>
  a.aspects.some((x) => x.aspect === aspect && x.polarity === polarity);

describe("analyseReview: aspects", () => {
  it("finds praised aspects in English", () => {
    const a = analyse(5, "Great location, friendly staff and spotless rooms. The breakfast was delicious and the bed so comfortable.");
    expect(a.language).toBe("en");
    expect(a.sentiment).toBe("positive");
    for (const aspect of ["location", "staff", "cleanliness", "room", "breakfast", "bed"]) {
      expect(has(a, aspect, "positive"), aspect).toBe(true);
    }
    expect(a.aspects.every((x) => x.polarity === "positive")).toBe(true);
  });

  it("finds complaints in English, with negation and contrast", () => {
    const a = analyse(2, "The room was not clean. We could hear the street all night and the wifi kept dropping. Breakfast was good but the coffee was cold.");
    expect(has(a, "cleanliness", "negative")).toBe(true);
    // "The room was not clean" is a cleanliness complaint, not a second one about the room.
    expect(has(a, "room", "negative")).toBe(false);
    expect(has(a, "noise", "negative")).toBe(true);
    expect(has(a, "wifi", "negative")).toBe(true);
    expect(has(a, "breakfast", "positive")).toBe(true);
    expect(has(a, "breakfast", "negative")).toBe(true);
    expect(a.sentiment).toBe("negative");
  });

  it("keeps the source sentence with each aspect", () => {
    const a = analyse(3, "Lovely pool. The air conditioning was broken.");
    const ac = a.aspects.find((x) => x.aspect === "air-conditioning");
    expect(ac?.polarity).toBe("negative");
    expect(ac?.sentence).toBe("The air conditioning was broken.");
    expect(has(a, "pool-spa", "positive")).toBe(true);
  });

  it("reads praise and complaints in the other six languages", () => {
    const cases: [string, number, string, [string, "positive" | "negative"][]][] = [
      ["de", 3, "Das Zimmer war sauber, aber das Frühstück war leider enttäuschend. Die Lage ist top.", [["cleanliness", "positive"], ["breakfast", "negative"], ["location", "positive"]]],
      ["fr", 3, "La chambre était propre mais très bruyante. Le petit déjeuner était délicieux.", [["cleanliness", "positive"], ["noise", "negative"], ["breakfast", "positive"]]],
      ["es", 2, "La habitación estaba sucia y el personal fue muy antipático. La ubicación es buena.", [["cleanliness", "negative"], ["staff", "negative"], ["location", "positive"]]],
      ["it", 5, "Camera pulitissima, colazione ottima e personale gentilissimo.", [["cleanliness", "positive"], ["breakfast", "positive"], ["staff", "positive"]]],
      ["pt", 2, "O quarto era pequeno e barulhento, o pequeno-almoço fraco.", [["room", "negative"], ["noise", "negative"], ["breakfast", "negative"]]],
      ["nl", 4, "Prima hotel, schone kamer, maar het ontbijt was matig. Het wifi werkte niet.", [["cleanliness", "positive"], ["breakfast", "negative"], ["wifi", "negative"]]],
    ];
    for (const [language, rating, text, expected] of cases) {
      const a = analyse(rating, text);
      expect(a.language, text).toBe(language);
      for (const [aspect, polarity] of expected) expect(has(a, aspect, polarity), `${language} ${aspect}`).toBe(true);
    }
  });

  it("does not blame an aspect merely mentioned next to a complaint", () => {
    const a = analyse(1, "On arrival the room was dirty.");
    expect(has(a, "check-in", "negative")).toBe(false);
    expect(has(a, "cleanliness", "negative")).toBe(true);
    expect(has(analyse(5, "The room was spotless."), "room", "positive")).toBe(true);
  });

  it("orders aspects by how often they come up", () => {
    const a = analyse(2, "The room was dirty. Dirty towels too. The view was nice.");
    expect(a.aspects[0]?.aspect).toBe("cleanliness");
  });
});

describe("analyseReview: staff names", () => {
  it("finds names after common cues, conservatively", () => {
    expect(analyse(5, "Thanks to Maria at reception for the tips!").staffNames).toEqual(["Maria"]);
    expect(analyse(5, "Tom was so helpful during our stay.").staffNames).toEqual(["Tom"]);
    expect(analyse(5, "Special thanks to Anna and Luis in the restaurant.").staffNames).toEqual(["Anna", "Luis"]);
    expect(analyse(5, "Our waiter, Sanjay, was wonderful.").staffNames).toContain("Sanjay");
    expect(analyse(4, "Danke an Frau Müller von der Rezeption.", null).staffNames).toEqual(["Frau Müller"]);
    expect(analyse(5, "Merci à Sophie à la réception, très aimable.").staffNames).toEqual(["Sophie"]);
    expect(analyse(5, "Gracias a Lucía por todo, muy amable.").staffNames).toEqual(["Lucía"]);
  });

  it("does not take ordinary capitalised words for names", () => {
    for (const text of [
      "Breakfast was so helpful to start the day.",
      "The Staff was friendly.",
      "Thanks to Google Maps we found it easily.",
      "Everything was great. Location was perfect.",
      "Die Atmosphäre war sehr herzlich.",
      "Thank you Hotel for a great stay.",
    ]) {
      expect(analyse(5, text).staffNames, text).toEqual([]);
    }
  });

  it("tells praised staff from criticised staff", () => {
    const a = analyse(1, "Mr. Rahul was rude and unhelpful. Only Priya at the front desk was kind.");
    expect(a.staff.find((s) => s.name === "Mr. Rahul")?.polarity).toBe("negative");
    expect(a.staff.find((s) => s.name === "Priya")?.polarity).toBe("positive");
  });
});

describe("analyseReview: overall", () => {
  it("weighs the rating with the text", () => {
    expect(analyse(5, "Lovely stay.").sentiment).toBe("positive");
    expect(analyse(4, "Nice room but the breakfast was poor and the wifi was slow.").sentiment).toBe("mixed");
    expect(analyse(1, "Never again.").sentiment).toBe("negative");
    expect(analyse(null, "Dirty room, rude staff.").sentiment).toBe("negative");
  });

  it("notices questions", () => {
    expect(analyse(4, "Do you have parking for a van?").asksQuestion).toBe(true);
    expect(analyse(4, "Nice place.").asksQuestion).toBe(false);
  });

  it("gives a complaint to the specific aspect, not to the room it happened in", () => {
    for (const [language, text, aspect] of [
      ["en", "The air conditioning in our room was broken.", "air-conditioning"],
      ["en", "The wifi in the room was very slow.", "wifi"],
      ["en", "The bed in the room was uncomfortable.", "bed"],
      ["de", "Die Klimaanlage im Zimmer war kaputt.", "air-conditioning"],
    ] as const) {
      const a = analyseReview({ rating: 2, title: null, text, language });
      expect(has(a, aspect, "negative"), text).toBe(true);
      expect(has(a, "room", "negative"), text).toBe(false);
    }
    // The room itself is still the subject when it is the one criticised.
    expect(has(analyse(2, "The room in the annex was tiny and cramped."), "room", "negative")).toBe(true);
    expect(has(analyse(2, "The room was cramped but the air conditioning worked."), "room", "negative")).toBe(true);
  });

  it("prefers the platform's language, unless a long text clearly says otherwise", () => {
    expect(analyseReview({ rating: 5, title: null, text: "Top!", language: "de-DE" }).language).toBe("de");
    const long = "The room was lovely and the staff were very friendly, we would definitely come back again.";
    expect(analyseReview({ rating: 5, title: null, text: long, language: "fr" }).language).toBe("en");
  });

  it("does not pass a language Lobby does not write off as its nearest neighbour", () => {
    const polish = "Przeciętny hotel. Obsługa ciągle ktoś inny w recepcji, jedni nie pamiętali, co się zamawiało u innych. Poza tym w porządku, na jedną lub dwie noce może być.";
    const norwegian = "Vi rakk ikke bussen og måtte finne oss et sted å sove. Hotellet var rent og personalet var hyggelig, frokosten var god.";
    for (const text of [polish, norwegian]) expect(analyse(4, text).language, text).toBeNull();
    // Short or plain texts in Lobby's languages keep theirs.
    expect(analyse(4, "La camera era piccola ma pulita e il personale molto gentile.").language).toBe("it");
    expect(analyse(4, "Het ontbijt was prima en de kamer was schoon, we komen zeker terug.").language).toBe("nl");
  });

  it("copes with empty and odd input", () => {
    expect(analyseReview({ rating: null, title: null, text: null })).toMatchObject({ language: null, aspects: [], staffNames: [] });
    expect(() => analyse(3, "?!?! ... \n\n <b></b>")).not.toThrow();
  });
});
