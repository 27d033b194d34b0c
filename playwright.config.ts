import { defineConfig, devices } from "@playwright/test";

// End-to-end: the real web app (production build), workers and platform sandbox, on ports of their
// own and the e2e database that scripts/test.sh prepares. Chromium is Debian's (never downloaded).
/** Every platform's API on the one sandbox (the same variables lib/env.ts reads). */
function sandboxEnv(base: string): Record<string, string> {
  return {
    GOOGLE_API_BASE: base,
    GOOGLE_TOKEN_URL: `${base}/oauth2/token`,
    BOOKING_API_BASE: base,
    EXPEDIA_API_BASE: base,
    EXPEDIA_TOKEN_URL: `${base}/identity/oauth2/v3/token`,
    TRUSTPILOT_API_BASE: base,
    TRUSTPILOT_TOKEN_URL: `${base}/v1/oauth/oauth-business-users-for-applications/accesstoken`,
    TRIPADVISOR_API_BASE: base,
    GOOGLE_AUTHORIZE_URL: `${base}/o/oauth2/v2/auth`,
    GOOGLE_ACCOUNTS_API_BASE: base,
    GOOGLE_BUSINESS_INFO_API_BASE: base,
    TRUSTPILOT_AUTHORIZE_URL: `${base}/`,
  };
}

// Overridable so two suites (or two people) on one machine do not collide.
const WEB_PORT = Number(process.env.E2E_WEB_PORT ?? 3100);
const SANDBOX_PORT = Number(process.env.E2E_SANDBOX_PORT ?? 4110);
const DIST_DIR = process.env.E2E_DIST_DIR ?? ".next-e2e";
const baseURL = `http://127.0.0.1:${WEB_PORT}`;
const shared = {
  DATABASE_URL: process.env.E2E_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/lobby_e2e",
  REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379/0",
  QUEUE_PREFIX: process.env.E2E_QUEUE_PREFIX ?? `lobby-e2e-${process.pid}`,
  ...sandboxEnv(`http://127.0.0.1:${SANDBOX_PORT}`),
  AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret",
  // Webhook secrets: the sandbox signs its pushes with them and the web app checks them (not the dev defaults).
  GOOGLE_PUSH_TOKEN: "e2e-google-push-token",
  TRUSTPILOT_WEBHOOK_USERNAME: "e2e-trustpilot",
  TRUSTPILOT_WEBHOOK_PASSWORD: "e2e-trustpilot-webhook-password",
  EXPEDIA_NOTIFICATION_SECRET: "e2e-expedia-notification-secret",
  AUTH_URL: baseURL,
  NEXT_DIST_DIR: DIST_DIR,
  LOBBY_DEMO: "1",
  LOG_LEVEL: "info",
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "laptop", use: { ...devices["Desktop Chrome"], viewport: { width: 1366, height: 860 } } },
  ],
  webServer: [
    {
      command: "node --import tsx sandbox/server.ts",
      url: `http://127.0.0.1:${SANDBOX_PORT}/_sandbox/health`,
      env: { ...shared, SANDBOX_PORT: String(SANDBOX_PORT), SANDBOX_NEW_REVIEW_EVERY_MS: "0", SANDBOX_PUSH_URL: `${baseURL}/api/webhooks` },
      reuseExistingServer: false,
    },
    {
      command: "node --import tsx workers/main.ts",
      wait: { stdout: /workers started/ },
      env: { ...shared, POLL_EVERY_MS: "1500" },
      reuseExistingServer: false,
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    },
    {
      command: `npx next start -p ${WEB_PORT} -H 127.0.0.1`,
      url: `${baseURL}/api/health`,
      env: { ...shared, NODE_ENV: "production" },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
