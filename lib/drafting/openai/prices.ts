// What an LLM call cost, for the per-organization accounting. Prices are US dollars per million tokens,
// which is also millionths of a dollar (micros) per token: cost in micros = tokens x price.

export type ModelPrice = { input: number; output: number };

/**
 * List prices of well-known models (USD per million tokens, standard tier). A deployment with other prices
 * (Azure, a negotiated rate, a newer model) sets OPENAI_PRICE_PER_MTOK; local models cost nothing here.
 */
export const KNOWN_MODEL_PRICES: Record<string, ModelPrice> = {
  "gpt-4o-mini": { input: 0.15, output: 0.6 },
  "gpt-4o": { input: 2.5, output: 10 },
  "gpt-4.1-nano": { input: 0.1, output: 0.4 },
  "gpt-4.1-mini": { input: 0.4, output: 1.6 },
  "gpt-4.1": { input: 2, output: 8 },
  "gpt-5-nano": { input: 0.05, output: 0.4 },
  "gpt-5-mini": { input: 0.25, output: 2 },
  "gpt-5": { input: 1.25, output: 10 },
};

/**
 * The list price of a model: the longest known name the model starts with (so "gpt-4o-mini-2024-07-18",
 * as the API reports it, finds "gpt-4o-mini"). Null when unknown: the call is recorded at cost 0.
 */
export function knownPrice(model: string): ModelPrice | null {
  const name = model.toLowerCase();
  const known = Object.keys(KNOWN_MODEL_PRICES)
    .filter((k) => name === k || name.startsWith(`${k}-`))
    .sort((a, b) => b.length - a.length)[0];
  return known ? KNOWN_MODEL_PRICES[known]! : null;
}

export function costMicros(usage: { promptTokens: number; completionTokens: number }, price: ModelPrice | null): number {
  if (!price) return 0;
  return Math.round(usage.promptTokens * price.input + usage.completionTokens * price.output);
}
