import { env } from "../lib/env";
import { createSandbox } from "./app";

// Entry point: `npx tsx sandbox/server.ts`. The only sandbox file that reads configuration.

const sandbox = createSandbox({
  googleRatePerMin: env.SANDBOX_GOOGLE_RATE_PER_MIN,
  newReviewEveryMs: env.SANDBOX_NEW_REVIEW_EVERY_MS,
  ...(env.SANDBOX_PUSH_URL ? { pushUrl: env.SANDBOX_PUSH_URL } : {}),
  googlePushToken: env.GOOGLE_PUSH_TOKEN,
  // The same secrets Lobby checks: scripts hand both processes the same environment.
  trustpilotWebhookAuth: { username: env.TRUSTPILOT_WEBHOOK_USERNAME, password: env.TRUSTPILOT_WEBHOOK_PASSWORD },
  expediaNotificationSecret: env.EXPEDIA_NOTIFICATION_SECRET,
  log: (line) => console.log(line),
});

const { url } = await sandbox.listen(env.SANDBOX_PORT, "127.0.0.1");
console.log(`[sandbox] review-platform sandbox listening on ${url}`);
console.log(`[sandbox] Google: token ${url}/oauth2/token, API ${url}/v4/..., admin ${url}/_sandbox/health`);
if (env.SANDBOX_NEW_REVIEW_EVERY_MS > 0) {
  console.log(`[sandbox] adding a new review every ${env.SANDBOX_NEW_REVIEW_EVERY_MS} ms`);
}

const shutdown = (signal: string) => {
  console.log(`[sandbox] ${signal}, closing`);
  sandbox.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once("SIGINT", () => shutdown("SIGINT"));
process.once("SIGTERM", () => shutdown("SIGTERM"));
