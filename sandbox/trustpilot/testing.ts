import type { RunningSandbox } from "../testing";
import { REFRESH_PATH, TOKEN_PATH } from "./oauth";
import { TRUSTPILOT_SANDBOX_BUSINESS_UNITS, TRUSTPILOT_SANDBOX_CREDENTIALS } from "./seed";
import type { TrustpilotLink, TrustpilotReview } from "./types";

// Test helpers for the Trustpilot part of a running sandbox: token requests and authorised calls.

export const LISBON_UNIT = TRUSTPILOT_SANDBOX_BUSINESS_UNITS.lisbon.id;
export const MUNICH_UNIT = TRUSTPILOT_SANDBOX_BUSINESS_UNITS.munich.id;
export const listPath = (unitId: string, query = "") => `/v1/private/business-units/${unitId}/reviews${query}`;

export interface TokenAnswer {
  access_token: string;
  refresh_token: string;
  expires_in: string;
}

export interface ListBody {
  reviews: TrustpilotReview[];
  links: TrustpilotLink[];
}

export const basicAuth = (key: string, secret: string) => `Basic ${Buffer.from(`${key}:${secret}`).toString("base64")}`;

export function trustpilotClient(sb: RunningSandbox) {
  const { apiKey, apiSecret, username, password } = TRUSTPILOT_SANDBOX_CREDENTIALS;
  let cached: string | null = null;

  /** POSTs a form to a token endpoint with the seeded application's Basic credentials unless `authorization` is given. */
  const tokenRequest = (form: Record<string, string>, options: { path?: string; authorization?: string | null } = {}) =>
    fetch(`${sb.url}${options.path ?? TOKEN_PATH}`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        ...(options.authorization === null ? {} : { authorization: options.authorization ?? basicAuth(apiKey, apiSecret) }),
      },
      body: new URLSearchParams(form),
    });

  const login = async (user: { username: string; password: string } = { username, password }): Promise<TokenAnswer> => {
    const res = await tokenRequest({ grant_type: "password", ...user });
    if (!res.ok) throw new Error(`token endpoint answered ${res.status}`);
    return (await res.json()) as TokenAnswer;
  };

  return {
    tokenRequest,
    login,
    refresh: (refreshToken: string, path = REFRESH_PATH) => tokenRequest({ grant_type: "refresh_token", refresh_token: refreshToken }, { path }),
    /** Calls the API with the seeded user's (cached) token unless `auth` is given; null sends none. */
    async api(path: string, init: RequestInit & { auth?: string | null } = {}): Promise<Response> {
      const { auth, headers, ...rest } = init;
      const h = new Headers(headers);
      if (rest.body !== undefined && !h.has("content-type")) h.set("content-type", "application/json");
      if (auth !== undefined) {
        if (auth !== null) h.set("authorization", `Bearer ${auth}`);
        return fetch(`${sb.url}${path}`, { ...rest, headers: h });
      }
      for (let attempt = 0; ; attempt++) {
        cached ??= (await login()).access_token;
        h.set("authorization", `Bearer ${cached}`);
        const res = await fetch(`${sb.url}${path}`, { ...rest, headers: h });
        if (res.status !== 401 || attempt > 0) return res;
        cached = null; // a reset or revoke made it stale
      }
    },
    async list(unitId: string, query = ""): Promise<{ status: number; body: ListBody }> {
      const res = await this.api(listPath(unitId, query));
      return { status: res.status, body: (await res.json()) as ListBody };
    },
    async adminReview(reviewId: string): Promise<TrustpilotReview> {
      return (await (await sb.admin(`/_sandbox/trustpilot/reviews/${reviewId}`)).json()) as TrustpilotReview;
    },
  };
}
