import type { Db } from "../lib/db";
import { hashPassword } from "../lib/auth/password";
import { sealSecret } from "../lib/crypto/secrets";
import type { OrganizationKind, Platform, Role } from "../lib/generated/prisma/enums";

// Builders for the seed, integration tests and Playwright fixtures: each makes one real row.

export function createOrganization(db: Db, data: { slug: string; name: string; kind?: OrganizationKind }) {
  return db.organization.create({ data: { kind: "HOTEL_GROUP", ...data } });
}

export async function createMember(db: Db, data: { organizationId: string; email: string; name: string; role: Role; password: string }) {
  const user = await db.user.upsert({
    where: { email: data.email },
    create: { email: data.email, name: data.name, passwordHash: await hashPassword(data.password) },
    update: {},
  });
  await db.membership.create({ data: { userId: user.id, organizationId: data.organizationId, role: data.role } });
  return user;
}

export function createBrand(db: Db, data: { organizationId: string; name: string }) {
  return db.brand.create({ data });
}

export function createProperty(
  db: Db,
  data: { organizationId: string; brandId?: string; name: string; city: string; country: string; timeZone: string; languages: string[]; signatoryName: string; signatoryTitle: string },
) {
  return db.property.create({ data });
}

export function createConnection(
  db: Db,
  data: { organizationId: string; propertyId: string; platform: Platform; externalLocationId: string; credentials: unknown },
) {
  const { credentials, ...rest } = data;
  return db.platformConnection.create({ data: { ...rest, credentialsEncrypted: sealSecret(credentials) } });
}

/** An organization with one hotel connected to a Google location, and a hotel manager: the usual test tenant. */
export async function createHotelOnGoogle(db: Db, opts: { slug: string; locationName: string; credentials: unknown }) {
  const organization = await createOrganization(db, { slug: opts.slug, name: `Hotel group ${opts.slug}` });
  const manager = await createMember(db, {
    organizationId: organization.id, email: `manager@${opts.slug}.test`, name: "Test Manager", role: "HOTEL_MANAGER", password: "test-password",
  });
  const property = await createProperty(db, {
    organizationId: organization.id, name: "Casa Azulejo Lisboa", city: "Lisbon", country: "Portugal", timeZone: "Europe/Lisbon",
    languages: ["pt", "en"], signatoryName: "Inês Carvalho", signatoryTitle: "General Manager",
  });
  const connection = await createConnection(db, {
    organizationId: organization.id, propertyId: property.id, platform: "GOOGLE", externalLocationId: opts.locationName, credentials: opts.credentials,
  });
  return { organization, manager, property, connection };
}
