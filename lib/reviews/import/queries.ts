import type { Db } from "../../db";
import { inOrganization } from "../../db";
import { UserFacingError } from "../../errors";
import { importSettingsSchema, type ImportSettings } from "./fields";
import { previewImport } from "./preview";
import type { Sheet } from "./sheet";

// What the import pages read. The sheet (up to 20,000 rows) is only loaded where it is needed.

/** The organization that owns an import: the tenant comes from the resource. */
export async function importOrganization(db: Db, importId: string) {
  const found = await db.reviewImport.findUnique({ where: { id: importId }, select: { organizationId: true } });
  return found?.organizationId ?? null;
}

const SUMMARY = {
  id: true, channel: true, channelName: true, fileName: true, fileFormat: true, status: true, totalRows: true, processedRows: true,
  createdReviews: true, updatedReviews: true, unchangedReviews: true, failedRows: true, error: true, createdAt: true, startedAt: true,
  finishedAt: true, connectionId: true, property: { select: { id: true, name: true, city: true, timeZone: true } }, createdBy: { select: { name: true } },
} as const;

export function listReviewImports(db: Db, organizationId: string, take = 50) {
  return db.reviewImport.findMany({ where: inOrganization(organizationId), orderBy: { createdAt: "desc" }, take, select: SUMMARY });
}

export function getReviewImport(db: Db, organizationId: string, importId: string) {
  return db.reviewImport.findFirst({ where: { id: importId, ...inOrganization(organizationId) }, select: SUMMARY });
}

export function listImportRowErrors(db: Db, organizationId: string, importId: string, take?: number) {
  return db.reviewImportRowError.findMany({
    where: { importId, import: inOrganization(organizationId) },
    orderBy: [{ rowNumber: "asc" }, { id: "asc" }],
    select: { rowNumber: true, column: true, problem: true, value: true },
    ...(take ? { take } : {}),
  });
}

/** The sheet and chosen settings of an import still waiting for its mapping. */
export async function importForMapping(db: Db, organizationId: string, importId: string) {
  const found = await db.reviewImport.findFirst({
    where: { id: importId, ...inOrganization(organizationId) },
    select: { status: true, sheet: true, settings: true, channelName: true, fileName: true, property: { select: { timeZone: true } } },
  });
  if (!found) throw new UserFacingError("This import no longer exists.", "not_found");
  if (found.status !== "MAPPING" || !found.sheet) throw new UserFacingError("This import has already started; its mapping cannot change.", "conflict");
  return {
    sheet: found.sheet as unknown as Sheet,
    settings: importSettingsSchema.parse(found.settings),
    context: { timeZone: found.property.timeZone, channelName: found.channelName, source: { importId, fileName: found.fileName } },
  };
}

/** The preview for a mapping being chosen (not yet saved). */
export async function previewReviewImport(db: Db, organizationId: string, importId: string, settings: ImportSettings) {
  const { sheet, context } = await importForMapping(db, organizationId, importId);
  return previewImport(sheet, settings, context);
}
