import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UserFacingError } from "../../errors";
import { sandboxEndpoints } from "../endpoints";
import { PlatformError } from "../errors";
import { BOOKING_SANDBOX_CREDENTIALS, BOOKING_SANDBOX_PROPERTIES } from "@/sandbox/booking/seed";
import { EXPEDIA_SANDBOX_CREDENTIALS, EXPEDIA_SANDBOX_PROPERTIES } from "@/sandbox/expedia/seed";
import { TRIPADVISOR_SANDBOX_API_KEY, TRIPADVISOR_SANDBOX_LOCATIONS } from "@/sandbox/tripadvisor/seed";
import { startSandbox, type RunningSandbox } from "@/sandbox/testing";
import { checkCredentials, explainRefusal } from "./check-credentials";

let sb: RunningSandbox;
beforeAll(async () => {
  sb = await startSandbox();
});
afterAll(() => sb.sandbox.close());

const overrides = () => ({ endpoints: sandboxEndpoints(sb.url) });

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(UserFacingError);
  return (error as Error).message;
}

describe("the test call before credentials are saved", () => {
  const lisbon = BOOKING_SANDBOX_PROPERTIES.lisbon.id;

  it("passes the sandbox's real credentials for each platform", async () => {
    await expect(checkCredentials("BOOKING", lisbon, { ...BOOKING_SANDBOX_CREDENTIALS }, overrides())).resolves.toBeUndefined();
    await expect(checkCredentials("EXPEDIA", EXPEDIA_SANDBOX_PROPERTIES.lisbon.id, { ...EXPEDIA_SANDBOX_CREDENTIALS }, overrides())).resolves.toBeUndefined();
    await expect(checkCredentials("TRIPADVISOR", TRIPADVISOR_SANDBOX_LOCATIONS.lisbon.locationId, { apiKey: TRIPADVISOR_SANDBOX_API_KEY }, overrides())).resolves.toBeUndefined();
  });

  it("says Booking.com refused a wrong password, without repeating it", async () => {
    const password = "not-the-machine-secret-123";
    const message = await refusal(checkCredentials("BOOKING", lisbon, { username: BOOKING_SANDBOX_CREDENTIALS.username, password }, overrides()));
    expect(message).toMatch(/^Booking\.com refused these credentials for property 5512081 \(HTTP 401\)\. Check them and try again\./);
    expect(message).not.toContain(password);
  });

  it("says Expedia refused a wrong client secret, and Tripadvisor a wrong key", async () => {
    const secret = "wrong-expedia-secret-456";
    const expedia = await refusal(checkCredentials("EXPEDIA", EXPEDIA_SANDBOX_PROPERTIES.lisbon.id, { clientId: EXPEDIA_SANDBOX_CREDENTIALS.clientId, clientSecret: secret }, overrides()));
    expect(expedia).toMatch(/^Expedia refused these credentials for property 31477520/);
    expect(expedia).not.toContain(secret);
    const key = "0000WRONGKEY0000";
    const tripadvisor = await refusal(checkCredentials("TRIPADVISOR", TRIPADVISOR_SANDBOX_LOCATIONS.lisbon.locationId, { apiKey: key }, overrides()));
    expect(tripadvisor).toMatch(/^Tripadvisor refused these credentials for location 19847302/);
    expect(tripadvisor).not.toContain(key);
  });

  it("tells a place the credentials cannot see from a refused login", async () => {
    const message = await refusal(checkCredentials("BOOKING", "5599999", { ...BOOKING_SANDBOX_CREDENTIALS }, overrides()));
    expect(message).toMatch(/^Booking\.com (has no property 5599999|refused these credentials for property 5599999)/);
    const badId = await refusal(checkCredentials("BOOKING", "not-a-number", { ...BOOKING_SANDBOX_CREDENTIALS }, overrides()));
    expect(badId).toMatch(/^Booking\.com did not accept these details: Not a Booking\.com property id/);
  });

  it("says when the platform cannot be reached or asks to slow down", async () => {
    const unreachable = await refusal(checkCredentials("BOOKING", lisbon, { ...BOOKING_SANDBOX_CREDENTIALS }, { endpoints: sandboxEndpoints("http://127.0.0.1:9") }));
    expect(unreachable).toMatch(/^Lobby could not reach Booking\.com to check these credentials/);
    expect(explainRefusal("GOOGLE", "accounts/1/locations/2", new PlatformError("rate_limited", "x", { status: 429, retryAfterMs: 30_000 }))).toBe("Google asked Lobby to slow down. Try again in 30 seconds.");
  });
});
