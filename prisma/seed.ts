import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createDb } from "../lib/db";
import {
  GOOGLE_SANDBOX_CLIENT_ID,
  GOOGLE_SANDBOX_CLIENT_SECRET,
  GOOGLE_SANDBOX_LOCATIONS,
  GOOGLE_SANDBOX_REFRESH_TOKEN,
} from "../sandbox/google/seed";
import { BOOKING_SANDBOX_CREDENTIALS, BOOKING_SANDBOX_PROPERTIES } from "../sandbox/booking/seed";
import { EXPEDIA_SANDBOX_CREDENTIALS, EXPEDIA_SANDBOX_PROPERTIES } from "../sandbox/expedia/seed";
import { TRIPADVISOR_SANDBOX_CREDENTIALS, TRIPADVISOR_SANDBOX_LOCATIONS } from "../sandbox/tripadvisor/seed";
import { TRUSTPILOT_SANDBOX_BUSINESS_UNITS, TRUSTPILOT_SANDBOX_CREDENTIALS } from "../sandbox/trustpilot/seed";
import { analyseBacklog } from "../lib/reviews/analyse-review";
import { createBrand, createConnection, createMember, createOrganization, createProperty } from "./factories";
import { seedVoice } from "./seed-voice";

// The demo organization: a small hotel group with two hotels on Google (served by the sandbox), its
// staff in every role, and a second organization to show that tenants cannot see each other.
export const DEMO_PASSWORD = "lobby-demo";
export const DEMO_USERS = {
  manager: { email: "manager@azulejo.demo", name: "Inês Carvalho", role: "HOTEL_MANAGER" },
  writer: { email: "writer@azulejo.demo", name: "Tom Becker", role: "WRITER" },
  brand: { email: "brand@azulejo.demo", name: "Sofia Lemos", role: "BRAND_OWNER" },
  owner: { email: "owner@azulejo.demo", name: "Rui Almeida", role: "OWNER" },
} as const;
export const OUTSIDER = { email: "manager@otherhotels.demo", name: "Nora Quist", role: "HOTEL_MANAGER" } as const;

const googleCredentials = {
  clientId: GOOGLE_SANDBOX_CLIENT_ID,
  clientSecret: GOOGLE_SANDBOX_CLIENT_SECRET,
  refreshToken: GOOGLE_SANDBOX_REFRESH_TOKEN,
};

export async function seedDemo(db = createDb()) {
  if (await db.organization.findUnique({ where: { slug: "azulejo-hotels" } })) return { seeded: false };

  const org = await createOrganization(db, { slug: "azulejo-hotels", name: "Azulejo Hotels", kind: "HOTEL_GROUP" });
  for (const user of Object.values(DEMO_USERS)) {
    await createMember(db, { organizationId: org.id, ...user, password: DEMO_PASSWORD });
  }
  const brand = await createBrand(db, { organizationId: org.id, name: "Azulejo" });
  const lisbon = await createProperty(db, {
    organizationId: org.id, brandId: brand.id, name: GOOGLE_SANDBOX_LOCATIONS.lisbon.title, city: "Lisbon", country: "Portugal",
    timeZone: "Europe/Lisbon", languages: ["pt", "en", "es", "fr"], signatoryName: "Inês Carvalho", signatoryTitle: "General Manager",
  });
  const munich = await createProperty(db, {
    organizationId: org.id, brandId: brand.id, name: GOOGLE_SANDBOX_LOCATIONS.munich.title, city: "Munich", country: "Germany",
    timeZone: "Europe/Berlin", languages: ["de", "en", "it", "nl"], signatoryName: "Markus Huber", signatoryTitle: "Hotel Manager",
  });
  await seedVoice(db, org.id, brand.id, [{ id: lisbon.id, key: "lisbon" }, { id: munich.id, key: "munich" }]);
  // Each hotel on every platform the sandbox serves, with the sandbox's demo credentials.
  for (const [property, key] of [[lisbon, "lisbon"], [munich, "munich"]] as const) {
    const connections = [
      { platform: "GOOGLE", externalLocationId: GOOGLE_SANDBOX_LOCATIONS[key].name, credentials: googleCredentials },
      { platform: "BOOKING", externalLocationId: BOOKING_SANDBOX_PROPERTIES[key].id, credentials: BOOKING_SANDBOX_CREDENTIALS },
      { platform: "EXPEDIA", externalLocationId: EXPEDIA_SANDBOX_PROPERTIES[key].id, credentials: EXPEDIA_SANDBOX_CREDENTIALS },
      { platform: "TRUSTPILOT", externalLocationId: TRUSTPILOT_SANDBOX_BUSINESS_UNITS[key].id, credentials: TRUSTPILOT_SANDBOX_CREDENTIALS },
      { platform: "TRIPADVISOR", externalLocationId: TRIPADVISOR_SANDBOX_LOCATIONS[key].locationId, credentials: TRIPADVISOR_SANDBOX_CREDENTIALS },
    ] as const;
    for (const c of connections) await createConnection(db, { organizationId: org.id, propertyId: property.id, ...c });
  }

  const other = await createOrganization(db, { slug: "other-hotels", name: "Other Hotels", kind: "HOTEL_GROUP" });
  await createMember(db, { organizationId: other.id, ...OUTSIDER, password: DEMO_PASSWORD });
  return { seeded: true };
}

// Run as a script (not imported by a test): compare real paths, so spaces and symlinks do not matter.
if (process.argv[1] && realpathSync(fileURLToPath(import.meta.url)) === realpathSync(process.argv[1])) {
  const db = createDb();
  seedDemo(db)
    .then(({ seeded }) => console.log(seeded ? "Seeded the demo organization." : "Demo organization already present."))
    // Reviews stored before analysis existed (or by an older analyser) get theirs now.
    .then(() => analyseBacklog(db))
    .then((analysed) => analysed && console.log(`Analysed ${analysed} reviews.`))
    .finally(() => db.$disconnect());
}
