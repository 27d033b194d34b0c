import { env } from "../env";
import type { PlatformCode } from "./types";

/** Where a platform's API and (for OAuth platforms) its token endpoint live. */
export type Endpoints = { apiBase: string; tokenUrl?: string };

/** The token paths each platform uses below its host, for pointing every connector at one sandbox. */
const TOKEN_PATHS: Partial<Record<PlatformCode, string>> = {
  GOOGLE: "/oauth2/token",
  EXPEDIA: "/identity/oauth2/v3/token",
  TRUSTPILOT: "/v1/oauth/oauth-business-users-for-applications/accesstoken",
};

export function configuredEndpoints(): Record<PlatformCode, Endpoints> {
  return {
    GOOGLE: { apiBase: env.GOOGLE_API_BASE, tokenUrl: env.GOOGLE_TOKEN_URL },
    BOOKING: { apiBase: env.BOOKING_API_BASE },
    EXPEDIA: { apiBase: env.EXPEDIA_API_BASE, tokenUrl: env.EXPEDIA_TOKEN_URL },
    TRUSTPILOT: { apiBase: env.TRUSTPILOT_API_BASE, tokenUrl: env.TRUSTPILOT_TOKEN_URL },
    TRIPADVISOR: { apiBase: env.TRIPADVISOR_API_BASE },
  };
}

/** Every platform's endpoints on one sandbox server (tests start their own on a free port). */
export function sandboxEndpoints(base: string): Record<PlatformCode, Endpoints> {
  const at = (code: PlatformCode): Endpoints => {
    const tokenPath = TOKEN_PATHS[code];
    return tokenPath ? { apiBase: base, tokenUrl: `${base}${tokenPath}` } : { apiBase: base };
  };
  return { GOOGLE: at("GOOGLE"), BOOKING: at("BOOKING"), EXPEDIA: at("EXPEDIA"), TRUSTPILOT: at("TRUSTPILOT"), TRIPADVISOR: at("TRIPADVISOR") };
}
