import { z } from "zod";

// The one place that reads process.env. Everything else imports `env`.
// Development values, published in this repository: fine for the demo and tests, refused in production.
export const DEV_AUTH_SECRET = "lobby-dev-secret-change-me-in-production";
export const DEV_ENCRYPTION_KEYS = "dev1:ZGV2LW9ubHktZW5jcnlwdGlvbi1rZXktMzItYnl0ZXM=";

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().url().default("postgresql://postgres@127.0.0.1:5432/lobby"),
  REDIS_URL: z.string().default("redis://127.0.0.1:6379/0"),
  // Prefix for BullMQ keys so several suites/demos can share one Redis without seeing each other's jobs.
  QUEUE_PREFIX: z.string().default("lobby"),
  AUTH_SECRET: z.string().min(16).default(DEV_AUTH_SECRET),
  // 32 bytes, base64. Keyed by id so keys can rotate: "id:base64,id2:base64" (first one encrypts).
  LOBBY_ENCRYPTION_KEYS: z.string().default(DEV_ENCRYPTION_KEYS),
  // Set by the demo and the test suite, which run production builds on the development secrets.
  LOBBY_DEMO: z.enum(["0", "1"]).default("0"),
  // Each platform's API; the defaults point at the local sandbox (npm run sandbox).
  GOOGLE_API_BASE: z.string().url().default("http://127.0.0.1:4010"),
  GOOGLE_TOKEN_URL: z.string().url().default("http://127.0.0.1:4010/oauth2/token"),
  BOOKING_API_BASE: z.string().url().default("http://127.0.0.1:4010"),
  EXPEDIA_API_BASE: z.string().url().default("http://127.0.0.1:4010"),
  EXPEDIA_TOKEN_URL: z.string().url().default("http://127.0.0.1:4010/identity/oauth2/v3/token"),
  TRUSTPILOT_API_BASE: z.string().url().default("http://127.0.0.1:4010"),
  TRUSTPILOT_TOKEN_URL: z.string().url().default("http://127.0.0.1:4010/v1/oauth/oauth-business-users-for-applications/accesstoken"),
  TRIPADVISOR_API_BASE: z.string().url().default("http://127.0.0.1:4010"),
  // Google's Pub/Sub push subscription carries this in the URL; Lobby checks it on every push.
  GOOGLE_PUSH_TOKEN: z.string().min(8).default("lobby-dev-push-token"),
  // Where the sandbox sends push notifications (Lobby's /api/webhooks); empty: no pushes.
  SANDBOX_PUSH_URL: z.string().url().optional(),
  POLL_EVERY_MS: z.coerce.number().int().positive().default(30_000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  OPENAI_BASE_URL: z.string().url().optional(),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_MODEL: z.string().default("gpt-4o-mini"),
  SANDBOX_PORT: z.coerce.number().int().positive().default(4010),
  SANDBOX_NEW_REVIEW_EVERY_MS: z.coerce.number().int().nonnegative().default(0),
  SANDBOX_GOOGLE_RATE_PER_MIN: z.coerce.number().int().positive().default(300),
}).superRefine((e, ctx) => {
  if (e.NODE_ENV !== "production" || e.LOBBY_DEMO === "1") return;
  if (e.AUTH_SECRET === DEV_AUTH_SECRET) ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "set a secret of your own in production" });
  if (e.LOBBY_ENCRYPTION_KEYS.includes(DEV_ENCRYPTION_KEYS.split(":")[1]!)) {
    ctx.addIssue({ code: "custom", path: ["LOBBY_ENCRYPTION_KEYS"], message: "the development key must not encrypt production credentials" });
  }
});

export type Env = z.infer<typeof schema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  return schema.parse(source);
}

export const env: Env = parseEnv(process.env);

/** The environment to hand a child process (tests start the real worker process), with overrides. */
export function childProcessEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}
