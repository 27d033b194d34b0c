import { z } from "zod";
import type { Db } from "../../db";
import type { Prisma } from "../../generated/prisma/client";
import { recordAudit, type Actor } from "../../audit";
import { UserFacingError } from "../../errors";
import { channelName, IMPORT_CHANNEL_KEYS, type ImportChannel } from "./channels";
import type { ImportSettings } from "./fields";
import { guessMapping } from "./guess-mapping";
import { readReviewFile } from "./read-review-file";

/** The upload form's fields besides the file; shared by the form and the server. */
export const uploadFormSchema = z
  .object({
    propertyId: z.string().min(1, "Choose the property these reviews are about.").max(64),
    channel: z.enum(IMPORT_CHANNEL_KEYS as [ImportChannel, ...ImportChannel[]], { error: "Choose where these reviews come from." }),
    otherName: z.string().max(60, "Keep the channel's name under 60 characters.").optional(),
  })
  .refine((v) => v.channel !== "OTHER" || (v.otherName ?? "").trim().length > 0, { message: "Name the channel the reviews come from.", path: ["otherName"] });
export type UploadForm = z.infer<typeof uploadFormSchema>;

const GUESS_FROM_ROWS = 50;

/**
 * Reads an uploaded file and keeps it as an import waiting for its mapping, with Lobby's guess at
 * the mapping. Nothing is stored when the file cannot be read.
 */
export async function uploadReviewImport(db: Db, input: { organizationId: string; form: UploadForm; file: { name: string; bytes: Uint8Array }; actor: Actor & { kind: "USER" } }) {
  const property = await db.property.findFirst({ where: { id: input.form.propertyId, organizationId: input.organizationId }, select: { id: true } });
  if (!property) throw new UserFacingError("That property is not one of this organization's.", "not_found");
  const sheet = await readReviewFile(input.file);
  const settings: ImportSettings = {
    mapping: guessMapping(sheet.headers, sheet.rows.slice(0, GUESS_FROM_ROWS).map((r) => r.cells)),
    ratingScale: "auto",
    dateOrder: "auto",
  };
  const fileName = input.file.name.replace(/[\u0000-\u001f\u007f]/g, "").slice(-200) || "reviews";
  return db.$transaction(async (tx) => {
    const created = await tx.reviewImport.create({
      data: {
        organizationId: input.organizationId,
        propertyId: property.id,
        createdById: input.actor.userId,
        channel: input.form.channel,
        channelName: channelName(input.form.channel, input.form.otherName),
        fileName,
        fileFormat: sheet.format,
        sheet: sheet as unknown as Prisma.InputJsonValue,
        settings: settings as unknown as Prisma.InputJsonValue,
        totalRows: sheet.rows.length,
      },
      select: { id: true },
    });
    await recordAudit(tx, { organizationId: input.organizationId, actor: input.actor, action: "import.uploaded", entityType: "import", entityId: created.id, data: { fileName, rows: sheet.rows.length } });
    return created;
  });
}
