import { createHash, randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import { z } from "zod";
import { PLATFORM_NAMES } from "../names";
import { ConnectFlowError } from "./connect-problem";

// The OAuth `state` of a "connect a platform" flow (RFC 6749 10.12): a random token that travels to
// the platform and back, naming a Redis entry that holds what the flow is for, who started it and the
// PKCE verifier. It works once, for the user who started it, for ten minutes.

export const OAUTH_PLATFORMS = ["GOOGLE", "TRUSTPILOT"] as const;
export type OAuthPlatform = (typeof OAUTH_PLATFORMS)[number];

export const OAUTH_STATE_TTL_SECONDS = 10 * 60;

const stateSchema = z.object({
  userId: z.string(),
  organizationId: z.string(),
  propertyId: z.string(),
  platform: z.enum(OAUTH_PLATFORMS),
  redirectUri: z.string(),
  codeVerifier: z.string().nullable(),
});
export type OAuthState = z.infer<typeof stateSchema>;

/** Only the token's hash names the entry, so the Redis keyspace does not hold live state values. */
const key = (prefix: string, token: string) => `${prefix}:oauth-state:${createHash("sha256").update(token).digest("base64url")}`;

export async function rememberOAuthState(redis: Redis, prefix: string, state: OAuthState, ttlSeconds = OAUTH_STATE_TTL_SECONDS): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await redis.set(key(prefix, token), JSON.stringify(stateSchema.parse(state)), "EX", ttlSeconds);
  return token;
}

/**
 * The flow a returning browser belongs to. The entry is deleted as it is read, so a state replayed (or
 * a second tab) finds nothing; a state started by someone else is refused even though it existed.
 */
export async function takeOAuthState(redis: Redis, prefix: string, token: unknown, userId: string, platform: OAuthPlatform): Promise<OAuthState> {
  const label = PLATFORM_NAMES[platform];
  if (typeof token !== "string" || !/^[A-Za-z0-9_-]{43}$/.test(token)) throw new ConnectFlowError("invalid", label);
  const stored = await redis.getdel(key(prefix, token));
  if (!stored) throw new ConnectFlowError("expired", label);
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    parsed = null;
  }
  const state = stateSchema.safeParse(parsed);
  if (!state.success) throw new ConnectFlowError("invalid", label);
  if (state.data.userId !== userId) throw new ConnectFlowError("someone-else", label, state.data.organizationId);
  if (state.data.platform !== platform) throw new ConnectFlowError("invalid", label, state.data.organizationId);
  return state.data;
}
