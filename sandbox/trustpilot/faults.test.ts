import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSandbox, type RunningSandbox } from "../testing";
import { TRUSTPILOT_SANDBOX_BUSINESS_USER_ID as AUTHOR } from "./seed";
import { LISBON_UNIT, listPath, trustpilotClient, type ListBody } from "./testing";

describe("Trustpilot sandbox: injected faults", () => {
  let sb: RunningSandbox;
  let tp: ReturnType<typeof trustpilotClient>;
  beforeAll(async () => {
    sb = await startSandbox();
    tp = trustpilotClient(sb);
  });
  beforeEach(() => sb.admin("/_sandbox/reset", {}));
  afterAll(() => sb.sandbox.close());

  const fault = (body: unknown) => sb.admin("/_sandbox/faults", { trustpilot: body });

  it("answers the next N API calls with an injected status in the services' envelope, then recovers", async () => {
    await tp.login(); // token requests are not API calls: they do not consume the fault
    expect(await (await fault({ status: 503, count: 2 })).json()).toEqual({ trustpilot: [{ kind: "status", status: 503, count: 2 }] });
    expect((await tp.login()).access_token).toEqual(expect.any(String));
    for (let i = 0; i < 2; i++) {
      const res = await tp.api(listPath(LISBON_UNIT));
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ message: expect.any(String), errorCode: 1000, details: "", correlationId: expect.any(String) });
    }
    expect((await tp.api(listPath(LISBON_UNIT))).status).toBe(200);
  });

  it("injects 429 (with Retry-After) and 401 in the gateway's fault shape, 500 in the services' shape", async () => {
    await fault([{ status: 429, count: 1, retryAfterSeconds: 9 }]);
    const limited = await tp.api(listPath(LISBON_UNIT));
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("9");
    expect(await limited.json()).toMatchObject({ fault: { detail: { errorcode: "policies.ratelimit.QuotaViolation" } } });
    const { access_token } = await tp.login();
    await fault({ status: 401, count: 1 });
    const refused = await tp.api(listPath(LISBON_UNIT), { auth: access_token });
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ fault: { faultstring: expect.any(String) } });
    await fault({ status: 500, count: 1 });
    expect(await (await tp.api(listPath(LISBON_UNIT), { auth: access_token })).json()).toMatchObject({ errorCode: 1000 });
  });

  it("slows a call down and still answers it", async () => {
    await tp.login();
    await fault({ kind: "slow", delayMs: 150, count: 1 });
    const started = Date.now();
    const res = await tp.api(listPath(LISBON_UNIT));
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("hangs a call until the client gives up", async () => {
    const { access_token } = await tp.login();
    await fault({ kind: "hang", count: 1 });
    const error = await tp.api(listPath(LISBON_UNIT), { auth: access_token, signal: AbortSignal.timeout(100) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe("TimeoutError");
    expect((await tp.api(listPath(LISBON_UNIT), { auth: access_token })).status).toBe(200);
  });

  it("puts one item that breaks the schema into the next list page", async () => {
    const clean = (await tp.list(LISBON_UNIT, "?perPage=6")).body.reviews;
    await fault({ kind: "malformed", count: 1 });
    const { body } = await tp.list(LISBON_UNIT, "?perPage=6");
    expect(body.reviews).toHaveLength(6);
    expect(body.reviews[3]).toMatchObject({ id: clean[3]?.id, stars: "five", createdAt: "yesterday" });
    expect(body.reviews.filter((_r, i) => i !== 3)).toEqual(clean.filter((_r, i) => i !== 3));
  });

  it("cuts the next list page off mid-JSON", async () => {
    await tp.login();
    await fault({ kind: "truncate", count: 1 });
    const res = await tp.api(listPath(LISBON_UNIT));
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text.length).toBeGreaterThan(0);
    expect(() => JSON.parse(text)).toThrow();
  });

  it("repeats the previous page's last item at the top of the next page", async () => {
    const page1 = (await tp.list(LISBON_UNIT, "?perPage=4")).body;
    await fault({ kind: "duplicate", count: 1 });
    const page2 = (await tp.list(LISBON_UNIT, "?perPage=4&page=2")).body as ListBody;
    expect(page2.reviews).toHaveLength(5);
    expect(page2.reviews[0]?.id).toBe(page1.reviews[3]?.id);
    // On a first page there is no previous one: its own first item comes back at the end.
    await fault({ kind: "duplicate", count: 1 });
    const again = (await tp.list(LISBON_UNIT, "?perPage=4")).body;
    expect(again.reviews.map((r) => r.id)).toEqual([...page1.reviews.map((r) => r.id), page1.reviews[0]?.id]);
  });

  it("applies a reply, then drops the connection before answering (lose-response)", async () => {
    const target = (await tp.list(LISBON_UNIT, "?perPage=100")).body.reviews.find((r) => !r.companyReply);
    await tp.login();
    await fault({ kind: "lose-response", count: 1 });
    const error = await tp
      .api(`/v1/private/reviews/${target?.id}/reply`, { method: "POST", body: JSON.stringify({ message: "Obrigado!", authorBusinessUserId: AUTHOR }) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError); // fetch failed: the socket closed without an answer
    expect((await tp.adminReview(target?.id ?? "")).companyReply?.text).toBe("Obrigado!");
  });

  it("does not let one platform's faults touch another", async () => {
    await fault({ status: 503, count: 1 });
    expect((await sb.google("/v4/accounts/1001/locations/2001/reviews")).status).toBe(200);
    expect((await tp.api(listPath(LISBON_UNIT))).status).toBe(503);
  });
});
