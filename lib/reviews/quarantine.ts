import { createHash } from "node:crypto";
import type { Db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { MalformedReview } from "../platforms/types";

/** A stable fingerprint of a payload: the same broken item seen on every poll is one entry. */
function payloadHash(raw: unknown): string {
  return createHash("sha256").update(JSON.stringify(raw ?? null)).digest("hex");
}

/**
 * Keeps items a platform sent that Lobby could not read, with the payload and the reason, so nothing
 * is lost and someone can look. Returns how many were new.
 */
export async function quarantineItems(db: Db, connection: { id: string; organizationId: string }, items: MalformedReview[]): Promise<number> {
  let added = 0;
  for (const item of items) {
    const hash = payloadHash(item.raw);
    const raw = item.raw === undefined || item.raw === null ? Prisma.JsonNull : (item.raw as Prisma.InputJsonValue);
    const existing = await db.quarantinedItem.findUnique({ where: { connectionId_payloadHash: { connectionId: connection.id, payloadHash: hash } }, select: { id: true } });
    if (existing) {
      await db.quarantinedItem.update({ where: { id: existing.id }, data: { lastSeenAt: new Date(), timesSeen: { increment: 1 } } });
      continue;
    }
    await db.quarantinedItem
      .create({ data: { organizationId: connection.organizationId, connectionId: connection.id, payloadHash: hash, reason: item.reason.slice(0, 2000), raw } })
      .then(() => added++)
      .catch((e: { code?: string }) => {
        if (e.code !== "P2002") throw e; // stored by a concurrent poll a moment ago
      });
  }
  return added;
}
