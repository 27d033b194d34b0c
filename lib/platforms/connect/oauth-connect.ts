import { createHash, randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import type { Db } from "../../db";
import type { Actor } from "../../audit";
import { env } from "../../env";
import { UserFacingError } from "../../errors";
import { logger } from "../../logger";
import type { Queues } from "../../jobs/queues";
import { PlatformError } from "../errors";
import type { FetchLike } from "../http";
import { PLATFORM_NAMES } from "../names";
import type { PlatformPlace } from "../places";
import { exchangeGoogleCode, googleAuthorizeUrl, type GoogleOAuthApp } from "../google/authorize";
import { listGoogleLocations, type GoogleListingEndpoints } from "../google/locations";
import { exchangeTrustpilotCode, trustpilotAuthorizeUrl, type TrustpilotOAuthApp } from "../trustpilot/authorize";
import { listTrustpilotBusinessUnits } from "../trustpilot/business-units";
import type { TrustpilotGrant } from "../trustpilot/auth";
import { dropGrantedAccess, keepGrantedAccess, readGrantedAccess, type GrantedAccess } from "./granted-access";
import { ConnectFlowError } from "./connect-problem";
import { rememberOAuthState, takeOAuthState, type OAuthPlatform } from "./oauth-state";
import { saveConnection } from "./save-connection";

// Connecting a property through a platform's authorize page: start (state + PKCE, then the browser
// goes to the platform), finish (the callback exchanges the code), pick (staff choose which of the
// account's places is the property), connect.

/** Lobby's registered OAuth apps and the endpoints the flow calls. */
export interface ConnectApps {
  google: GoogleOAuthApp & GoogleListingEndpoints;
  trustpilot: TrustpilotOAuthApp & { apiBase: string };
}

export function configuredConnectApps(): ConnectApps {
  return {
    google: {
      authorizeUrl: env.GOOGLE_AUTHORIZE_URL,
      tokenUrl: env.GOOGLE_TOKEN_URL,
      clientId: env.GOOGLE_OAUTH_CLIENT_ID,
      clientSecret: env.GOOGLE_OAUTH_CLIENT_SECRET,
      accountsApiBase: env.GOOGLE_ACCOUNTS_API_BASE,
      businessInfoApiBase: env.GOOGLE_BUSINESS_INFO_API_BASE,
    },
    trustpilot: {
      authorizeUrl: env.TRUSTPILOT_AUTHORIZE_URL,
      tokenUrl: env.TRUSTPILOT_TOKEN_URL,
      apiKey: env.TRUSTPILOT_OAUTH_API_KEY,
      apiSecret: env.TRUSTPILOT_OAUTH_API_SECRET,
      apiBase: env.TRUSTPILOT_API_BASE,
    },
  };
}

export interface OAuthDeps {
  db: Db;
  redis: Redis;
  /** Namespaces the Redis keys (the queue prefix). */
  prefix: string;
  apps: ConnectApps;
  fetch?: FetchLike;
}

/** The platform's authorize URL for this property; the browser is sent there. */
export async function startOAuthConnect(
  deps: OAuthDeps,
  input: { organizationId: string; userId: string; propertyId: string; platform: OAuthPlatform; redirectUri: string },
): Promise<string> {
  const property = await deps.db.property.findFirst({ where: { id: input.propertyId, organizationId: input.organizationId }, select: { id: true } });
  if (!property) throw new UserFacingError("That property is not part of this organization.", "not_found");
  // PKCE where the platform supports it (Google); Trustpilot documents none.
  const codeVerifier = input.platform === "GOOGLE" ? randomBytes(48).toString("base64url") : null;
  const state = await rememberOAuthState(deps.redis, deps.prefix, { ...input, codeVerifier });
  if (input.platform === "GOOGLE") {
    const codeChallenge = createHash("sha256").update(codeVerifier!).digest("base64url");
    return googleAuthorizeUrl(deps.apps.google, { redirectUri: input.redirectUri, state, codeChallenge });
  }
  return trustpilotAuthorizeUrl(deps.apps.trustpilot, { redirectUri: input.redirectUri, state });
}

/**
 * The callback: the state names the flow (once, for the user who started it), the code becomes
 * credentials, kept sealed until staff pick the place. Returns where the picking happens.
 */
export async function finishOAuthConnect(
  deps: OAuthDeps,
  input: { userId: string; platform: OAuthPlatform; state: string | null; code: string | null; error: string | null },
): Promise<{ grantId: string; organizationId: string }> {
  const flow = await takeOAuthState(deps.redis, deps.prefix, input.state, input.userId, input.platform);
  const label = PLATFORM_NAMES[flow.platform];
  const org = flow.organizationId;
  if (input.error) throw new ConnectFlowError(input.error === "access_denied" ? "denied" : "refused", label, org);
  if (!input.code) throw new ConnectFlowError("invalid", label, org);
  const options = deps.fetch ? { fetch: deps.fetch } : {};
  let granted: { credentials: unknown; accessToken: string };
  try {
    granted = flow.platform === "GOOGLE"
      ? await exchangeGoogleCode(deps.apps.google, { code: input.code, redirectUri: flow.redirectUri, codeVerifier: flow.codeVerifier ?? "" }, options)
      : await exchangeTrustpilotCode(deps.apps.trustpilot, { code: input.code, redirectUri: flow.redirectUri }, options);
  } catch (error) {
    if (!(error instanceof PlatformError)) throw error;
    logger.warn({ platform: flow.platform, organizationId: org, err: error.message }, "the platform refused to exchange an authorization code");
    throw new ConnectFlowError("refused", label, org);
  }
  const grantId = await keepGrantedAccess(deps.redis, deps.prefix, input.userId, {
    organizationId: flow.organizationId,
    propertyId: flow.propertyId,
    platform: flow.platform,
    ...granted,
  });
  return { grantId, organizationId: flow.organizationId };
}

/** The grant a signed-in user may pick a place for (the caller checks their role in its organization). */
export function grantFor(deps: OAuthDeps, grantId: unknown, userId: string): Promise<GrantedAccess> {
  return readGrantedAccess(deps.redis, deps.prefix, grantId, userId);
}

export type PlaceChoice = PlatformPlace & { connectedTo: string | null };

/** The account's places, each marked with the property it is already connected to in this organization. */
export async function placesToChoose(deps: OAuthDeps, grant: GrantedAccess): Promise<PlaceChoice[]> {
  const options = deps.fetch ? { fetch: deps.fetch } : {};
  let places: PlatformPlace[];
  try {
    places = grant.platform === "GOOGLE"
      ? await listGoogleLocations(deps.apps.google, grant.accessToken, options)
      : await listTrustpilotBusinessUnits(deps.apps.trustpilot.apiBase, { accessToken: grant.accessToken, businessUserId: (grant.credentials as TrustpilotGrant).businessUserId }, options);
  } catch (error) {
    if (error instanceof PlatformError) throw new UserFacingError(`Lobby could not list what this ${PLATFORM_NAMES[grant.platform]} account manages: ${error.message}`);
    throw error;
  }
  const taken = await deps.db.platformConnection.findMany({
    where: { organizationId: grant.organizationId, platform: grant.platform, status: { not: "DISCONNECTED" }, externalLocationId: { in: places.map((p) => p.externalLocationId) } },
    select: { externalLocationId: true, property: { select: { name: true } } },
  });
  const owner = new Map(taken.map((t) => [t.externalLocationId, t.property.name]));
  return places.map((p) => ({ ...p, connectedTo: owner.get(p.externalLocationId) ?? null }));
}

/** Connects the grant's property to the chosen place, which must be one the account manages. */
export async function connectChosenPlace(
  deps: OAuthDeps & { queues: Queues },
  input: { grantId: string; grant: GrantedAccess; externalLocationId: string; actor: Actor },
): Promise<{ id: string; reconnected: boolean }> {
  const places = await placesToChoose(deps, input.grant);
  if (!places.some((p) => p.externalLocationId === input.externalLocationId)) {
    throw new UserFacingError(`Choose one of the places this ${PLATFORM_NAMES[input.grant.platform]} account manages.`);
  }
  const saved = await saveConnection(deps.db, deps.queues, {
    organizationId: input.grant.organizationId,
    propertyId: input.grant.propertyId,
    platform: input.grant.platform,
    externalLocationId: input.externalLocationId,
    credentials: input.grant.credentials,
    via: "oauth",
  }, input.actor);
  await dropGrantedAccess(deps.redis, deps.prefix, input.grantId);
  return saved;
}
