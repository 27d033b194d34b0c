import type { Prisma } from "../../generated/prisma/client";
import { recordAudit, type Actor } from "../../audit";
import { sealSecret } from "../../crypto/secrets";

type Tx = Prisma.TransactionClient;

/**
 * The MANUAL connection of a property's channel, made on its first import. Channel names match
 * whatever their case ("yelp" is Yelp). Call inside a transaction.
 */
export async function manualConnectionFor(tx: Tx, input: { organizationId: string; propertyId: string; channelName: string; actor: Actor }) {
  const existing = await tx.platformConnection.findFirst({
    where: { organizationId: input.organizationId, propertyId: input.propertyId, platform: "MANUAL", externalLocationId: { equals: input.channelName, mode: "insensitive" } },
    orderBy: { createdAt: "asc" },
  });
  if (existing) {
    if (existing.status === "DISCONNECTED") {
      // Importing into a channel that was disconnected is asking for it back.
      await recordAudit(tx, { organizationId: input.organizationId, actor: input.actor, action: "connection.reconnected", entityType: "connection", entityId: existing.id, data: { via: "import" } });
      return tx.platformConnection.update({ where: { id: existing.id }, data: { status: "ACTIVE" } });
    }
    return existing;
  }
  const created = await tx.platformConnection.create({
    data: {
      organizationId: input.organizationId,
      propertyId: input.propertyId,
      platform: "MANUAL",
      externalLocationId: input.channelName,
      // Nothing to keep secret for a channel without an API; the column holds a sealed empty object.
      credentialsEncrypted: sealSecret({}),
    },
  });
  await recordAudit(tx, { organizationId: input.organizationId, actor: input.actor, action: "connection.created", entityType: "connection", entityId: created.id, data: { platform: "MANUAL", channel: input.channelName, via: "import" } });
  return created;
}
