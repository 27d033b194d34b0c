import type { Db } from "@/lib/db";
import { createConnection, createMember, createOrganization, createProperty } from "@/prisma/factories";
import type { GroupConnection } from "@/sandbox/hotel-group";

// A hotel group in Lobby matching a sandbox hotel group (sandbox/hotel-group.ts): one organization,
// a hotel manager, one property per hotel and one connection per (hotel, platform).

export interface GroupTenant {
  organizationId: string;
  managerId: string;
  connections: { id: string; platform: GroupConnection["platform"]; externalLocationId: string }[];
}

export async function createGroupTenant(db: Db, slug: string, group: GroupConnection[]): Promise<GroupTenant> {
  const organization = await createOrganization(db, { slug, name: `Hotel group ${slug}` });
  const manager = await createMember(db, {
    organizationId: organization.id, email: `manager@${slug}.test`, name: "Group Manager", role: "HOTEL_MANAGER", password: "test-password",
  });
  const properties = new Map<number, string>();
  const connections: GroupTenant["connections"] = [];
  for (const entry of group) {
    let propertyId = properties.get(entry.hotel);
    if (!propertyId) {
      const property = await createProperty(db, {
        organizationId: organization.id, name: entry.hotelName, city: "Porto", country: "Portugal", timeZone: "Europe/Lisbon",
        languages: ["pt", "en"], signatoryName: "Marta Reis", signatoryTitle: "General Manager",
      });
      propertyId = property.id;
      properties.set(entry.hotel, propertyId);
    }
    const connection = await createConnection(db, {
      organizationId: organization.id, propertyId, platform: entry.platform, externalLocationId: entry.externalLocationId, credentials: entry.credentials,
    });
    connections.push({ id: connection.id, platform: entry.platform, externalLocationId: entry.externalLocationId });
  }
  return { organizationId: organization.id, managerId: manager.id, connections };
}
