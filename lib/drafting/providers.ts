import type { Logger } from "pino";
import { db as defaultDb, type Db } from "../db";
import { env } from "../env";
import { logger } from "../logger";
import { draftBuiltin } from "./builtin";
import { openAiConfigFromEnv } from "./openai/config";
import { OpenAiDrafter, type LlmAttempt } from "./openai/provider";
import type { DraftInput, DraftResult } from "./types";

// The drafting service's one entry point: the configured provider writes the draft; when an LLM provider
// fails (timeout, HTTP error, unusable answer) Lobby's builtin drafter writes it instead, and the draft
// says why. Every request to an LLM is recorded for the organization's token and cost accounting.

export type DraftOutcome = DraftResult & {
  /** Set when the configured LLM failed and the builtin drafter wrote this draft. */
  fallbackReason?: string;
  /** LlmCall rows recorded for this draft, to link once the draft exists. */
  llmCallIds: string[];
};

export type ProviderChoice = "builtin" | OpenAiDrafter;

let configured: OpenAiDrafter | undefined;

/** DRAFT_PROVIDER from the environment; one client per process. */
export function configuredProvider(): ProviderChoice {
  if (env.DRAFT_PROVIDER === "builtin") return "builtin";
  configured ??= new OpenAiDrafter(openAiConfigFromEnv());
  return configured;
}

async function recordLlmCalls(db: Db, organizationId: string, attempts: LlmAttempt[]): Promise<string[]> {
  const rows = await db.llmCall.createManyAndReturn({
    data: attempts.map((a) => ({ organizationId, ...a, error: a.error ?? null })),
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

export async function draftWithProviders(
  input: DraftInput,
  options: { organizationId: string; db?: Db; provider?: ProviderChoice; log?: Logger },
): Promise<DraftOutcome> {
  const provider = options.provider ?? configuredProvider();
  if (provider === "builtin") return { ...draftBuiltin(input), llmCallIds: [] };

  const attempted = await provider.attempt(input);
  const llmCallIds = await recordLlmCalls(options.db ?? defaultDb, options.organizationId, attempted.attempts);
  if (attempted.ok) return { ...attempted.result, llmCallIds };

  const fallbackReason = `${provider.name} ${attempted.failure.outcome}: ${attempted.failure.message}`;
  (options.log ?? logger).warn(
    { organizationId: options.organizationId, provider: provider.name, outcome: attempted.failure.outcome, reason: attempted.failure.message },
    "LLM draft failed; the builtin drafter wrote it",
  );
  return { ...draftBuiltin(input), fallbackReason, llmCallIds };
}
