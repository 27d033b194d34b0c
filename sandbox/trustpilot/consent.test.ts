import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { answerConsentPage } from "../consent-testing";
import { startSandbox, type RunningSandbox } from "../testing";
import { TRUSTPILOT_SANDBOX_BUSINESS_UNITS as UNITS, TRUSTPILOT_SANDBOX_CREDENTIALS as CREDS, TRUSTPILOT_SANDBOX_MUNICH_ONLY_USER } from "./seed";
import { trustpilotClient, type TokenAnswer } from "./testing";

const REDIRECT = "http://127.0.0.1:3999/api/oauth/trustpilot/callback";
const authorize = (base: string, params: Record<string, string> = {}) =>
  `${base}/?${new URLSearchParams({ client_id: CREDS.apiKey, redirect_uri: REDIRECT, response_type: "code", state: "st-2", ...params })}`;

describe("Trustpilot sandbox: sign-in page, authorization-code grant and the business user's units", () => {
  let sb: RunningSandbox;
  let tp: ReturnType<typeof trustpilotClient>;
  beforeAll(async () => {
    sb = await startSandbox();
    tp = trustpilotClient(sb);
  });
  beforeEach(() => sb.admin("/_sandbox/reset", {}));
  afterAll(() => sb.sandbox.close());

  const codeFor = async (userId: string) => {
    const back = await answerConsentPage(authorize(sb.url), "allow", { user: userId });
    expect(back.searchParams.get("state")).toBe("st-2");
    return back.searchParams.get("code")!;
  };

  it("exchanges a code once for tokens of the user who signed in", async () => {
    const code = await codeFor(CREDS.businessUserId);
    const res = await tp.tokenRequest({ grant_type: "authorization_code", code, redirect_uri: REDIRECT });
    expect(res.status).toBe(200);
    const tokens = (await res.json()) as TokenAnswer & { app_enduser: string };
    expect(tokens.app_enduser).toBe(CREDS.businessUserId);
    const again = await tp.tokenRequest({ grant_type: "authorization_code", code, redirect_uri: REDIRECT });
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ ErrorCode: "invalid_grant" });
  });

  it("refuses a code presented with another redirect URI, or by another application", async () => {
    const code = await codeFor(CREDS.businessUserId);
    expect((await tp.tokenRequest({ grant_type: "authorization_code", code, redirect_uri: "http://elsewhere.test/cb" })).status).toBe(400);
    expect((await answerConsentPage(authorize(sb.url), "deny")).searchParams.get("error")).toBe("access_denied");
    expect((await fetch(authorize(sb.url, { client_id: "unknown-app" }))).status).toBe(401);
  });

  it("lists the business units the signed-in user may act for, and only for that user", async () => {
    const code = await codeFor(TRUSTPILOT_SANDBOX_MUNICH_ONLY_USER.id);
    const tokens = (await (await tp.tokenRequest({ grant_type: "authorization_code", code, redirect_uri: REDIRECT })).json()) as TokenAnswer;
    const mine = await tp.api(`/v1/private/business-users/${TRUSTPILOT_SANDBOX_MUNICH_ONLY_USER.id}/business-units`, { auth: tokens.access_token });
    expect(await mine.json()).toEqual({ businessUnits: [{ id: UNITS.munich.id, displayName: UNITS.munich.displayName, name: { identifying: UNITS.munich.identifyingName, referring: [UNITS.munich.identifyingName] } }] });
    const theirs = await tp.api(`/v1/private/business-users/${CREDS.businessUserId}/business-units`, { auth: tokens.access_token });
    expect(theirs.status).toBe(403);
  });
});
