import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type RunningSandbox } from "../testing";
import { GOOGLE_SANDBOX_CLIENT } from "./seed";

const LIST = "/v4/accounts/1001/locations/2001/reviews";

function tokenRequest(url: string, params: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(`${url}/oauth2/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(params),
  });
}

const good = {
  grant_type: "refresh_token",
  client_id: GOOGLE_SANDBOX_CLIENT.clientId,
  client_secret: GOOGLE_SANDBOX_CLIENT.clientSecret,
  refresh_token: GOOGLE_SANDBOX_CLIENT.refreshToken,
};

describe("Google sandbox: OAuth token endpoint and bearer auth", () => {
  let sb: RunningSandbox;
  let clock = Date.parse("2025-06-01T10:00:00Z");
  beforeAll(async () => {
    sb = await startSandbox({ now: () => new Date(clock) });
  });
  afterAll(() => sb.sandbox.close());

  it("issues a bearer token for the seeded client's refresh token", async () => {
    const res = await tokenRequest(sb.url, good);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toEqual({
      access_token: expect.stringMatching(/^ya29\./),
      expires_in: 3599,
      token_type: "Bearer",
      scope: "https://www.googleapis.com/auth/business.manage",
    });
    const api = await sb.google(LIST, { auth: body.access_token as string });
    expect(api.status).toBe(200);
  });

  it("accepts client credentials as HTTP Basic, like Google", async () => {
    const basic = Buffer.from(`${good.client_id}:${good.client_secret}`).toString("base64");
    const res = await tokenRequest(
      sb.url,
      { grant_type: "refresh_token", refresh_token: good.refresh_token },
      { authorization: `Basic ${basic}` },
    );
    expect(res.status).toBe(200);
  });

  it("rejects a wrong refresh token with 400 invalid_grant", async () => {
    const res = await tokenRequest(sb.url, { ...good, refresh_token: "nope" });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: "invalid_grant", error_description: expect.any(String) });
  });

  it("rejects an unknown client or a wrong secret with 401 invalid_client", async () => {
    const unknown = await tokenRequest(sb.url, { ...good, client_id: "someone-else" });
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toMatchObject({ error: "invalid_client" });
    const wrongSecret = await tokenRequest(sb.url, { ...good, client_secret: "guess" });
    expect(wrongSecret.status).toBe(401);
    expect(await wrongSecret.json()).toMatchObject({ error: "invalid_client" });
  });

  it("rejects other grant types and missing parameters", async () => {
    const grant = await tokenRequest(sb.url, { ...good, grant_type: "client_credentials" });
    expect(grant.status).toBe(400);
    expect(await grant.json()).toMatchObject({ error: "unsupported_grant_type" });
    const { refresh_token: _omit, ...noRefresh } = good;
    const missing = await tokenRequest(sb.url, noRefresh);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ error: "invalid_request" });
  });

  it("answers 401 UNAUTHENTICATED without a bearer token", async () => {
    const res = await sb.google(LIST, { auth: null });
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(await res.json()).toEqual({
      error: { code: 401, message: expect.stringContaining("missing required authentication"), status: "UNAUTHENTICATED" },
    });
  });

  it("answers 401 for a token it did not issue", async () => {
    const res = await sb.google(LIST, { auth: "ya29.made-up" });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: 401, status: "UNAUTHENTICATED" } });
  });

  it("answers 401 once the token has expired", async () => {
    const token = await sb.token();
    expect((await sb.google(LIST, { auth: token })).status).toBe(200);
    clock += 3600 * 1000;
    const res = await sb.google(LIST, { auth: token });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { status: "UNAUTHENTICATED" } });
  });

  it("answers 401 after the admin API revokes issued tokens; the refresh token still works", async () => {
    const token = await sb.token();
    const revoke = await sb.admin("/_sandbox/google/tokens/revoke", {});
    expect(await revoke.json()).toMatchObject({ revoked: expect.any(Number) });
    expect((await sb.google(LIST, { auth: token })).status).toBe(401);
    expect((await sb.google(LIST, { auth: await sb.token() })).status).toBe(200);
  });
});
