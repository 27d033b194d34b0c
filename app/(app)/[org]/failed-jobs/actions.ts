"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action-client";
import { requireMemberBySlug } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { UserFacingError } from "@/lib/errors";
import { retryDeadLetter } from "@/lib/jobs/dead-letters";
import { appQueues } from "@/lib/jobs/queues";

/** Queues a failed job's work again. The job must belong to the organization in the address; lib checks it against the database. */
export async function retryFailedJobAction(input: { org: string; key: string }) {
  return runAction("retryFailedJob", { key: input?.key }, async () => {
    if (typeof input?.org !== "string" || typeof input.key !== "string") throw new UserFacingError("Unknown failed job.", "not_found");
    const { user, organization } = await requireMemberBySlug(input.org, "connections.manage");
    await retryDeadLetter(db, appQueues(), organization.id, input.key, { kind: "USER", userId: user.id });
    revalidatePath(`/${organization.slug}/failed-jobs`);
    return undefined;
  });
}
