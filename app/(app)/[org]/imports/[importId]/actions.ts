"use server";

import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action-client";
import { requireMember } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { UserFacingError } from "@/lib/errors";
import { appQueues } from "@/lib/jobs/queues";
import { importSettingsSchema, type ImportSettings } from "@/lib/reviews/import/fields";
import { importOrganization, previewReviewImport } from "@/lib/reviews/import/queries";
import { startReviewImport } from "@/lib/reviews/import/start-import";

// The organization is looked up from the import itself, never taken from the client.
async function memberForImport(importId: unknown) {
  const organizationId = typeof importId === "string" && importId.length <= 64 ? await importOrganization(db, importId) : null;
  if (!organizationId) notFound();
  return requireMember(organizationId, "reviews.import");
}

function parseSettings(input: unknown): ImportSettings {
  const parsed = importSettingsSchema.safeParse(input);
  if (!parsed.success) throw new UserFacingError("The mapping could not be read. Reload the page and try again.");
  return parsed.data;
}

export async function previewImportAction(importId: string, settings: ImportSettings) {
  return runAction("previewImport", { importId }, async () => {
    const { organization } = await memberForImport(importId);
    return previewReviewImport(db, organization.id, importId, parseSettings(settings));
  });
}

export async function startImportAction(importId: string, settings: ImportSettings) {
  return runAction("startImport", { importId }, async () => {
    const { organization, user } = await memberForImport(importId);
    await startReviewImport(db, appQueues(), { organizationId: organization.id, importId, settings: parseSettings(settings), actor: { kind: "USER", userId: user.id } });
    revalidatePath(`/${organization.slug}/imports`, "layout");
    return undefined;
  });
}
