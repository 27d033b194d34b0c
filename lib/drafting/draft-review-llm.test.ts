import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDb } from "../db";
import { createHotelOnGoogle } from "@/prisma/factories";
import { startOpenAiServer, type RunningOpenAiServer } from "@/sandbox/openai/testing";
import { draftReview } from "./draft-review";
import { OpenAiDrafter } from "./openai/provider";
import { PROMPT_VERSION } from "./openai/prompt";
import { testConfig } from "./openai/testing";

// The draft job with an LLM provider: the stored draft says which provider, model and prompt wrote it,
// and the LLM calls made for it are linked to it.

const db = createDb();
let server: RunningOpenAiServer;
let tenant: Awaited<ReturnType<typeof createHotelOnGoogle>>;

beforeAll(async () => {
  server = await startOpenAiServer();
  tenant = await createHotelOnGoogle(db, { slug: `llm-draft-${randomUUID().slice(0, 8)}`, locationName: "accounts/1/locations/1", credentials: {} });
});
afterAll(async () => {
  await server.close();
  await db.organization.delete({ where: { id: tenant.organization.id } });
  await db.$disconnect();
});
beforeEach(() => server.reset());

async function awaitingReview(text: string) {
  return db.review.create({
    data: {
      organizationId: tenant.organization.id, propertyId: tenant.property.id, connectionId: tenant.connection.id, platform: "GOOGLE",
      externalId: randomUUID(), authorName: "Joana", rating: 4, platformScale: 5, text, language: "en",
      publishedAt: new Date(), platformUpdatedAt: new Date(), raw: {},
    },
  });
}

describe("drafting a review with the OpenAI provider", () => {
  it("stores an LLM draft with provider, model and prompt version, and links its call", async () => {
    const review = await awaitingReview("Lovely rooftop and a great breakfast, but the wifi kept dropping.");
    const provider = new OpenAiDrafter(testConfig(server.baseURL));
    const { draftId } = (await draftReview(db, review.id, { provider }))!;
    const draft = await db.draft.findUniqueOrThrow({ where: { id: draftId }, include: { llmCalls: true } });
    expect(draft).toMatchObject({ origin: "LLM", provider: "openai", model: "gpt-4o-mini", promptVersion: PROMPT_VERSION, fallbackReason: null });
    expect(draft.text).toContain("Inês Carvalho");
    expect(draft.llmCalls).toEqual([expect.objectContaining({ organizationId: tenant.organization.id, outcome: "ok", draftId })]);
    expect(draft.llmCalls[0]!.promptTokens).toBeGreaterThan(0);
    expect((await db.review.findUniqueOrThrow({ where: { id: review.id } })).replyState).toBe("DRAFTED");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: review.id, action: "draft.created" } });
    expect(audit.data).toMatchObject({ draftId, provider: "openai", model: "gpt-4o-mini" });
  });

  it("stores the builtin draft and the reason when the provider fails, still linking the failed calls", async () => {
    await server.configure({ faults: [{ kind: "server-error", status: 500, count: 10 }] });
    const review = await awaitingReview("The room was clean and quiet.");
    const provider = new OpenAiDrafter(testConfig(server.baseURL, { maxRetries: 1 }));
    const { draftId } = (await draftReview(db, review.id, { provider }))!;
    const draft = await db.draft.findUniqueOrThrow({ where: { id: draftId }, include: { llmCalls: true } });
    expect(draft).toMatchObject({ origin: "BUILTIN", provider: "builtin", model: null });
    expect(draft.fallbackReason).toMatch(/^openai error: HTTP 500/);
    expect(draft.llmCalls.map((c) => c.outcome)).toEqual(["error"]);
    expect(server.requests).toHaveLength(2);
  });
});
