import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import { z } from "zod";
import { openSecret, sealSecret } from "../../crypto/secrets";
import { UserFacingError } from "../../errors";
import { OAUTH_PLATFORMS, type OAuthPlatform } from "./oauth-state";

// Access a platform granted at the end of an OAuth flow, kept (sealed) for the few minutes staff take
// to pick which of the account's locations is the property. Bound to the user who started the flow.

export const GRANT_TTL_SECONDS = 15 * 60;

const grantSchema = z.object({
  userId: z.string(),
  organizationId: z.string(),
  propertyId: z.string(),
  platform: z.enum(OAUTH_PLATFORMS),
  /** sealSecret({ credentials, accessToken }) */
  sealed: z.string(),
});

export interface GrantedAccess {
  organizationId: string;
  propertyId: string;
  platform: OAuthPlatform;
  /** What the connection will store. */
  credentials: unknown;
  /** For listing the account's places; short-lived. */
  accessToken: string;
}

const key = (prefix: string, grantId: string) => `${prefix}:oauth-grant:${grantId}`;
const GRANT_ID = /^[A-Za-z0-9_-]{32}$/;

export async function keepGrantedAccess(redis: Redis, prefix: string, userId: string, access: GrantedAccess): Promise<string> {
  const grantId = randomBytes(24).toString("base64url");
  const { credentials, accessToken, ...about } = access;
  const entry = { userId, ...about, sealed: sealSecret({ credentials, accessToken }) };
  await redis.set(key(prefix, grantId), JSON.stringify(entry), "EX", GRANT_TTL_SECONDS);
  return grantId;
}

/** The grant, if it is still there and belongs to this user. */
export async function readGrantedAccess(redis: Redis, prefix: string, grantId: unknown, userId: string): Promise<GrantedAccess> {
  const gone = new UserFacingError("This connection attempt has expired. Start connecting again from the Connections page.", "not_found");
  if (typeof grantId !== "string" || !GRANT_ID.test(grantId)) throw gone;
  const stored = await redis.get(key(prefix, grantId));
  const entry = stored ? grantSchema.safeParse(JSON.parse(stored)) : null;
  if (!entry?.success || entry.data.userId !== userId) throw gone;
  const { credentials, accessToken } = openSecret<{ credentials: unknown; accessToken: string }>(entry.data.sealed);
  return { organizationId: entry.data.organizationId, propertyId: entry.data.propertyId, platform: entry.data.platform, credentials, accessToken };
}

export async function dropGrantedAccess(redis: Redis, prefix: string, grantId: string): Promise<void> {
  await redis.del(key(prefix, grantId));
}
