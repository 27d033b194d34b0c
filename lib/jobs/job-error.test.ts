import { describe, expect, it } from "vitest";
import { credentialStrings, sanitizeJobError } from "./job-error";

describe("a failed job's reason as staff see it", () => {
  it("hides the connection's own secrets and anything shaped like a credential", () => {
    const secrets = credentialStrings({ clientId: "id-1", clientSecret: "s3cr3t/value", nested: { refreshToken: "rt-0123456789" } });
    const reason = [
      "Google refused access with s3cr3t/value and rt-0123456789",
      "Authorization: Bearer ya29.abcdefghijklmnop",
      "GET https://api.example.test/v1/location/1?key=ABCDEF123456&language=en",
      "postgresql://lobby:db-password@10.0.0.5:5432/lobby",
      'password="hunter2hunter2"',
    ].join("\n");
    const shown = sanitizeJobError(reason, secrets);
    for (const leaked of ["s3cr3t/value", "rt-0123456789", "ya29.abcdefghijklmnop", "ABCDEF123456", "db-password", "hunter2hunter2"]) expect(shown).not.toContain(leaked);
    expect(shown).toContain("Google refused access with [redacted] and [redacted]");
    expect(shown).toContain("language=en");
    expect(shown).not.toContain("\n");
  });

  it("keeps it to one short line and says when there was none", () => {
    expect(sanitizeJobError("x".repeat(1000))).toHaveLength(400);
    expect(sanitizeJobError(undefined)).toBe("No reason was recorded.");
    expect(sanitizeJobError("   ")).toBe("No reason was recorded.");
  });
});
