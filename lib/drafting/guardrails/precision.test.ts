import { describe, expect, it } from "vitest";
import { checkReply } from "../guardrails";
import { blocking, codes, context } from "./testing";

// Wordings real hotel replies use that are not what a rule is after, each beside the wording the rule
// must still catch, so a fix for one cannot quietly switch the other off.

const noProfile = (overrides: Parameters<typeof context>[0] = {}) => context({ profile: { amenities: [], facts: [] }, ...overrides });

describe("guardrail precision", () => {
  it("reads a missing space after a full stop as two sentences, not a domain", () => {
    expect(codes("We are glad you had a pleasant stay.It was our pleasure.")).not.toContain("link-not-in-profile");
    expect(codes("Two bottles were provided for 3 days.In addition we gave you goodies.")).not.toContain("link-not-in-profile");
    expect(blocking("Book again on stay.it or cheap-rooms.net.")).toContain("link-not-in-profile");
  });

  it("describes what every guest gets without calling it compensation, but still blocks gifts", () => {
    for (const text of [
      "We hope you enjoyed our complimentary breakfast.",
      "We are glad you could use the complimentary pick up and drop service.",
      "Guests enjoy free wi-fi in every corner of the hotel.",
      "Breakfast is complimentary for all guests.",
    ]) {
      const flags = checkReply(text, noProfile());
      expect(flags.some((f) => f.code === "compensation"), text).toBe(false);
      expect(flags.find((f) => f.code === "amenity-unverified")?.blocking, text).toBe(false);
    }
    for (const text of ["Breakfast is complimentary for you next time.", "We will include a complimentary breakfast to make up for it.", "We would like to offer you a free night."]) {
      expect(blocking(text, noProfile()), text).toContain("compensation");
    }
  });

  it("does not read a guest's own demand, a refusal with 'without', a booking voucher or 'free of' as a promise", () => {
    for (const text of [
      "You had also requested a refund, which the booking agency handles.",
      "Our rates in peak season are offered without any discount.",
      "Please carry your booking voucher at check-in.",
      "The voucher no. from the portal did not match your name.",
      "We look forward to welcoming you to a property free of noisy air conditioners.",
    ]) {
      expect(blocking(text, noProfile()), text).not.toContain("compensation");
    }
    expect(blocking("As you requested, we will refund the second night.", noProfile())).toContain("compensation");
    expect(blocking("Please accept a voucher for your next stay.", noProfile())).toContain("compensation");
  });

  it("lets a reply name staff and dishes the review names in full, but not another guest", () => {
    const ctx = context({
      reviewLanguage: "en",
      reviewText:
        "Our housekeeping staff Gaurav Nayak was very helpful. The Galouti Kebab and Paneer Tikka were delicious. Our neighbour Peter Müller was loud all night.",
    });
    const personal = (text: string) => checkReply(text, ctx).filter((f) => f.code === "personal-data");
    expect(personal("Your words have been shared with Gaurav Nayak.")).toEqual([]);
    expect(personal("We are glad you liked the Galouti Kebab and our Paneer Tikka.")).toEqual([]);
    expect(personal("I am sorry that Peter Müller disturbed you.")).toHaveLength(1);
  });

  it("does not take a numbered display name for a booking reference", () => {
    expect(blocking("Dear Roam53280852980, thank you for your review.", context({ authorName: "Roam53280852980" }))).not.toContain("personal-data");
    expect(blocking("Dear guest, we checked reference BK739201 again.", context({ authorName: "Roam53280852980" }))).toContain("personal-data");
  });

  it("does not read a signature of names as a paragraph in another language", () => {
    const reply = "Dear Guest,\n\nThank you for all the kind things you said about us. We are glad you liked your stay and hope to host you again.\n\nBest Wishes,\nUma Narayan\nTreebo Hotel";
    expect(blocking(reply, context({ reviewLanguage: "en" }))).not.toContain("wrong-language");
    const mixed = "Dear Guest,\n\nThank you for all the kind things you said about us. We are glad you liked your stay.\n\nVielen Dank für Ihren Besuch und bis bald in unserem Haus!";
    expect(blocking(mixed, context({ reviewLanguage: "en" }))).toContain("wrong-language");
  });

  it("keeps apologies to five-star reviews that raise a complaint, and notes them on unqualified praise", () => {
    const reply = "We are sorry about the wait at check-in and thank you for the five stars.";
    expect(codes(reply, context({ rating: 5, reviewText: "Lovely hotel, but we waited an hour to check in." }))).not.toContain("apology-on-praise");
    expect(codes(reply, context({ rating: 5, reviewText: "Lovely hotel, friendly staff, great breakfast." }))).toContain("apology-on-praise");
  });
});

describe("guardrail precision with a profile", () => {
  it("still blocks a free extra the profile's amenities do not include", () => {
    expect(blocking("Enjoy our complimentary shuttle to the airport.", context())).toContain("compensation");
  });
});

describe("numbers of the guest's stay", () => {
  it("calls a long room or booking number personal data rather than a phone number", () => {
    const flags = checkReply("You stayed in room # 212/214/215 and booked through the portal, id no – 946916377.", context({ reviewLanguage: null }));
    expect(flags.filter((f) => f.code === "contact-not-in-profile")).toEqual([]);
    expect(flags.filter((f) => f.code === "personal-data" && f.blocking).length).toBeGreaterThanOrEqual(2);
    expect(blocking("Call our manager on +44 20 7946 0958.", context({ reviewLanguage: null }))).toContain("contact-not-in-profile");
  });
});
