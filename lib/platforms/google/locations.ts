import { z } from "zod";
import { PlatformError } from "../errors";
import { DEFAULT_TIMEOUT_MS, errorForResponse, readText, send, type CallContext, type FetchLike } from "../http";
import type { PlatformPlace } from "../places";

// Which locations the Google account that allowed Lobby manages: the Account Management API lists its
// accounts, the Business Information API each account's locations. Their "locations/{l}" becomes
// the v4 reviews API's "accounts/{a}/locations/{l}", what a Google connection stores.

export interface GoogleListingEndpoints {
  /** https://mybusinessaccountmanagement.googleapis.com */
  accountsApiBase: string;
  /** https://mybusinessbusinessinformation.googleapis.com */
  businessInfoApiBase: string;
}

const accountsPage = z.object({
  accounts: z.array(z.object({ name: z.string().regex(/^accounts\/[^/]+$/), accountName: z.string().optional() })).default([]),
  nextPageToken: z.string().optional(),
});
const locationsPage = z.object({
  locations: z
    .array(z.object({ name: z.string().regex(/^locations\/[^/]+$/), title: z.string().optional(), storefrontAddress: z.object({ locality: z.string().optional() }).optional() }))
    .default([]),
  nextPageToken: z.string().optional(),
});
const errorBody = z.object({ error: z.object({ message: z.string().optional() }) });

/** Google caps accounts and locations pages; a few pages cover any hotel group Lobby serves. */
const MAX_PAGES = 20;

export async function listGoogleLocations(
  endpoints: GoogleListingEndpoints,
  accessToken: string,
  options: { fetch?: FetchLike; timeoutMs?: number } = {},
): Promise<PlatformPlace[]> {
  const ctx: CallContext = {
    platform: "GOOGLE",
    label: "Google",
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    secrets: () => [accessToken],
  };
  async function get(url: string, action: string): Promise<unknown> {
    const res = await send(ctx, url, { headers: { authorization: `Bearer ${accessToken}`, accept: "application/json" } }, action);
    const text = await readText(ctx, res, action);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    if (!res.ok) throw errorForResponse(ctx, res, action, errorBody.safeParse(body).data?.error.message);
    return body;
  }

  const places: PlatformPlace[] = [];
  const accounts: { name: string; accountName?: string | undefined }[] = [];
  for (let page = 0, token: string | undefined; page < MAX_PAGES; page++) {
    const query = new URLSearchParams({ pageSize: "20", ...(token ? { pageToken: token } : {}) });
    const parsed = accountsPage.safeParse(await get(`${endpoints.accountsApiBase.replace(/\/+$/, "")}/v1/accounts?${query}`, "listing accounts"));
    if (!parsed.success) throw new PlatformError("unavailable", "Google sent an unexpected list of accounts", { platform: "GOOGLE" });
    accounts.push(...parsed.data.accounts);
    token = parsed.data.nextPageToken;
    if (!token) break;
  }
  for (const account of accounts) {
    for (let page = 0, token: string | undefined; page < MAX_PAGES; page++) {
      const query = new URLSearchParams({ readMask: "name,title,storefrontAddress", pageSize: "100", ...(token ? { pageToken: token } : {}) });
      const url = `${endpoints.businessInfoApiBase.replace(/\/+$/, "")}/v1/${account.name}/locations?${query}`;
      const parsed = locationsPage.safeParse(await get(url, "listing locations"));
      if (!parsed.success) throw new PlatformError("unavailable", "Google sent an unexpected list of locations", { platform: "GOOGLE" });
      for (const location of parsed.data.locations) {
        const city = location.storefrontAddress?.locality;
        places.push({
          externalLocationId: `${account.name}/${location.name}`,
          name: location.title ?? location.name,
          detail: [city, account.accountName].filter(Boolean).join(" · ") || null,
        });
      }
      token = parsed.data.nextPageToken;
      if (!token) break;
    }
  }
  return places;
}
