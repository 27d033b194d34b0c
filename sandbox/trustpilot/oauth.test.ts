import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSandbox, type RunningSandbox } from "../testing";
import { REFRESH_PATH, TOKEN_PATH } from "./oauth";
import { TRUSTPILOT_SANDBOX_CREDENTIALS as CREDS, TRUSTPILOT_SANDBOX_MUNICH_ONLY_USER } from "./seed";
import { basicAuth, LISBON_UNIT, listPath, MUNICH_UNIT, trustpilotClient } from "./testing";

const login = { grant_type: "password", username: CREDS.username, password: CREDS.password };

describe("Trustpilot sandbox: business-user OAuth and bearer auth", () => {
  let sb: RunningSandbox;
  let tp: ReturnType<typeof trustpilotClient>;
  let clock = Date.parse("2025-06-01T10:00:00Z");
  beforeAll(async () => {
    sb = await startSandbox({ now: () => new Date(clock) });
    tp = trustpilotClient(sb);
  });
  beforeEach(() => sb.admin("/_sandbox/reset", {}));
  afterAll(() => sb.sandbox.close());

  it("issues tokens for the password grant, with Trustpilot's (Apigee) fields and string numbers", async () => {
    const res = await tp.tokenRequest(login);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toEqual({
      access_token: expect.any(String),
      refresh_token: expect.any(String),
      expires_in: "359999",
      token_type: "BearerToken",
      issued_at: String(clock),
      refresh_token_issued_at: String(clock),
      refresh_token_expires_in: "2592000",
      refresh_token_status: "approved",
      client_id: CREDS.apiKey,
      app_enduser: CREDS.businessUserId,
    });
    expect((await tp.api(listPath(LISBON_UNIT), { auth: body.access_token as string })).status).toBe(200);
  });

  it("refuses missing or wrong application credentials with 401 invalid_client", async () => {
    for (const authorization of [null, basicAuth("unknown-key", CREDS.apiSecret), basicAuth(CREDS.apiKey, "guess")]) {
      const res = await tp.tokenRequest(login, { authorization });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ ErrorCode: "invalid_client", Error: expect.any(String) });
    }
  });

  it("refuses a wrong login with 400 invalid_grant, and names missing parameters", async () => {
    const wrong = await tp.tokenRequest({ ...login, password: "nope" });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toEqual({ ErrorCode: "invalid_grant", Error: "Invalid username or password" });
    const { password: _p, ...noPassword } = login;
    expect(await (await tp.tokenRequest(noPassword)).json()).toEqual({ ErrorCode: "invalid_request", Error: "Required param : password" });
    expect(await (await tp.tokenRequest({})).json()).toMatchObject({ ErrorCode: "invalid_request" });
    // authorization_code is served too (see consent.test.ts); the implicit grant has no token endpoint use.
    const other = await tp.tokenRequest({ grant_type: "implicit" });
    expect(other.status).toBe(400);
    expect(await other.json()).toMatchObject({ ErrorCode: "unsupported_grant_type" });
  });

  it("reads form fields only: a JSON body is a request without grant_type", async () => {
    const res = await fetch(`${sb.url}${TOKEN_PATH}`, {
      method: "POST",
      headers: { authorization: basicAuth(CREDS.apiKey, CREDS.apiSecret), "content-type": "application/json" },
      body: JSON.stringify(login),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ ErrorCode: "invalid_request", Error: "Required param : grant_type" });
  });

  it("refreshes at /refresh and at /accesstoken; the refresh token rotates and the old one stops working", async () => {
    const first = await tp.login();
    const viaRefresh = await tp.refresh(first.refresh_token);
    expect(viaRefresh.status).toBe(200);
    const second = (await viaRefresh.json()) as { access_token: string; refresh_token: string };
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect((await tp.api(listPath(LISBON_UNIT), { auth: second.access_token })).status).toBe(200);

    const reused = await tp.refresh(first.refresh_token);
    expect(reused.status).toBe(400);
    expect(await reused.json()).toEqual({ ErrorCode: "invalid_grant", Error: "Invalid Refresh Token" });
    expect((await tp.refresh(second.refresh_token, TOKEN_PATH)).status).toBe(200);
  });

  it("takes only refresh_token grants at /refresh, and names a missing refresh token", async () => {
    const res = await tp.tokenRequest(login, { path: REFRESH_PATH });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ErrorCode: "unsupported_grant_type" });
    expect(await (await tp.tokenRequest({ grant_type: "refresh_token" }, { path: REFRESH_PATH })).json()).toMatchObject({
      Error: "Required param : refresh_token",
    });
  });

  it("answers 401 in the gateway's fault shape without a token, for a made-up token, and once the token expired", async () => {
    const missing = await tp.api(listPath(LISBON_UNIT), { auth: null });
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({ fault: { faultstring: "Invalid access token", detail: { errorcode: "oauth.v2.InvalidAccessToken" } } });
    const madeUp = await tp.api(listPath(LISBON_UNIT), { auth: "made-up" });
    expect(await madeUp.json()).toMatchObject({ fault: { detail: { errorcode: "keymanagement.service.invalid_access_token" } } });

    const { access_token, refresh_token } = await tp.login();
    clock += 359_999_000;
    const expired = await tp.api(listPath(LISBON_UNIT), { auth: access_token });
    expect(expired.status).toBe(401);
    expect(await expired.json()).toEqual({ fault: { faultstring: "Access Token expired", detail: { errorcode: "keymanagement.service.access_token_expired" } } });
    expect((await tp.refresh(refresh_token)).status).toBe(200);
  });

  it("refuses a refresh token older than 30 days", async () => {
    const { refresh_token } = await tp.login();
    clock += 30 * 86_400_000;
    expect((await tp.refresh(refresh_token)).status).toBe(400);
  });

  it("answers 401 after the admin API revokes issued access tokens; refresh tokens still work", async () => {
    const { access_token, refresh_token } = await tp.login();
    expect(await (await sb.admin("/_sandbox/trustpilot/tokens/revoke", {})).json()).toEqual({ revoked: 1 });
    expect((await tp.api(listPath(LISBON_UNIT), { auth: access_token })).status).toBe(401);
    expect((await tp.refresh(refresh_token)).status).toBe(200);
  });

  it("limits a business user to its own business units (403), and knows no others (404)", async () => {
    const { access_token } = await tp.login({ username: TRUSTPILOT_SANDBOX_MUNICH_ONLY_USER.username, password: TRUSTPILOT_SANDBOX_MUNICH_ONLY_USER.password });
    expect((await tp.api(listPath(MUNICH_UNIT), { auth: access_token })).status).toBe(200);
    const forbidden = await tp.api(listPath(LISBON_UNIT), { auth: access_token });
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toEqual({ message: expect.any(String), errorCode: 1003, details: "", correlationId: expect.any(String) });
    const unknown = await tp.api(listPath("000000000000000000000000"), { auth: access_token });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ message: "Business unit not found", errorCode: 1004 });
  });

  it("answers 429 with Retry-After when tokens are requested too often", async () => {
    sb.sandbox.platforms.trustpilot.tokenLimiter.perMinute = 2;
    try {
      await tp.login();
      await tp.login();
      const res = await tp.tokenRequest(login);
      expect(res.status).toBe(429);
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await res.json()).toMatchObject({ fault: { detail: { errorcode: "policies.ratelimit.QuotaViolation" } } });
    } finally {
      sb.sandbox.platforms.trustpilot.tokenLimiter.perMinute = 60;
    }
  });
});
