import { describe, expect, it } from "vitest";
import { errorForResponse, kindForStatus, parseRetryAfter, redact, type CallContext } from "./http";

const ctx: CallContext = {
  platform: "GOOGLE",
  label: "Google",
  fetch: fetch,
  timeoutMs: 1000,
  secrets: () => ["ya29.secret-token"],
};

describe("platform HTTP helpers", () => {
  it("maps statuses to error kinds", () => {
    expect([429, 401, 403, 404, 400, 409, 408, 500, 502, 503].map(kindForStatus)).toEqual([
      "rate_limited", "auth", "auth", "not_found", "invalid", "invalid", "unavailable", "unavailable", "unavailable", "unavailable",
    ]);
  });

  it("reads Retry-After as seconds or as an HTTP date", () => {
    const now = Date.parse("2025-06-01T10:00:00Z");
    expect(parseRetryAfter("30", now)).toBe(30_000);
    expect(parseRetryAfter("Sun, 01 Jun 2025 10:00:45 GMT", now)).toBe(45_000);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it("builds errors whose message never carries a secret", () => {
    const res = new Response("", { status: 429, headers: { "retry-after": "12" } });
    const error = errorForResponse(ctx, res, "listing reviews", "token ya29.secret-token is over quota");
    expect(error).toMatchObject({ kind: "rate_limited", status: 429, retryAfterMs: 12_000, platform: "GOOGLE" });
    expect(error.message).not.toContain("ya29.secret-token");
    expect(error.message).toContain("[redacted]");
    expect(redact("a-b-c", ["b"])).toBe("a-b-c"); // too short to be a secret
  });
});
