import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startOpenAiServer, type RunningOpenAiServer } from "@/sandbox/openai/testing";
import { parseEnv } from "../../env";
import { openAiConfigFromEnv } from "./config";
import { parseDraftOutput } from "./output";
import { costMicros, knownPrice } from "./prices";
import { PROMPT_VERSION } from "./prompt";
import { DraftProviderFailure, OpenAiDrafter, sanitiseError } from "./provider";
import { draftInput, HOSTILE_TEXT, testConfig } from "./testing";

let server: RunningOpenAiServer;
const KEY = "sk-test-lobby-key-0123456789";

beforeAll(async () => {
  server = await startOpenAiServer({ apiKey: KEY });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe("the OpenAI provider against an OpenAI-compatible server", () => {
  it("drafts with structured output: reply, parts, usage, model and prompt version", async () => {
    const drafter = new OpenAiDrafter(testConfig(server.baseURL));
    const attempted = await drafter.attempt(draftInput());
    expect(attempted.ok).toBe(true);
    if (!attempted.ok) return;
    const { result, attempts } = attempted;
    expect(result).toMatchObject({ provider: "openai", model: "gpt-4o-mini", promptVersion: PROMPT_VERSION, language: "en" });
    expect(result.text).toContain("Inês Carvalho");
    expect(result.parts.length).toBeGreaterThan(2);
    for (const part of result.parts) expect(result.text).toContain(part.text);
    expect(result.parts.some((p) => p.answers.startsWith("aspect:noise"))).toBe(true);
    expect(result.usage!.promptTokens).toBeGreaterThan(100);
    expect(result.usage!.completionTokens).toBeGreaterThan(10);

    expect(attempts).toHaveLength(1);
    const [attempt] = attempts;
    expect(attempt).toMatchObject({ provider: "openai", model: "gpt-4o-mini", outcome: "ok", promptVersion: PROMPT_VERSION, ...result.usage });
    expect(attempt!.costMicros).toBe(Math.round(result.usage!.promptTokens * 0.15 + result.usage!.completionTokens * 0.6));

    // What went over the wire: the configured model and temperature, a strict JSON schema, the key.
    const [request] = server.requests;
    expect(request).toMatchObject({ model: "gpt-4o-mini", temperature: 0.7, authorized: true, retryCount: 0 });
    expect(request!.messages.map((m) => m.role)).toEqual(["system", "user"]);
    expect(request!.responseFormat).toMatchObject({ type: "json_schema", json_schema: { name: "review_reply_draft", strict: true } });
  });

  it("sends a hostile review only inside the user message, as JSON data", async () => {
    const drafter = new OpenAiDrafter(testConfig(server.baseURL));
    const attempted = await drafter.attempt(draftInput({ text: HOSTILE_TEXT, authorName: "Mallory" }));
    expect(attempted.ok).toBe(true);
    const [request] = server.requests;
    const [system, user] = request!.messages;
    expect(system!.content).not.toContain("Ignore previous instructions");
    expect(system!.content).not.toContain("Mallory");
    expect(system!.content).toContain("With warm regards from Alfama,");
    expect(system!.content).toContain('<example n="1">');
    const data = JSON.parse(user!.content.slice(user!.content.indexOf("<review>") + 8, user!.content.lastIndexOf("</review>"))) as { text: string };
    expect(data.text).toBe(HOSTILE_TEXT);
    // The careful fake model does not comply; a fooled one is tested in providers.test.ts.
    if (attempted.ok) expect(attempted.result.text).not.toMatch(/free night/i);
  });

  it("waits out a 429's Retry-After and then drafts", async () => {
    await server.configure({ faults: [{ kind: "rate-limit", retryAfterSeconds: 1, count: 1 }] });
    const drafter = new OpenAiDrafter(testConfig(server.baseURL));
    const started = Date.now();
    const attempted = await drafter.attempt(draftInput());
    expect(attempted.ok).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(server.requests.map((r) => r.retryCount)).toEqual([0, 1]);
    expect(attempted.attempts).toEqual([expect.objectContaining({ outcome: "ok" })]);
  });

  it("gives up on a server that keeps failing, once its retries are spent", async () => {
    await server.configure({ faults: [{ kind: "server-error", status: 503, count: 5 }] });
    const drafter = new OpenAiDrafter(testConfig(server.baseURL, { maxRetries: 1 }));
    const attempted = await drafter.attempt(draftInput());
    expect(attempted.ok).toBe(false);
    if (attempted.ok) return;
    expect(attempted.failure).toMatchObject({ outcome: "error" });
    expect(attempted.failure.message).toMatch(/^HTTP 503/);
    expect(server.requests).toHaveLength(2);
    expect(attempted.attempts).toEqual([expect.objectContaining({ outcome: "error", promptTokens: 0, costMicros: 0 })]);
  });

  it("times out a slow server", async () => {
    await server.configure({ faults: [{ kind: "slow", delayMs: 2_000, count: 2 }] });
    const drafter = new OpenAiDrafter(testConfig(server.baseURL, { timeoutMs: 300, maxRetries: 1 }));
    const started = Date.now();
    const attempted = await drafter.attempt(draftInput());
    expect(Date.now() - started).toBeLessThan(1_900);
    expect(attempted.ok).toBe(false);
    if (attempted.ok) return;
    expect(attempted.failure.outcome).toBe("timeout");
    expect(attempted.failure.message).toBe("no answer within 300 ms (2 tries)");
    expect(attempted.attempts).toEqual([expect.objectContaining({ outcome: "timeout" })]);
  });

  it("asks once more when the answer does not parse, and keeps the second answer", async () => {
    await server.configure({ faults: [{ kind: "invalid-json", count: 1 }] });
    const attempted = await new OpenAiDrafter(testConfig(server.baseURL)).attempt(draftInput());
    expect(attempted.ok).toBe(true);
    expect(attempted.attempts.map((a) => a.outcome)).toEqual(["invalid-output", "ok"]);
    // The unusable answer still cost tokens, and the draft's usage counts both.
    const [bad, good] = attempted.attempts;
    expect(bad!.completionTokens).toBeGreaterThan(0);
    if (attempted.ok) expect(attempted.result.usage!.promptTokens).toBe(bad!.promptTokens + good!.promptTokens);
  });

  it("fails with invalid-output after two unusable answers", async () => {
    await server.configure({ faults: [{ kind: "invalid-json", count: 1 }, { kind: "schema-violation", count: 1 }] });
    const attempted = await new OpenAiDrafter(testConfig(server.baseURL)).attempt(draftInput());
    expect(attempted.ok).toBe(false);
    if (attempted.ok) return;
    expect(attempted.failure.outcome).toBe("invalid-output");
    expect(attempted.failure.message).toMatch(/does not match the schema: reply .*\(2 answers\)/);
    expect(attempted.attempts.map((a) => [a.outcome, a.error])).toEqual([
      ["invalid-output", "answer is not JSON"],
      ["invalid-output", expect.stringMatching(/^answer does not match the schema/)],
    ]);
    await expect(new OpenAiDrafter(testConfig(server.baseURL)).draft(draftInput())).resolves.toMatchObject({ provider: "openai" });
  });

  it("reports a wrong key as an error without repeating the key", async () => {
    const wrong = "sk-wrong-key-abcdefghijklmnop";
    const drafter = new OpenAiDrafter(testConfig(server.baseURL, { apiKey: wrong }));
    await expect(drafter.draft(draftInput())).rejects.toBeInstanceOf(DraftProviderFailure);
    const attempted = await drafter.attempt(draftInput());
    expect(attempted.ok).toBe(false);
    if (attempted.ok) return;
    expect(attempted.failure.message).toMatch(/^HTTP 401/);
    expect(JSON.stringify(attempted)).not.toContain(wrong);
  });

  it("uses the configured price, and sends no temperature when told to leave it to the model", async () => {
    const drafter = new OpenAiDrafter(testConfig(server.baseURL, { model: "llama3.1:8b", temperature: null, price: { input: 1, output: 2 } }));
    const attempted = await drafter.attempt(draftInput());
    const [a] = attempted.attempts;
    expect(a!.costMicros).toBe(a!.promptTokens + 2 * a!.completionTokens);
    expect(server.requests[0]).toMatchObject({ model: "llama3.1:8b", temperature: null });
  });
});

describe("configuration", () => {
  it("reads the endpoint, key, model, limits and price from the environment", async () => {
    const config = openAiConfigFromEnv(parseEnv({ DRAFT_PROVIDER: "openai", OPENAI_BASE_URL: server.baseURL, OPENAI_API_KEY: KEY, OPENAI_MODEL: "gpt-4.1-mini", OPENAI_TIMEOUT_MS: "4000", OPENAI_MAX_RETRIES: "0", OPENAI_TEMPERATURE: "0.2", OPENAI_PRICE_PER_MTOK: "1,3" }));
    expect(config).toEqual({ baseURL: server.baseURL, apiKey: KEY, model: "gpt-4.1-mini", timeoutMs: 4000, maxRetries: 0, temperature: 0.2, price: { input: 1, output: 3 } });
    const attempted = await new OpenAiDrafter(config).attempt(draftInput());
    expect(attempted.attempts[0]).toMatchObject({ outcome: "ok", model: "gpt-4.1-mini" });
    expect(server.requests[0]).toMatchObject({ model: "gpt-4.1-mini", temperature: 0.2, authorized: true });
    expect(openAiConfigFromEnv(parseEnv({ OPENAI_TEMPERATURE: "none" }))).toEqual({ model: "gpt-4o-mini", timeoutMs: 20_000, maxRetries: 2, temperature: null });
  });
});

describe("prices and error text", () => {
  it("finds list prices by the dated model names the API reports, and nothing for unknown models", () => {
    expect(knownPrice("gpt-4o-mini-2024-07-18")).toEqual({ input: 0.15, output: 0.6 });
    expect(knownPrice("gpt-4o-2024-08-06")).toEqual({ input: 2.5, output: 10 });
    expect(knownPrice("llama3.1:8b")).toBeNull();
    expect(costMicros({ promptTokens: 1_000_000, completionTokens: 1_000_000 }, knownPrice("gpt-4o-mini"))).toBe(750_000);
    expect(costMicros({ promptTokens: 500, completionTokens: 500 }, null)).toBe(0);
  });

  it("strips keys and bearer tokens and shortens long messages", () => {
    expect(sanitiseError("bad key sk-abcdef1234567890 for Bearer abc.def", [])).toBe("bad key sk-[redacted] for Bearer [redacted]");
    expect(sanitiseError("my-custom-azure-key rejected", ["my-custom-azure-key"])).toBe("[redacted] rejected");
    expect(sanitiseError("x".repeat(400))).toHaveLength(300);
  });

  it("accepts only answers whose parts quote the reply", () => {
    const answer = (parts: unknown) => JSON.stringify({ reply: "Dear Anna, thank you. Inês", language: "en", parts });
    expect(parseDraftOutput(answer([{ text: "Dear Anna,", answers: "greeting", sentence: null, guideline: "greeting (en)" }, { text: "Invented", answers: "x", sentence: null, guideline: null }])).parts).toEqual([
      { text: "Dear Anna,", answers: "greeting", guideline: "greeting (en)" },
    ]);
    expect(() => parseDraftOutput(answer([{ text: "Invented", answers: "x", sentence: null, guideline: null }]))).toThrow(/no part/);
    expect(() => parseDraftOutput(answer([]))).toThrow(/parts must list 1-40 parts/);
    expect(() => parseDraftOutput("")).toThrow(/empty/);
  });
});
