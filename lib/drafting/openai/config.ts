import { env as processEnv, type Env } from "../../env";
import type { ModelPrice } from "./prices";

/** How to reach an OpenAI-compatible endpoint; built from the environment, or by tests. */
export type OpenAiConfig = {
  /** Unset: api.openai.com. */
  baseURL?: string;
  /** Unset: a keyless local server (Ollama, vLLM). */
  apiKey?: string;
  model: string;
  /** Per HTTP request; the SDK retries a timed-out request like a 5xx. */
  timeoutMs: number;
  /** Retries of 408/409/429/5xx and timeouts, with backoff that honours Retry-After. */
  maxRetries: number;
  /** Null: the model's default (reasoning models accept nothing else). */
  temperature: number | null;
  /** The deployment's own price for `model`; unset: Lobby's table of well-known models. */
  price?: ModelPrice;
};

export function openAiConfigFromEnv(e: Env = processEnv): OpenAiConfig {
  return {
    ...(e.OPENAI_BASE_URL ? { baseURL: e.OPENAI_BASE_URL } : {}),
    ...(e.OPENAI_API_KEY ? { apiKey: e.OPENAI_API_KEY } : {}),
    model: e.OPENAI_MODEL,
    timeoutMs: e.OPENAI_TIMEOUT_MS,
    maxRetries: e.OPENAI_MAX_RETRIES,
    temperature: e.OPENAI_TEMPERATURE === "none" ? null : e.OPENAI_TEMPERATURE,
    ...(e.OPENAI_PRICE_PER_MTOK ? { price: e.OPENAI_PRICE_PER_MTOK } : {}),
  };
}
