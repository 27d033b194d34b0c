import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../db";
import { createBrand, createConnection, createMember, createOrganization, createProperty } from "@/prisma/factories";
import { approveReply } from "../publishing/approve-reply";
import { bestApprovedReplies, recentReplies, similarRatings } from "./approved-replies";
import { teamPhrases } from "./team-phrases";

// A brand's hotels learn from each other when one of them has few approved replies of its own, but a
// reply that names its own hotel or city never becomes another hotel's example. The voice page lists the
// phrases the brand's staff keep writing.

const db = createDb();
let org: { id: string };
let managerId: string;
let brandId: string;
const hotels: { id: string; connectionId: string; name: string }[] = [];

beforeAll(async () => {
  const slug = `learn-${randomUUID().slice(0, 8)}`;
  org = await createOrganization(db, { slug, name: "Learning Hotels" });
  managerId = (await createMember(db, { organizationId: org.id, email: `m@${slug}.test`, name: "M", role: "OWNER", password: "pw-12345678" })).id;
  brandId = (await createBrand(db, { organizationId: org.id, name: "Azul" })).id;
  for (const [name, city] of [["Azul Porto", "Porto"], ["Azul Faro", "Faro"]] as const) {
    const property = await createProperty(db, { organizationId: org.id, brandId, name, city, country: "Portugal", timeZone: "Europe/Lisbon", languages: ["en"], signatoryName: "Rita", signatoryTitle: "GM" });
    const connection = await createConnection(db, { organizationId: org.id, propertyId: property.id, platform: "GOOGLE", externalLocationId: `accounts/1/locations/${randomUUID()}`, credentials: {} });
    hotels.push({ id: property.id, connectionId: connection.id, name });
  }
});
afterAll(async () => {
  await db.organization.delete({ where: { id: org.id } });
  await db.$disconnect();
});

async function approved(hotel: (typeof hotels)[number], rating: number, text: string, machineDraft?: string) {
  const review = await db.review.create({
    data: {
      organizationId: org.id, propertyId: hotel.id, connectionId: hotel.connectionId, platform: "GOOGLE", externalId: randomUUID(), authorName: "Guest",
      rating, platformScale: 5, text: "Very nice stay, thank you.", language: "en", replyState: "DRAFTED", publishedAt: new Date(), platformUpdatedAt: new Date(), raw: {},
    },
  });
  let base: string | null = null;
  if (machineDraft) base = (await db.draft.create({ data: { organizationId: org.id, reviewId: review.id, text: machineDraft, origin: "BUILTIN", provider: "builtin", promptVersion: "t" } })).id;
  await approveReply(db, { reviewId: review.id, baseDraftId: base, text, actor: { kind: "USER", userId: managerId } });
  return review;
}

const body = (s: string) => `Dear Guest,\n\nThank you for staying with us and for your kind review of the hotel. ${s}\n\nKind regards,\nRita`;

describe("examples across a brand", () => {
  it("fill in from the brand's other hotels, never with a reply naming its own hotel or city", async () => {
    const [porto, faro] = hotels as [(typeof hotels)[number], (typeof hotels)[number]];
    const own = body("We hope to see you again very soon.");
    await approved(porto, 5, own);
    await approved(faro, 5, body("The sea is always close by and we loved having you."));
    await approved(faro, 4, body("Come back to Faro whenever you like."));
    await approved(faro, 1, body("We are sorry the stay did not go well."));

    const examples = await bestApprovedReplies(db, { organizationId: org.id, propertyId: porto.id, brandId, rating: 5 });
    expect(examples).toEqual([own, body("The sea is always close by and we loved having you.")]);
    // Without a brand, only the hotel's own replies.
    expect(await bestApprovedReplies(db, { organizationId: org.id, propertyId: porto.id, brandId: null, rating: 5 })).toEqual([own]);
    expect(await recentReplies(db, { organizationId: org.id, propertyId: porto.id })).toEqual([own]);
  });

  it("match ratings by kind of review", () => {
    expect([similarRatings(5), similarRatings(3), similarRatings(1), similarRatings(null)]).toEqual([[4, 5], [2, 3, 4], [1, 2], null]);
  });
});

describe("phrases the team uses", () => {
  it("lists what staff keep adding across the brand's hotels, for the voice page", async () => {
    const [porto, faro] = hotels as [(typeof hotels)[number], (typeof hotels)[number]];
    const machine = body("We hope to welcome you back.");
    const house = "Our terrace is waiting for your next sunset.";
    await approved(porto, 5, body(`We hope to welcome you back. ${house}`), machine);
    await approved(faro, 4, body(`${house} We hope to welcome you back.`), machine);
    const phrases = await teamPhrases(db, org.id, { kind: "brand", brandId });
    expect(phrases[0]).toEqual({ text: house, replies: 2, kind: "added" });
    expect(await teamPhrases(db, org.id, { kind: "brand", brandId: "no-such-brand" })).toEqual([]);
  });
});
