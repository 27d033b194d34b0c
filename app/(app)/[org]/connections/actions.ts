"use server";

import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action-client";
import { requireMember } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { appQueues } from "@/lib/jobs/queues";
import { connectionOrganization, requestBackfill } from "@/lib/platforms/connections";

export async function backfillAction(connectionId: string) {
  return runAction("backfill", { connectionId }, async () => {
    const organizationId = typeof connectionId === "string" ? await connectionOrganization(db, connectionId) : null;
    if (!organizationId) notFound();
    const { user, organization } = await requireMember(organizationId, "connections.manage");
    await requestBackfill(db, appQueues(), connectionId, { kind: "USER", userId: user.id });
    revalidatePath(`/${organization.slug}/connections`);
    return undefined;
  });
}
