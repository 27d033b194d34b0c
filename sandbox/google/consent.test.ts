import { createHash } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { answerConsentPage } from "../consent-testing";
import { startSandbox, type RunningSandbox } from "../testing";
import { GOOGLE_SANDBOX_ACCOUNT, GOOGLE_SANDBOX_CLIENT, GOOGLE_SANDBOX_LOCATIONS } from "./seed";

const REDIRECT = "http://127.0.0.1:3999/api/oauth/google/callback";
const SCOPE = "https://www.googleapis.com/auth/business.manage";
const VERIFIER = "a-verifier-that-is-long-enough-for-pkce-0123456789";
const challenge = (v: string) => createHash("sha256").update(v).digest("base64url");

function authorizeUrl(base: string, params: Record<string, string> = {}) {
  const q = new URLSearchParams({
    client_id: GOOGLE_SANDBOX_CLIENT.clientId, redirect_uri: REDIRECT, response_type: "code", scope: SCOPE, state: "st-1",
    code_challenge: challenge(VERIFIER), code_challenge_method: "S256", access_type: "offline", prompt: "consent", ...params,
  });
  return `${base}/o/oauth2/v2/auth?${q}`;
}

function exchange(base: string, params: Record<string, string>) {
  return fetch(`${base}/oauth2/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "authorization_code", client_id: GOOGLE_SANDBOX_CLIENT.clientId, client_secret: GOOGLE_SANDBOX_CLIENT.clientSecret, redirect_uri: REDIRECT, code_verifier: VERIFIER, ...params }),
  });
}

describe("Google sandbox: consent screen, authorization-code grant and location listing", () => {
  let sb: RunningSandbox;
  beforeAll(async () => {
    sb = await startSandbox();
  });
  beforeEach(() => sb.admin("/_sandbox/reset", {}));
  afterAll(() => sb.sandbox.close());

  it("shows the consent screen and, on Allow, sends the browser back with a code and the state", async () => {
    const html = await (await fetch(authorizeUrl(sb.url))).text();
    expect(html).toContain("Allow Lobby to manage reviews for Azulejo Hotels (accounts/1001)");
    const back = await answerConsentPage(authorizeUrl(sb.url), "allow");
    expect(`${back.origin}${back.pathname}`).toBe(REDIRECT);
    expect(back.searchParams.get("state")).toBe("st-1");
    expect(back.searchParams.get("code")).toMatch(/^4\/0Ab/);
  });

  it("sends access_denied back on Cancel, and refuses an unknown client on its own page", async () => {
    const back = await answerConsentPage(authorizeUrl(sb.url), "deny");
    expect(back.searchParams.get("error")).toBe("access_denied");
    expect(back.searchParams.get("state")).toBe("st-1");
    expect(back.searchParams.has("code")).toBe(false);
    const unknown = await fetch(authorizeUrl(sb.url, { client_id: "who-is-this" }));
    expect(unknown.status).toBe(401);
    expect(await unknown.text()).toContain("invalid_client");
  });

  it("exchanges a code once, with the matching PKCE verifier and redirect URI, for a refresh token that then works", async () => {
    const code = (await answerConsentPage(authorizeUrl(sb.url), "allow")).searchParams.get("code")!;
    const wrongVerifier = await exchange(sb.url, { code, code_verifier: "not-the-verifier-that-was-hashed-into-the-challenge" });
    expect(wrongVerifier.status).toBe(400);
    expect(await wrongVerifier.json()).toMatchObject({ error: "invalid_grant" });
    // The failed attempt used the code up.
    expect((await exchange(sb.url, { code })).status).toBe(400);

    const fresh = (await answerConsentPage(authorizeUrl(sb.url), "allow")).searchParams.get("code")!;
    expect(await (await exchange(sb.url, { code: fresh, redirect_uri: "http://elsewhere.test/cb" })).json()).toMatchObject({ error: "redirect_uri_mismatch" });

    const good = (await answerConsentPage(authorizeUrl(sb.url), "allow")).searchParams.get("code")!;
    const res = await exchange(sb.url, { code: good });
    expect(res.status).toBe(200);
    const tokens = (await res.json()) as { access_token: string; refresh_token: string; scope: string };
    expect(tokens).toMatchObject({ access_token: expect.stringMatching(/^ya29\./), refresh_token: expect.any(String), scope: SCOPE });
    expect(tokens.refresh_token).not.toBe(GOOGLE_SANDBOX_CLIENT.refreshToken);
    expect((await exchange(sb.url, { code: good })).status).toBe(400);

    const refreshed = await fetch(`${sb.url}/oauth2/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "refresh_token", client_id: GOOGLE_SANDBOX_CLIENT.clientId, client_secret: GOOGLE_SANDBOX_CLIENT.clientSecret, refresh_token: tokens.refresh_token }),
    });
    expect(refreshed.status).toBe(200);
  });

  it("lists the account and its locations (v1 names), with readMask required and a bearer token", async () => {
    const added = await sb.admin("/_sandbox/google/locations", { title: "Casa Azulejo Porto", city: "Porto" });
    expect(added.status).toBe(201);
    const porto = (await added.json()) as { name: string };
    expect(porto.name).toBe(`${GOOGLE_SANDBOX_ACCOUNT}/locations/2003`);

    expect((await fetch(`${sb.url}/v1/accounts`)).status).toBe(401);
    const accounts = await sb.google("/v1/accounts");
    expect(await accounts.json()).toEqual({ accounts: [expect.objectContaining({ name: GOOGLE_SANDBOX_ACCOUNT, accountName: "Azulejo Hotels" })] });
    expect((await sb.google(`/v1/${GOOGLE_SANDBOX_ACCOUNT}/locations`)).status).toBe(400);
    const locations = (await (await sb.google(`/v1/${GOOGLE_SANDBOX_ACCOUNT}/locations?readMask=name,title`)).json()) as { locations: unknown[] };
    expect(locations.locations).toEqual([
      { name: "locations/2001", title: GOOGLE_SANDBOX_LOCATIONS.lisbon.title },
      { name: "locations/2002", title: GOOGLE_SANDBOX_LOCATIONS.munich.title },
      { name: "locations/2003", title: "Casa Azulejo Porto" },
    ]);
    // The added location is a real one for the reviews API too.
    expect((await sb.google(`/v4/${porto.name}/reviews`)).status).toBe(200);
  });
});
