import { describe, expect, it } from "vitest";
import { checkReply } from "../guardrails";
import { codes, context } from "./testing";

const personal = (text: string, ctx = context({ reviewLanguage: null })) => checkReply(text, ctx).filter((f) => f.code === "personal-data");

describe("personal data guardrail", () => {
  it.each([
    ["en", "I am sorry about the noise in room 214."],
    ["en", "We have moved rm. 12 to the quiet side."],
    ["de", "Das Problem in Zimmer 12 ist behoben."],
    ["de", "Zimmer Nr. 305 wird renoviert."],
    ["fr", "Le problème de la chambre 305 est réglé."],
    ["es", "Hemos revisado la habitación 112."],
    ["it", "Abbiamo controllato la camera 27."],
    ["pt", "Verificámos o quarto 12B."],
    ["nl", "We hebben kamer 8 nagekeken."],
  ])("blocks a room number (%s): %s", (_language, text) => {
    expect(personal(text).map((f) => f.blocking)).toEqual([true]);
  });

  it.each([
    "Regarding booking no. 48213, the charge has been corrected.",
    "Your reservation #A12B45 was noted.",
    "Ihre Buchungsnummer HB-4839201 liegt uns vor.",
    "Votre réservation n° 77812 est bien enregistrée.",
    "Su reserva 556677 ha sido revisada.",
    "La prenotazione 90210 è stata verificata.",
    "A reserva ABC12345 foi verificada.",
    "Uw boeking 4839201 is bekeken.",
    "We checked reference BK739201 again.",
  ])("blocks a booking reference: %s", (text) => {
    expect(personal(text).length).toBeGreaterThanOrEqual(1);
  });

  it("blocks a surname the guest did not show", () => {
    const ctx = context({ authorName: "Anna K.", reviewText: "Lovely stay." });
    expect(personal("Dear Anna Kowalski,\n\nThank you.", ctx)).toHaveLength(1);
    expect(personal("Dear Mrs Kowalski, thank you.", ctx)).toHaveLength(1);
    expect(personal("Sehr geehrte Frau Kowalski, vielen Dank.", ctx)).toHaveLength(1);
    expect(personal("Chère Madame Kowalski, merci.", ctx)).toHaveLength(1);
  });

  it("allows the display name as shown and a first name", () => {
    expect(personal("Dear Anna,\n\nThank you.", context({ authorName: "Anna K." }))).toEqual([]);
    expect(personal("Dear Anna Kowalski,\n\nThank you.", context({ authorName: "Anna Kowalski" }))).toEqual([]);
    expect(personal("Dear Mrs Kowalski, thank you.", context({ authorName: "Anna Kowalski" }))).toEqual([]);
    expect(personal("Dear Anna, Thank you for staying.", context({ authorName: "Anna K." }))).toEqual([]);
  });

  it("blocks a full name copied from the review, but not staff thanked by first name or named places", () => {
    const ctx = context({
      reviewText: "Our neighbour Peter Müller was loud all night. Mr. Sharma at reception was kind, and we loved Marine Drive and Bandra Kurla Complex.",
    });
    expect(personal("I am sorry that Peter Müller disturbed you.", ctx)).toHaveLength(1);
    expect(personal("I will pass your thanks to Mr. Sharma, and we are glad you enjoyed Marine Drive.", ctx)).toEqual([]);
    expect(personal("Thank you, Peter was not a guest we could reach.", ctx)).toEqual([]);
  });

  it("does not take numbers in facts, hotel names or amounts of rooms for personal data", () => {
    const ctx = context({ reviewLanguage: null, profile: { amenities: [], facts: ["Suite 1 is our honeymoon suite", "We have 80 rooms"] } });
    for (const text of [
      "Hotel 1898 has 80 rooms and two suites.",
      "Suite 1 is our honeymoon suite, and we are glad you loved it.",
      "We cleaned the room 3 times a day during your stay.",
      "Since 2019 we have welcomed over 10,000 guests.",
      "Thank you for your booking in 2024 and for staying 3 nights.",
    ]) {
      expect(codes(text, ctx), text).toEqual([]);
    }
  });
});
