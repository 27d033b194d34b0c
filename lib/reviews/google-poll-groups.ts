import { createHash } from "node:crypto";
import { openSecret } from "../crypto/secrets";
import { GOOGLE_BATCH_MAX_LOCATIONS } from "../platforms/google/batch";
import { googleCredentialsSchema } from "../platforms/google/oauth";

// Which Google connections can be read together with one batchGetReviews listing: those of one
// organization (tenants never share a call), on one Google account, under one OAuth grant (the
// token must reach every location), that were read before (a first read stays a connection's own).

export type GroupableConnection = {
  id: string;
  organizationId: string;
  platform: string;
  externalLocationId: string;
  credentialsEncrypted: string;
  pollCursor: string | null;
  status: string;
};

export interface GoogleGroup {
  /** Stable while the members share what they share; never contains a secret. */
  key: string;
  /** Sorted; at most GOOGLE_BATCH_MAX_LOCATIONS. */
  connectionIds: string[];
}

const LOCATION = /^(accounts\/[^/]+)\/locations\/[^/]+$/;

/** The grant a connection reads with, as a fingerprint (the refresh token itself never leaves this function). */
function grantOf(credentialsEncrypted: string): string | null {
  try {
    const credentials = googleCredentialsSchema.safeParse(openSecret(credentialsEncrypted));
    if (!credentials.success) return null;
    return createHash("sha256").update(`${credentials.data.clientId}\n${credentials.data.refreshToken}`).digest("hex");
  } catch {
    return null; // unreadable: its own poll reports why
  }
}

/** Groups of two or more; connections in no group poll on their own. */
export function googlePollGroups(connections: GroupableConnection[]): GoogleGroup[] {
  const byKey = new Map<string, Map<string, string>>(); // key -> location -> connection id
  for (const c of [...connections].sort((a, b) => a.id.localeCompare(b.id))) {
    const account = LOCATION.exec(c.externalLocationId)?.[1];
    // Paused, disconnected or never-read connections are left to pollConnection, which decides about them.
    if (c.platform !== "GOOGLE" || !account || c.pollCursor === null || (c.status !== "ACTIVE" && c.status !== "ERROR")) continue;
    const grant = grantOf(c.credentialsEncrypted);
    if (!grant) continue;
    const key = createHash("sha256").update(`${c.organizationId}\n${account}\n${grant}`).digest("hex").slice(0, 16);
    const members = byKey.get(key) ?? new Map<string, string>();
    // Two connections on one location would read it twice in one listing: the second stays alone.
    if (!members.has(c.externalLocationId)) members.set(c.externalLocationId, c.id);
    byKey.set(key, members);
  }
  const groups: GoogleGroup[] = [];
  for (const [key, members] of byKey) {
    const ids = [...members.values()].sort();
    for (let i = 0; i < ids.length; i += GOOGLE_BATCH_MAX_LOCATIONS) {
      const chunk = ids.slice(i, i + GOOGLE_BATCH_MAX_LOCATIONS);
      if (chunk.length >= 2) groups.push({ key: i === 0 ? key : `${key}-${i / GOOGLE_BATCH_MAX_LOCATIONS}`, connectionIds: chunk });
    }
  }
  return groups;
}
