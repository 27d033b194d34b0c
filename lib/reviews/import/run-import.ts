import type { Db } from "../../db";
import { Prisma } from "../../generated/prisma/client";
import { recordAudit, SYSTEM } from "../../audit";
import type { NormalizedReview } from "../../platforms/types";
import { storeReviews } from "../store-reviews";
import { importSettingsSchema } from "./fields";
import { resolveSettings, reviewsFromSheet } from "./sheet-reviews";
import type { Sheet } from "./sheet";
import { isTripadvisorChannel, sortTripadvisorRows, tripadvisorApiOf } from "./tripadvisor-overlap";

// The import job: the file's rows through the same path as every platform's reviews (storeReviews),
// so imported reviews are drafted, deduplicated and audited like any other. Tripadvisor history also
// meets the property's Tripadvisor API connection, so a review is not in Lobby twice (tripadvisor-overlap.ts).

const CHUNK = 250;
const MAX_VALUE = 500;

export type ImportSummary = { created: number; updated: number; unchanged: number; failedRows: number };

/**
 * Runs a queued import. Running it again (a retried job) redoes it from the start, which adds
 * nothing twice: reviews are keyed by (connection, external id). `onNewReviews` gets the ids of
 * reviews that need a draft, chunk by chunk.
 */
export async function runReviewImport(db: Db, importId: string, opts: { onNewReviews?: (reviewIds: string[]) => Promise<unknown> } = {}): Promise<ImportSummary | null> {
  const found = await db.reviewImport.findUnique({
    where: { id: importId },
    select: {
      id: true, organizationId: true, propertyId: true, status: true, sheet: true, settings: true, channelName: true, fileName: true,
      property: { select: { timeZone: true } }, connection: true,
    },
  });
  if (!found || (found.status !== "QUEUED" && found.status !== "RUNNING")) return null;
  if (!found.connection || !found.sheet) throw new Error(`import ${importId} has no connection or sheet`);
  const connection = found.connection;
  const sheet = found.sheet as unknown as Sheet;
  const settings = importSettingsSchema.parse(found.settings);
  const resolved = resolveSettings(sheet, settings);
  const read = reviewsFromSheet(sheet, {
    mapping: settings.mapping, ratingScale: resolved.ratingScale, dateOrder: resolved.dateOrder, timeZone: found.property.timeZone,
    channelName: found.channelName, source: { importId, fileName: found.fileName },
  });

  await db.$transaction(async (tx) => {
    await tx.reviewImportRowError.deleteMany({ where: { importId } });
    for (let i = 0; i < read.problems.length; i += 1000) {
      await tx.reviewImportRowError.createMany({
        data: read.problems.slice(i, i + 1000).map((p) => ({ importId, ...p, value: p.value.length > MAX_VALUE ? `${p.value.slice(0, MAX_VALUE)}…` : p.value })),
      });
    }
    await tx.reviewImport.update({
      where: { id: importId },
      data: { status: "RUNNING", startedAt: new Date(), error: null, failedRows: read.failedRows, processedRows: read.failedRows, createdReviews: 0, updatedReviews: 0, unchangedReviews: 0 },
    });
  });

  const tripadvisor = isTripadvisorChannel(found.channelName) ? await tripadvisorApiOf(db, { organizationId: found.organizationId, propertyId: found.propertyId }) : null;
  const summary: ImportSummary = { created: 0, updated: 0, unchanged: 0, failedRows: read.failedRows };
  for (let i = 0; i < read.reviews.length; i += CHUNK) {
    const rows = read.reviews.slice(i, i + CHUNK);
    const needDraft: string[] = [];
    const store = async (into: Parameters<typeof storeReviews>[1], reviews: NormalizedReview[]) => {
      if (reviews.length === 0) return;
      const stored = await storeReviews(db, into, reviews);
      summary.created += stored.created;
      summary.updated += stored.updated;
      summary.unchanged += stored.unchanged;
      needDraft.push(...stored.needDraft);
    };
    if (tripadvisor) {
      const sorted = await sortTripadvisorRows(db, tripadvisor, connection, rows);
      await store(connection, sorted.toManual);
      if (tripadvisor.home) await store(tripadvisor.home, sorted.toApi); // toApi is empty without a live connection
      // Already in Lobby: counted so, and listed in the row report with the reason.
      summary.unchanged += sorted.skipped.length;
      if (sorted.skipped.length) await db.reviewImportRowError.createMany({ data: sorted.skipped.map((p) => ({ importId, ...p })) });
    } else {
      await store(connection, rows.map((r) => r.review));
    }
    await db.reviewImport.update({
      where: { id: importId },
      data: { processedRows: { increment: rows.length }, createdReviews: summary.created, updatedReviews: summary.updated, unchangedReviews: summary.unchanged },
    });
    if (needDraft.length) await opts.onNewReviews?.(needDraft);
  }

  await db.$transaction(async (tx) => {
    // The reviews keep their own rows (raw); the file itself is not kept once imported.
    await tx.reviewImport.update({ where: { id: importId }, data: { status: "DONE", finishedAt: new Date(), processedRows: sheet.rows.length, sheet: Prisma.DbNull } });
    await recordAudit(tx, { organizationId: found.organizationId, actor: SYSTEM, action: "import.finished", entityType: "import", entityId: importId, data: summary });
  });
  return summary;
}

/** After the last attempt: the import is marked failed with a reason staff can act on. */
export async function markImportFailed(db: Db, importId: string, reason: string) {
  const found = await db.reviewImport.findUnique({ where: { id: importId }, select: { organizationId: true, status: true } });
  if (!found || found.status === "DONE") return;
  await db.$transaction(async (tx) => {
    // Staff upload the file again to retry, so its rows are not kept either.
    await tx.reviewImport.update({ where: { id: importId }, data: { status: "FAILED", finishedAt: new Date(), error: reason, sheet: Prisma.DbNull } });
    await recordAudit(tx, { organizationId: found.organizationId, actor: SYSTEM, action: "import.failed", entityType: "import", entityId: importId, data: { reason } });
  });
}
