import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { childProcessEnv, env } from "@/lib/env";

// The worker process as it runs in production: started with tsx, stopped with SIGTERM.
describe("the workers process", () => {
  it("starts, then shuts down cleanly on SIGTERM", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "workers/main.ts"], {
      // Its own queues, no reachable platform and no poll during the test: it must only start and stop.
      env: childProcessEnv({
        LOG_LEVEL: "info",
        QUEUE_PREFIX: `${env.QUEUE_PREFIX}-shutdown-${randomUUID().slice(0, 8)}`,
        GOOGLE_API_BASE: "http://127.0.0.1:9",
        GOOGLE_TOKEN_URL: "http://127.0.0.1:9/token",
        POLL_EVERY_MS: "3600000",
      }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d) => (out += String(d)));
    child.stderr.on("data", (d) => (out += String(d)));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));

    const started = Date.now();
    while (!out.includes("workers started") && Date.now() - started < 20_000) await new Promise((r) => setTimeout(r, 100));
    expect(out).toContain("workers started");

    child.kill("SIGTERM");
    const code = await Promise.race([exited, new Promise<"timeout">((r) => setTimeout(() => r("timeout"), 15_000))]);
    expect(code).toBe(0);
    expect(out).toContain("workers stopped");
  });
});
