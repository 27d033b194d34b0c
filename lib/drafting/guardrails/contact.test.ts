import { describe, expect, it } from "vitest";
import { checkReply } from "../guardrails";
import { codes, context } from "./testing";

describe("contact, link and price guardrails", () => {
  it("allows the property's own e-mail, phone and website as the profile gives them", () => {
    const text =
      "Please write to info@hotel1898.pt or call +351 21 340 0800 (or 21 340 0800), and see www.hotel1898.pt or https://hotel1898.pt/offers for details.";
    expect(checkReply(text, context())).toEqual([]);
  });

  it.each([
    ["an invented e-mail", "Write to reservations@hotel-aurora.com and we will help.", "contact-not-in-profile"],
    ["a spelled-out e-mail", "Write to manager (at) grandhotel (dot) com.", "contact-not-in-profile"],
    ["an invented phone number", "Call our manager on +44 20 7946 0958.", "contact-not-in-profile"],
    ["a French number in pairs", "Appelez-nous au 01 42 68 53 00.", "contact-not-in-profile"],
    ["a link", "Read more at https://evil.example.com/deal.", "link-not-in-profile"],
    ["a bare domain", "Book directly on cheap-rooms.net next time.", "link-not-in-profile"],
    ["a markdown link", "See [our offers](https://evil.example.com).", "link-not-in-profile"],
    ["a price", "A room with a view costs only €180.", "price-not-in-profile"],
    ["a price after the number", "Das Upgrade kostet nur 30 Euro.", "price-not-in-profile"],
    ["a price with a code", "Parking is USD 40 per night.", "price-not-in-profile"],
    ["rupees", "The airport drop is just Rs. 1500.", "price-not-in-profile"],
  ])("blocks %s", (_what, text, code) => {
    const flags = checkReply(text, context({ profile: { ...context().profile!, amenities: [] } }));
    expect(flags.some((f) => f.code === code && f.blocking), JSON.stringify(flags)).toBe(true);
  });

  it("calls the guest's own contact details from the review personal data", () => {
    const ctx = context({ reviewText: "Call me on 0044 7700 900123 or write to anna.k@example.org, nobody answered." });
    expect(codes("We tried anna.k@example.org and 0044 7700 900123 without luck.", ctx)).toEqual(["personal-data", "personal-data"]);
  });

  it("allows a price the profile states", () => {
    expect(codes("Parking costs EUR 25 per day, as you saw.")).not.toContain("price-not-in-profile");
    expect(codes("Parking costs 25 EUR per day.")).not.toContain("price-not-in-profile");
  });

  it("does not read times, dates, years, hotel names or platform names as contact details", () => {
    const texts = [
      "Breakfast is served from 7.30 - 10.30 every day, and check-in opens at 15:00.",
      "Hotel 1898 has welcomed guests since 1898, and between 1998 - 2024 it grew to 80 rooms.",
      "Thank you for your stay on 22.11.2026 and for your review on Booking.com and Tripadvisor.",
      "Our 24-hour reception can help with anything, 7 days a week.",
      "Seit 2019 gehören wir zu den 10 besten Hotels der Stadt.",
    ];
    for (const text of texts) expect(checkReply(text, context({ reviewLanguage: null })), text).toEqual([]);
  });

  it("does not take an e-mail address for a link as well", () => {
    expect(codes("Write to anna@evil.example.com.")).toEqual(["contact-not-in-profile"]);
  });
});
