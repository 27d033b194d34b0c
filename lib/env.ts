import { z } from "zod";

// The one place that reads process.env. Everything else imports `env`.
// Development values, published in this repository: fine for the demo and tests, refused in production.
export const DEV_AUTH_SECRET = "lobby-dev-secret-change-me-in-production";
export const DEV_ENCRYPTION_KEYS = "dev1:ZGV2LW9ubHktZW5jcnlwdGlvbi1rZXktMzItYnl0ZXM=";

/** What the platforms use to prove a webhook is theirs; the sandbox uses the same values locally. */
export const DEV_WEBHOOK_SECRETS = {
  GOOGLE_PUSH_TOKEN: "lobby-dev-push-token",
  TRUSTPILOT_WEBHOOK_USERNAME: "lobby-trustpilot",
  TRUSTPILOT_WEBHOOK_PASSWORD: "lobby-dev-trustpilot-webhook",
  EXPEDIA_NOTIFICATION_SECRET: "lobby-dev-expedia-notification-secret",
} as const;

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
  // Connecting a hotel from the dashboard: the platforms' authorize pages, Lobby's own OAuth apps there
  // (defaults: the sandbox's demo apps) and Google's account and location listings.
  GOOGLE_AUTHORIZE_URL: z.string().url().default("http://127.0.0.1:4010/o/oauth2/v2/auth"),
  GOOGLE_OAUTH_CLIENT_ID: z.string().min(1).default("lobby-demo-client"),
  GOOGLE_OAUTH_CLIENT_SECRET: z.string().min(1).default("lobby-demo-secret"),
  GOOGLE_ACCOUNTS_API_BASE: z.string().url().default("http://127.0.0.1:4010"),
  GOOGLE_BUSINESS_INFO_API_BASE: z.string().url().default("http://127.0.0.1:4010"),
  TRUSTPILOT_AUTHORIZE_URL: z.string().url().default("http://127.0.0.1:4010/"),
  TRUSTPILOT_OAUTH_API_KEY: z.string().min(1).default("LbyDemoTpKey7f3a9c2e5b1d8046"),
  TRUSTPILOT_OAUTH_API_SECRET: z.string().min(1).default("LbyDemoTpSecret4e8b2a6c9d1f"),
  // Google's Pub/Sub push subscription carries this in the URL; Lobby checks it on every push.
  GOOGLE_PUSH_TOKEN: z.string().min(8).default(DEV_WEBHOOK_SECRETS.GOOGLE_PUSH_TOKEN),
  // HTTP Basic credentials set on Trustpilot's webhook subscription URL (https://user:password@...).
  TRUSTPILOT_WEBHOOK_USERNAME: z.string().min(1).default(DEV_WEBHOOK_SECRETS.TRUSTPILOT_WEBHOOK_USERNAME),
  TRUSTPILOT_WEBHOOK_PASSWORD: z.string().min(12).default(DEV_WEBHOOK_SECRETS.TRUSTPILOT_WEBHOOK_PASSWORD),
  // The secret Expedia returns for Lobby's notification callback configuration; it signs every notification.
  EXPEDIA_NOTIFICATION_SECRET: z.string().min(16).default(DEV_WEBHOOK_SECRETS.EXPEDIA_NOTIFICATION_SECRET),
  // Where the sandbox sends push notifications (Lobby's /api/webhooks); empty: no pushes.
  SANDBOX_PUSH_URL: z.string().url().optional(),
  POLL_EVERY_MS: z.coerce.number().int().positive().default(30_000),
  // How often the workers' housekeeping runs (poll schedules, re-queueing lost jobs, moderation checks).
  HOUSEKEEPING_EVERY_MS: z.coerce.number().int().positive().default(60_000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  // Who writes drafts: Lobby's offline drafter, or any OpenAI-compatible endpoint (falls back to builtin on failure).
  DRAFT_PROVIDER: z.enum(["builtin", "openai"]).default("builtin"),
  // Unset: api.openai.com. Azure: https://<resource>.openai.azure.com/openai/v1; Ollama: http://127.0.0.1:11434/v1.
  OPENAI_BASE_URL: z.string().url().optional(),
  // Never logged; a local server (Ollama, vLLM) may need none.
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_MODEL: z.string().min(1).default("gpt-4o-mini"),
  // Per HTTP request; the SDK retries timeouts, 429 (honouring Retry-After) and 5xx up to OPENAI_MAX_RETRIES times.
  OPENAI_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(20_000),
  OPENAI_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  // Sampling temperature; "none" leaves it to the model (reasoning models accept only their default).
  OPENAI_TEMPERATURE: z.union([z.literal("none"), z.coerce.number().min(0).max(2)]).default(0.7),
  // "input,output" US dollars per million tokens for OPENAI_MODEL; unset: Lobby's table of well-known models.
  OPENAI_PRICE_PER_MTOK: z
    .string()
    .regex(/^\s*\d+(\.\d+)?\s*,\s*\d+(\.\d+)?\s*$/, "expected \"input,output\" US dollars per million tokens, e.g. \"0.15,0.60\"")
    .transform((v) => {
      const [input, output] = v.split(",").map(Number) as [number, number];
      return { input, output };
    })
    .optional(),
  SANDBOX_PORT: z.coerce.number().int().positive().default(4010),
  SANDBOX_NEW_REVIEW_EVERY_MS: z.coerce.number().int().nonnegative().default(0),
  SANDBOX_GOOGLE_RATE_PER_MIN: z.coerce.number().int().positive().default(300),
}).superRefine((e, ctx) => {
  if (e.DRAFT_PROVIDER === "openai" && !e.OPENAI_API_KEY && !e.OPENAI_BASE_URL) {
    ctx.addIssue({ code: "custom", path: ["OPENAI_API_KEY"], message: "DRAFT_PROVIDER=openai needs OPENAI_API_KEY (api.openai.com) or OPENAI_BASE_URL (a compatible server)" });
  }
  if (e.NODE_ENV !== "production" || e.LOBBY_DEMO === "1") return;
  if (e.AUTH_SECRET === DEV_AUTH_SECRET) ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "set a secret of your own in production" });
  if (e.LOBBY_ENCRYPTION_KEYS.includes(DEV_ENCRYPTION_KEYS.split(":")[1]!)) {
    ctx.addIssue({ code: "custom", path: ["LOBBY_ENCRYPTION_KEYS"], message: "the development key must not encrypt production credentials" });
  }
  // Anyone could forge a webhook signed with a secret published in this repository.
  for (const name of ["GOOGLE_PUSH_TOKEN", "TRUSTPILOT_WEBHOOK_PASSWORD", "EXPEDIA_NOTIFICATION_SECRET"] as const) {
    if (e[name] === DEV_WEBHOOK_SECRETS[name]) ctx.addIssue({ code: "custom", path: [name], message: "set a webhook secret of your own in production" });
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
