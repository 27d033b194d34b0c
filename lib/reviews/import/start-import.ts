import type { Db } from "../../db";
import type { Prisma } from "../../generated/prisma/client";
import { recordAudit, type Actor } from "../../audit";
import { UserFacingError } from "../../errors";
import { enqueue, type Queues } from "../../jobs/queues";
import { logger } from "../../logger";
import type { ImportSettings } from "./fields";
import { manualConnectionFor } from "./manual-connection";
import { previewImport } from "./preview";
import { importForMapping } from "./queries";

export const importJobId = (importId: string) => `import-${importId}`;

/**
 * Saves the chosen mapping and queues the import. The reviews land in the property's MANUAL
 * connection for the channel, made here on the first import.
 */
export async function startReviewImport(db: Db, queues: Queues, input: { organizationId: string; importId: string; settings: ImportSettings; actor: Actor & { kind: "USER" } }) {
  const { sheet, context } = await importForMapping(db, input.organizationId, input.importId);
  const preview = previewImport(sheet, input.settings, context);
  if (preview.mappingProblems.length > 0) throw new UserFacingError(preview.mappingProblems.join(" "));
  if (preview.totals.ready === 0) throw new UserFacingError("No row can be imported with this mapping. Check the problems listed in the preview.");
  await db.$transaction(async (tx) => {
    // Only one start wins when the button is pressed twice.
    const claimed = await tx.reviewImport.updateMany({
      where: { id: input.importId, organizationId: input.organizationId, status: "MAPPING" },
      data: { status: "QUEUED", settings: input.settings as unknown as Prisma.InputJsonValue },
    });
    if (claimed.count === 0) throw new UserFacingError("This import has already started.", "conflict");
    const { propertyId } = await tx.reviewImport.findUniqueOrThrow({ where: { id: input.importId }, select: { propertyId: true } });
    const connection = await manualConnectionFor(tx, { organizationId: input.organizationId, propertyId, channelName: context.channelName, actor: input.actor });
    await tx.reviewImport.update({ where: { id: input.importId }, data: { connectionId: connection.id } });
    await recordAudit(tx, {
      organizationId: input.organizationId, actor: input.actor, action: "import.started", entityType: "import", entityId: input.importId,
      data: { connectionId: connection.id, settings: input.settings as unknown as Prisma.InputJsonValue },
    });
  });
  // The import stands even if the queue is unreachable now: the workers pick up imports that lost their job.
  await enqueue(queues, "importReviews", { importId: input.importId }, importJobId(input.importId)).catch((err: Error) =>
    logger.error({ importId: input.importId, err: err.message }, "could not queue the import; the workers will resume it"),
  );
}
