import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EXPEDIA_SANDBOX_CLIENT_ID, EXPEDIA_SANDBOX_CLIENT_SECRET } from "./seed";
import { LISBON, startExpediaSandbox, type RunningExpedia } from "./testing";

const PROPERTY_QUERY = `query { property(id: "${LISBON}") { id name } }`;
const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`;

describe("Expedia sandbox: client-credentials token endpoint and bearer auth", () => {
  let sb: RunningExpedia;
  let clock = Date.parse("2025-06-01T10:00:00Z");
  const tokenUrl = () => `${sb.url}/identity/oauth2/v3/token`;
  const form = { "content-type": "application/x-www-form-urlencoded" };

  beforeAll(async () => {
    sb = await startExpediaSandbox({ now: () => new Date(clock), expediaTokenTtlSeconds: 600 });
  });
  beforeEach(async () => {
    await sb.admin("/_sandbox/reset", {});
  });
  afterAll(() => sb.sandbox.close());

  it("issues a bearer token for HTTP Basic credentials and accepts it on the GraphQL endpoint", async () => {
    const res = await fetch(tokenUrl(), {
      method: "POST",
      headers: { ...form, authorization: basic(EXPEDIA_SANDBOX_CLIENT_ID, EXPEDIA_SANDBOX_CLIENT_SECRET) },
      body: "grant_type=client_credentials",
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { access_token: string; token_type: string; expires_in: number };
    expect(body).toEqual({ access_token: expect.stringMatching(/^eg\.sandbox\./), token_type: "bearer", expires_in: 600 });
    const answer = await sb.gql(PROPERTY_QUERY, {}, body.access_token);
    expect(answer).toMatchObject({ status: 200, body: { data: { property: { id: LISBON, name: "Casa Azulejo Lisboa" } } } });
  });

  it("takes the client id and secret as form fields, and grant_type in the query string as Expedia's SDK sends it", async () => {
    const fields = await fetch(tokenUrl(), {
      method: "POST",
      headers: form,
      body: new URLSearchParams({ grant_type: "client_credentials", client_id: EXPEDIA_SANDBOX_CLIENT_ID, client_secret: EXPEDIA_SANDBOX_CLIENT_SECRET }),
    });
    expect(fields.status).toBe(200);
    const sdkStyle = await fetch(`${tokenUrl()}/?grant_type=client_credentials`, {
      method: "POST",
      headers: { ...form, authorization: basic(EXPEDIA_SANDBOX_CLIENT_ID, EXPEDIA_SANDBOX_CLIENT_SECRET) },
    });
    expect(sdkStyle.status).toBe(200);
  });

  it("refuses wrong or missing credentials and other grants in OAuth's error shape", async () => {
    const wrong = await fetch(tokenUrl(), {
      method: "POST",
      headers: { ...form, authorization: basic(EXPEDIA_SANDBOX_CLIENT_ID, "nope") },
      body: "grant_type=client_credentials",
    });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("www-authenticate")).toMatch(/^Basic/);
    expect(await wrong.json()).toEqual({ error: "invalid_client", error_description: expect.any(String) });
    const unknown = await fetch(tokenUrl(), { method: "POST", headers: { ...form, authorization: basic("who", "x") }, body: "grant_type=client_credentials" });
    expect(unknown.status).toBe(401);
    const none = await fetch(tokenUrl(), { method: "POST", headers: form, body: "grant_type=client_credentials" });
    expect(none.status).toBe(401);
    const grant = await fetch(tokenUrl(), {
      method: "POST",
      headers: { ...form, authorization: basic(EXPEDIA_SANDBOX_CLIENT_ID, EXPEDIA_SANDBOX_CLIENT_SECRET) },
      body: "grant_type=password",
    });
    expect(grant.status).toBe(400);
    expect(await grant.json()).toMatchObject({ error: "unsupported_grant_type" });
  });

  it("answers 401 UNAUTHENTICATED without a token, with an unknown one, and once a token expires", async () => {
    const missing = await sb.gql(PROPERTY_QUERY, {}, null);
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toContain("invalid_token");
    expect(missing.body).toEqual({ errors: [{ message: expect.any(String), extensions: { code: "UNAUTHENTICATED" } }] });
    expect((await sb.gql(PROPERTY_QUERY, {}, "made-up")).status).toBe(401);

    const token = await sb.expediaToken();
    clock += 599_000;
    expect((await sb.gql(PROPERTY_QUERY, {}, token)).status).toBe(200);
    clock += 1_000;
    expect((await sb.gql(PROPERTY_QUERY, {}, token)).status).toBe(401);
  });

  it("revokes every token through the admin route, and a reset forgets them too", async () => {
    const token = await sb.expediaToken();
    expect(await (await sb.admin("/_sandbox/expedia/tokens/revoke", {})).json()).toEqual({ revoked: 1 });
    expect((await sb.gql(PROPERTY_QUERY, {}, token)).status).toBe(401);
    const again = await sb.expediaToken();
    await sb.admin("/_sandbox/reset", {});
    expect((await sb.gql(PROPERTY_QUERY, {}, again)).status).toBe(401);
  });

  it("keeps each partner to its own properties: FORBIDDEN for another partner's, NOT_FOUND for unknown ones", async () => {
    const other = await sb.expediaToken("other-partner-key", "other-partner-secret");
    const forbidden = await sb.gql(PROPERTY_QUERY, {}, other);
    expect(forbidden.status).toBe(200);
    expect(forbidden.body).toMatchObject({ data: { property: null }, errors: [{ path: ["property"], extensions: { code: "FORBIDDEN" } }] });
    const unknown = await sb.gql(`query { property(id: "999") { id } }`);
    expect(unknown.body).toMatchObject({ data: { property: null }, errors: [{ extensions: { code: "NOT_FOUND" } }] });
    const supplierId = await sb.gql(`query { property(id: "${LISBON}", idSource: SUPPLIER) { id } }`);
    expect(supplierId.body).toMatchObject({ errors: [{ extensions: { code: "NOT_FOUND" } }] });
  });
});
