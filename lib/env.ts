import { z } from "zod";

// The one place that reads process.env. Everything else imports `env`.
const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().url().default("postgresql://postgres@127.0.0.1:5432/lobby"),
  REDIS_URL: z.string().default("redis://127.0.0.1:6379/0"),
  // Prefix for BullMQ keys so several suites/demos can share one Redis without seeing each other's jobs.
  QUEUE_PREFIX: z.string().default("lobby"),
  AUTH_SECRET: z.string().min(16).default("lobby-dev-secret-change-me-in-production"),
  // 32 bytes, base64. Keyed by id so keys can rotate: "id:base64,id2:base64" (first one encrypts).
  LOBBY_ENCRYPTION_KEYS: z
    .string()
    .default("dev1:ZGV2LW9ubHktZW5jcnlwdGlvbi1rZXktMzItYnl0ZXM="),
  GOOGLE_API_BASE: z.string().url().default("http://127.0.0.1:4010"),
  GOOGLE_TOKEN_URL: z.string().url().default("http://127.0.0.1:4010/oauth2/token"),
  POLL_EVERY_MS: z.coerce.number().int().positive().default(30_000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  OPENAI_BASE_URL: z.string().url().optional(),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_MODEL: z.string().default("gpt-4o-mini"),
  SANDBOX_PORT: z.coerce.number().int().positive().default(4010),
  SANDBOX_NEW_REVIEW_EVERY_MS: z.coerce.number().int().nonnegative().default(0),
  SANDBOX_GOOGLE_RATE_PER_MIN: z.coerce.number().int().positive().default(300),
});

export type Env = z.infer<typeof schema>;

export const env: Env = schema.parse(process.env);

/** The environment to hand a child process (tests start the real worker process), with overrides. */
export function childProcessEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}
