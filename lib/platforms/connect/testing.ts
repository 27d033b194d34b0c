import { randomUUID } from "node:crypto";
import type { Db } from "../../db";
import { createMember, createOrganization, createProperty } from "@/prisma/factories";
import { GOOGLE_SANDBOX_CLIENT } from "@/sandbox/google/seed";
import { TOKEN_PATH } from "@/sandbox/trustpilot/oauth";
import { TRUSTPILOT_SANDBOX_CREDENTIALS } from "@/sandbox/trustpilot/seed";
import type { ConnectApps } from "./oauth-connect";

// Test helpers for connecting properties: Lobby's OAuth apps pointed at a sandbox, and a hotel group
// with an owner, a hotel manager and one unconnected property.

export function sandboxConnectApps(url: string): ConnectApps {
  return {
    google: {
      authorizeUrl: `${url}/o/oauth2/v2/auth`,
      tokenUrl: `${url}/oauth2/token`,
      clientId: GOOGLE_SANDBOX_CLIENT.clientId,
      clientSecret: GOOGLE_SANDBOX_CLIENT.clientSecret,
      accountsApiBase: url,
      businessInfoApiBase: url,
    },
    trustpilot: {
      authorizeUrl: `${url}/`,
      tokenUrl: `${url}${TOKEN_PATH}`,
      apiKey: TRUSTPILOT_SANDBOX_CREDENTIALS.apiKey,
      apiSecret: TRUSTPILOT_SANDBOX_CREDENTIALS.apiSecret,
      apiBase: url,
    },
  };
}

export async function hotelGroupWithProperty(db: Db, name = "Casa Azulejo Porto") {
  const slug = `conn-${randomUUID().slice(0, 8)}`;
  const organization = await createOrganization(db, { slug, name: `Hotel group ${slug}` });
  const owner = await createMember(db, { organizationId: organization.id, email: `owner@${slug}.test`, name: "Olga Owner", role: "OWNER", password: "test-password" });
  const manager = await createMember(db, { organizationId: organization.id, email: `manager@${slug}.test`, name: "Max Manager", role: "HOTEL_MANAGER", password: "test-password" });
  const property = await createProperty(db, {
    organizationId: organization.id, name, city: "Porto", country: "Portugal", timeZone: "Europe/Lisbon",
    languages: ["pt", "en"], signatoryName: "Rita Sousa", signatoryTitle: "General Manager",
  });
  return { organization, owner, manager, property };
}
