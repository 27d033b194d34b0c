import type { Prisma } from "./generated/prisma/client";

type Tx = Prisma.TransactionClient;

export type Actor = { kind: "USER"; userId: string } | { kind: "SYSTEM" };

export const SYSTEM: Actor = { kind: "SYSTEM" };

/** Records one state change. Call it inside the transaction that makes the change. */
export function recordAudit(
  tx: Tx,
  event: {
    organizationId: string;
    actor: Actor;
    action: string;
    entityType: "review" | "draft" | "reply" | "connection" | "voice" | "import";
    entityId: string;
    data?: Prisma.InputJsonValue;
  },
) {
  return tx.auditEvent.create({
    data: {
      organizationId: event.organizationId,
      actorKind: event.actor.kind,
      actorUserId: event.actor.kind === "USER" ? event.actor.userId : null,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      data: event.data ?? {},
    },
  });
}
