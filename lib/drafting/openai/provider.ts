import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from "openai";
import type { DraftInput, DraftProvider, DraftResult, DraftUsage } from "../types";
import type { OpenAiConfig } from "./config";
import { DRAFT_RESPONSE_FORMAT, InvalidDraftOutput, parseDraftOutput, type ParsedDraft } from "./output";
import { costMicros, knownPrice } from "./prices";
import { buildDraftMessages, PROMPT_VERSION, type DraftMessages } from "./prompt";

// Drafting through any OpenAI-compatible chat-completions endpoint (OpenAI, Azure's v1 API, Ollama,
// vLLM). Transport retries (429 with Retry-After, 5xx, timeouts) are the SDK's; an answer that fails
// the output schema is asked for once more. Each call, the SDK's transport retries included, is one
// attempt (one LlmCall row): its duration covers the retries, its tokens are what the answer used.

export const OPENAI_PROVIDER = "openai";
/** Room for the reply and its parts (the text appears twice), and for a reasoning model's thinking. */
const MAX_COMPLETION_TOKENS = 4000;
/** One more request when the answer does not parse; transport failures are already retried by the SDK. */
const OUTPUT_ATTEMPTS = 2;

export type LlmCallOutcome = "ok" | "timeout" | "error" | "invalid-output";

/** One call to the model as the LlmCall table records it. */
export type LlmAttempt = {
  provider: string;
  model: string;
  promptVersion: string;
  promptTokens: number;
  completionTokens: number;
  costMicros: number;
  durationMs: number;
  outcome: LlmCallOutcome;
  /** Sanitised: no key, no token, at most 300 characters. */
  error?: string;
};

export class DraftProviderFailure extends Error {
  constructor(
    readonly outcome: Exclude<LlmCallOutcome, "ok">,
    message: string,
  ) {
    super(message);
    this.name = "DraftProviderFailure";
  }
}

export type AttemptedDraft =
  | { ok: true; result: DraftResult; attempts: LlmAttempt[] }
  | { ok: false; failure: DraftProviderFailure; attempts: LlmAttempt[] };

/** One request's result. */
type Answer = { ok: true; attempt: LlmAttempt; draft: ParsedDraft } | { ok: false; attempt: LlmAttempt; failure: DraftProviderFailure };

/** Error text can quote headers or the request; keep secrets and noise out of the table and the logs. */
export function sanitiseError(message: string, secrets: (string | undefined)[] = []): string {
  let clean = message;
  for (const secret of secrets) if (secret && secret.length >= 4) clean = clean.split(secret).join("[redacted]");
  clean = clean
    .replace(/\bsk-[A-Za-z0-9_-]{6,}/g, "sk-[redacted]")
    .replace(/\b(Bearer|api-key:?)\s+\S+/gi, "$1 [redacted]")
    .replace(/\s+/g, " ")
    .trim();
  return clean.length > 300 ? `${clean.slice(0, 299)}…` : clean;
}

function classify(error: unknown, config: OpenAiConfig): DraftProviderFailure {
  const tries = config.maxRetries + 1;
  if (error instanceof InvalidDraftOutput) return new DraftProviderFailure("invalid-output", error.message);
  if (error instanceof APIConnectionTimeoutError || error instanceof APIUserAbortError) {
    return new DraftProviderFailure("timeout", `no answer within ${config.timeoutMs} ms (${tries} ${tries === 1 ? "try" : "tries"})`);
  }
  if (error instanceof APIConnectionError) return new DraftProviderFailure("error", `could not reach the endpoint: ${error.message}`);
  if (error instanceof APIError) return new DraftProviderFailure("error", `HTTP ${error.status ?? "?"}: ${error.message}`);
  return new DraftProviderFailure("error", error instanceof Error ? error.message : String(error));
}

export class OpenAiDrafter implements DraftProvider {
  readonly name = OPENAI_PROVIDER;
  private readonly client: OpenAI;

  constructor(readonly config: OpenAiConfig) {
    this.client = new OpenAI({
      // The SDK insists on a key; keyless local servers ignore whatever is sent.
      apiKey: config.apiKey ?? "no-key",
      baseURL: config.baseURL ?? "https://api.openai.com/v1",
      timeout: config.timeoutMs,
      maxRetries: config.maxRetries,
    });
  }

  /** DraftProvider: the draft, or a DraftProviderFailure. */
  async draft(input: DraftInput): Promise<DraftResult> {
    const attempted = await this.attempt(input);
    if (!attempted.ok) throw attempted.failure;
    return attempted.result;
  }

  /** The draft or the failure, with every request made for it (for the accounting). Never throws. */
  async attempt(input: DraftInput): Promise<AttemptedDraft> {
    const attempts: LlmAttempt[] = [];
    let messages: DraftMessages;
    try {
      messages = buildDraftMessages(input);
    } catch (error) {
      return { ok: false, failure: new DraftProviderFailure("error", `could not build the prompt: ${error instanceof Error ? error.message : String(error)}`), attempts };
    }
    let failure = new DraftProviderFailure("error", "no request made");
    for (let i = 0; i < OUTPUT_ATTEMPTS; i++) {
      const answer = await this.request(messages);
      attempts.push(answer.attempt);
      if (answer.ok) {
        const usage: DraftUsage = {
          promptTokens: attempts.reduce((n, a) => n + a.promptTokens, 0),
          completionTokens: attempts.reduce((n, a) => n + a.completionTokens, 0),
        };
        const result: DraftResult = {
          ...answer.draft,
          provider: OPENAI_PROVIDER,
          promptVersion: PROMPT_VERSION,
          model: answer.attempt.model,
          usage,
        };
        return { ok: true, result, attempts };
      }
      failure = answer.failure;
      if (failure.outcome !== "invalid-output") break;
    }
    if (failure.outcome === "invalid-output" && attempts.length > 1) {
      failure = new DraftProviderFailure("invalid-output", `${failure.message} (${attempts.length} answers)`);
    }
    return { ok: false, failure, attempts };
  }

  private async request(messages: DraftMessages): Promise<Answer> {
    const { config } = this;
    const started = performance.now();
    let model = config.model;
    let usage = { promptTokens: 0, completionTokens: 0 };
    const record = (outcome: LlmCallOutcome, error?: string): LlmAttempt => ({
      provider: OPENAI_PROVIDER,
      model,
      promptVersion: PROMPT_VERSION,
      ...usage,
      costMicros: costMicros(usage, config.price ?? knownPrice(model) ?? knownPrice(config.model)),
      durationMs: Math.round(performance.now() - started),
      outcome,
      ...(error ? { error: sanitiseError(error, [config.apiKey]) } : {}),
    });
    try {
      const completion = await this.client.chat.completions.create({
        model: config.model,
        messages: [
          { role: "system", content: messages.system },
          { role: "user", content: messages.user },
        ],
        response_format: DRAFT_RESPONSE_FORMAT,
        max_completion_tokens: MAX_COMPLETION_TOKENS,
        ...(config.temperature === null ? {} : { temperature: config.temperature }),
      });
      model = completion.model || config.model;
      usage = { promptTokens: completion.usage?.prompt_tokens ?? 0, completionTokens: completion.usage?.completion_tokens ?? 0 };
      const choice = completion.choices[0];
      if (choice?.message.refusal) throw new InvalidDraftOutput(`the model refused: ${choice.message.refusal}`);
      if (choice?.finish_reason === "length") throw new InvalidDraftOutput("answer cut off at the token limit");
      const draft = parseDraftOutput(choice?.message.content);
      return { ok: true, attempt: record("ok"), draft };
    } catch (error) {
      const failure = classify(error, config);
      failure.message = sanitiseError(failure.message, [config.apiKey]);
      return { ok: false, attempt: record(failure.outcome, failure.message), failure };
    }
  }
}
