import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDb } from "../db";
import { createOrganization } from "@/prisma/factories";
import { startOpenAiServer, type RunningOpenAiServer } from "@/sandbox/openai/testing";
import { checkReply, hasBlockingFlag, replyContextFor } from "./guardrails";
import { llmUsage } from "./llm-usage";
import { OpenAiDrafter } from "./openai/provider";
import { draftInput, HOSTILE_TEXT, testConfig } from "./openai/testing";
import { configuredProvider, draftWithProviders } from "./providers";

const db = createDb();
let server: RunningOpenAiServer;
let organizationId: string;
let otherOrganizationId: string;

beforeAll(async () => {
  server = await startOpenAiServer();
  organizationId = (await createOrganization(db, { slug: `llm-${randomUUID().slice(0, 8)}`, name: "LLM test group" })).id;
  otherOrganizationId = (await createOrganization(db, { slug: `llm-other-${randomUUID().slice(0, 8)}`, name: "Other group" })).id;
});
afterAll(async () => {
  await server.close();
  await db.organization.deleteMany({ where: { id: { in: [organizationId, otherOrganizationId] } } });
  await db.$disconnect();
});
beforeEach(() => server.reset());

const calls = (ids: string[]) => db.llmCall.findMany({ where: { id: { in: ids } }, orderBy: { createdAt: "asc" } });

describe("choosing and falling back between providers", () => {
  it("uses the builtin drafter by default, with no LLM calls", async () => {
    expect(configuredProvider()).toBe("builtin");
    const outcome = await draftWithProviders(draftInput(), { organizationId, db });
    expect(outcome).toMatchObject({ provider: "builtin", llmCallIds: [] });
    expect(outcome.fallbackReason).toBeUndefined();
    expect(server.requests).toHaveLength(0);
  });

  it("records the OpenAI call with its tokens and cost for the organization", async () => {
    const provider = new OpenAiDrafter(testConfig(server.baseURL));
    const outcome = await draftWithProviders(draftInput(), { organizationId, db, provider });
    expect(outcome).toMatchObject({ provider: "openai", model: "gpt-4o-mini" });
    expect(outcome.fallbackReason).toBeUndefined();
    const [row] = await calls(outcome.llmCallIds);
    expect(row).toMatchObject({
      organizationId,
      draftId: null,
      provider: "openai",
      model: "gpt-4o-mini",
      outcome: "ok",
      error: null,
      promptTokens: outcome.usage!.promptTokens,
      completionTokens: outcome.usage!.completionTokens,
      costMicros: Math.round(outcome.usage!.promptTokens * 0.15 + outcome.usage!.completionTokens * 0.6),
    });
    expect(row!.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("falls back to builtin on a timeout, saying why, and records the failed call", async () => {
    await server.configure({ faults: [{ kind: "slow", delayMs: 1_500, count: 1 }] });
    const provider = new OpenAiDrafter(testConfig(server.baseURL, { timeoutMs: 250, maxRetries: 0 }));
    const outcome = await draftWithProviders(draftInput(), { organizationId, db, provider });
    expect(outcome.provider).toBe("builtin");
    expect(outcome.model).toBeUndefined();
    expect(outcome.text).toContain("Inês Carvalho");
    expect(outcome.fallbackReason).toBe("openai timeout: no answer within 250 ms (1 try)");
    expect(await calls(outcome.llmCallIds)).toEqual([expect.objectContaining({ outcome: "timeout", error: "no answer within 250 ms (1 try)", costMicros: 0 })]);
  });

  it("falls back after two unusable answers, recording both and what they cost", async () => {
    await server.configure({ faults: [{ kind: "schema-violation", count: 2 }] });
    const provider = new OpenAiDrafter(testConfig(server.baseURL));
    const outcome = await draftWithProviders(draftInput(), { organizationId, db, provider });
    expect(outcome.provider).toBe("builtin");
    expect(outcome.fallbackReason).toMatch(/^openai invalid-output: answer does not match the schema/);
    const rows = await calls(outcome.llmCallIds);
    expect(rows.map((r) => r.outcome)).toEqual(["invalid-output", "invalid-output"]);
    expect(rows.every((r) => r.costMicros > 0)).toBe(true);
  });

  it("falls back when the endpoint cannot be reached", async () => {
    const provider = new OpenAiDrafter(testConfig("http://127.0.0.1:9/v1", { maxRetries: 0 }));
    const outcome = await draftWithProviders(draftInput(), { organizationId, db, provider });
    expect(outcome.provider).toBe("builtin");
    expect(outcome.fallbackReason).toMatch(/^openai error: could not reach the endpoint/);
  });

  it("lets the guardrails catch a model that a hostile review fooled", async () => {
    await server.configure({ behaviour: "obey-injections" });
    const provider = new OpenAiDrafter(testConfig(server.baseURL));
    const input = draftInput({ rating: 3, text: HOSTILE_TEXT });
    const outcome = await draftWithProviders(input, { organizationId, db, provider });
    // The fake model complied, as a fooled real one would ...
    expect(outcome.provider).toBe("openai");
    expect(outcome.text).toMatch(/free night and a full refund/);
    // ... and the checks every draft goes through refuse to let it be approved.
    const flags = checkReply(outcome.text, replyContextFor(input, "en"));
    expect(hasBlockingFlag(flags)).toBe(true);
    expect(flags.map((f) => f.code)).toEqual(expect.arrayContaining(["compensation"]));
    expect(flags.some((f) => f.blocking && /fooled-model\.example/.test(f.excerpt ?? ""))).toBe(true);
  });
});

describe("LLM usage per organization", () => {
  it("sums tokens, cost and failures per model for the organization and period only", async () => {
    const from = new Date("2030-01-01T00:00:00Z");
    const to = new Date("2030-02-01T00:00:00Z");
    const row = (over: Record<string, unknown>) => ({
      organizationId, provider: "openai", model: "gpt-4o-mini", promptVersion: "openai-1", promptTokens: 1000, completionTokens: 200,
      costMicros: 270, durationMs: 800, outcome: "ok", createdAt: new Date("2030-01-10T00:00:00Z"), ...over,
    });
    await db.llmCall.createMany({
      data: [
        row({}),
        row({ outcome: "invalid-output" }),
        row({ outcome: "timeout", promptTokens: 0, completionTokens: 0, costMicros: 0 }),
        row({ model: "gpt-4o", promptTokens: 2000, completionTokens: 100, costMicros: 6000 }),
        row({ createdAt: new Date("2030-02-01T00:00:00Z") }), // the period's end is exclusive
        row({ organizationId: otherOrganizationId }),
      ],
    });
    const usage = await llmUsage(db, organizationId, { from, to });
    expect(usage.byModel).toEqual([
      { provider: "openai", model: "gpt-4o", calls: 1, failedCalls: 0, promptTokens: 2000, completionTokens: 100, costMicros: 6000 },
      { provider: "openai", model: "gpt-4o-mini", calls: 3, failedCalls: 2, promptTokens: 2000, completionTokens: 400, costMicros: 540 },
    ]);
    expect(usage.total).toEqual({ calls: 4, failedCalls: 2, promptTokens: 4000, completionTokens: 500, costMicros: 6540 });
    expect((await llmUsage(db, organizationId, { from: to, to: new Date("2030-03-01T00:00:00Z") })).total.calls).toBe(1);
  });
});
