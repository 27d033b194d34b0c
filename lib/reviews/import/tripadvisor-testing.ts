import { randomUUID } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import type { Db } from "../../db";
import { env } from "../../env";
import { closeQueues, createQueues, type Queues } from "../../jobs/queues";
import { createRedis } from "../../jobs/redis";
import { sandboxEndpoints } from "../../platforms/endpoints";
import { createMember, createOrganization } from "@/prisma/factories";
import { startTripadvisorSandbox } from "@/sandbox/tripadvisor/testing";
import type { RunningSandbox } from "@/sandbox/testing";
import type { ImportSettings } from "./fields";
import { runReviewImport } from "./run-import";
import { startReviewImport } from "./start-import";
import { uploadReviewImport } from "./upload-import";

// What the tests of Tripadvisor history beside a Tripadvisor API connection share: the sandbox's
// Tripadvisor Content API, an organization with a hotel manager, queues of their own, and a way to
// import a Tripadvisor file as the import job would.

export type TripadvisorImportHarness = {
  sandbox: RunningSandbox;
  queues: Queues;
  org: { id: string };
  manager: { id: string };
  overrides(): { endpoints: ReturnType<typeof sandboxEndpoints> };
  /** Uploads a Tripadvisor file for the property and runs its import as the job would. */
  importFile(propertyId: string, lines: string[]): Promise<{ id: string; summary: Awaited<ReturnType<typeof runReviewImport>> }>;
};

/** Registers the file's beforeAll/afterAll; the harness's fields are there once beforeAll has run. */
export function tripadvisorImportHarness(db: Db, label: string): TripadvisorImportHarness {
  const redis = createRedis(env.REDIS_URL);
  const h = {
    overrides: () => ({ endpoints: sandboxEndpoints(h.sandbox.url) }),
    async importFile(propertyId: string, lines: string[]) {
      const actor = { kind: "USER" as const, userId: h.manager.id };
      const { id } = await uploadReviewImport(db, {
        organizationId: h.org.id, form: { propertyId, channel: "TRIPADVISOR" }, file: { name: "tripadvisor.csv", bytes: new TextEncoder().encode(lines.join("\n")) }, actor,
      });
      const settings = (await db.reviewImport.findUniqueOrThrow({ where: { id } })).settings as unknown as ImportSettings;
      await startReviewImport(db, h.queues, { organizationId: h.org.id, importId: id, settings, actor });
      return { id, summary: await runReviewImport(db, id) };
    },
  } as TripadvisorImportHarness;

  beforeAll(async () => {
    h.sandbox = await startTripadvisorSandbox();
    h.queues = createQueues(redis, `${env.QUEUE_PREFIX}-${label}-${randomUUID().slice(0, 8)}`);
    const slug = `${label}-${randomUUID().slice(0, 8)}`;
    h.org = await createOrganization(db, { slug, name: `Tripadvisor hotels (${label})` });
    h.manager = await createMember(db, { organizationId: h.org.id, email: `manager@${slug}.test`, name: "Ines Manager", role: "HOTEL_MANAGER", password: "test-password" });
  });

  afterAll(async () => {
    if (h.queues) {
      await Promise.all(Object.values(h.queues).map((q) => q.obliterate({ force: true })));
      await closeQueues(h.queues);
    }
    redis.disconnect();
    await h.sandbox?.sandbox.close();
    if (h.org) await db.organization.deleteMany({ where: { id: h.org.id } });
    await db.$disconnect();
  });
  return h;
}

/** The day a moment falls on in Lisbon, as a file from a Lisbon hotel gives it (yyyy-mm-dd). */
export const lisbonDay = (d: Date) => d.toLocaleDateString("sv-SE", { timeZone: "Europe/Lisbon" });
