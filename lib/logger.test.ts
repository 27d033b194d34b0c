import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
  return { log: createLogger(stream), text: () => lines.join("") };
}

describe("logger", () => {
  it("redacts secrets at the top level and nested inside objects", () => {
    const { log, text } = capture();
    log.warn({ password: "hunter2", connection: { credentials: { refreshToken: "rt-123" } }, req: { headers: { authorization: "Bearer abc" } }, refreshToken: "rt-456" }, "x");
    log.warn({ config: { apiKey: "sk-live-1" }, env: { OPENAI_API_KEY: "sk-live-2" } }, "y");
    const out = text();
    for (const secret of ["hunter2", "rt-123", "rt-456", "Bearer abc", "sk-live-1", "sk-live-2"]) expect(out).not.toContain(secret);
    expect(out).toContain("[redacted]");
  });

  it("keeps ordinary context", () => {
    const { log, text } = capture();
    log.warn({ reviewId: "r1", organizationId: "o1" }, "published");
    expect(JSON.parse(text())).toMatchObject({ reviewId: "r1", organizationId: "o1", msg: "published" });
  });
});
