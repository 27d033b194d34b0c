import type { Db } from "../../db";
import { recordAudit, type Actor } from "../../audit";
import { sealSecret } from "../../crypto/secrets";
import { UserFacingError } from "../../errors";
import { ensureQueued, type Queues } from "../../jobs/queues";
import { logger } from "../../logger";
import { PLATFORM_NAMES } from "../names";
import type { PlatformCode } from "../types";

/** How each platform names what a property is connected to. */
export const PLACE_NOUN: Record<PlatformCode, string> = {
  GOOGLE: "location",
  BOOKING: "property",
  EXPEDIA: "property",
  TRUSTPILOT: "business unit",
  TRIPADVISOR: "location",
};

export interface NewConnection {
  organizationId: string;
  propertyId: string;
  platform: PlatformCode;
  externalLocationId: string;
  /** Already checked against the platform; sealed here, never returned. */
  credentials: unknown;
  via: "oauth" | "credentials";
}

/** The organization that owns a property: the tenant comes from the resource, never from the browser. */
export async function propertyOrganization(db: Db, propertyId: unknown): Promise<string | null> {
  if (typeof propertyId !== "string" || propertyId.length > 64) return null;
  const property = await db.property.findUnique({ where: { id: propertyId }, select: { organizationId: true } });
  return property?.organizationId ?? null;
}

/** The job that reads a new connection at once; the workers' scheduler uses the same id, so it runs once. */
export const firstPollJobId = (connectionId: string) => `first-poll-${connectionId}`;

/**
 * Connects a property to a platform place with verified credentials, or reconnects a place the
 * property was disconnected from (its reviews and replies are still there). One place belongs to one
 * property of the organization. The first poll is queued at once; if Redis is away the workers'
 * scheduler queues it within a minute, because the connection has never been read.
 */
export async function saveConnection(db: Db, queues: Queues, input: NewConnection, actor: Actor): Promise<{ id: string; reconnected: boolean }> {
  const property = await db.property.findFirst({ where: { id: input.propertyId, organizationId: input.organizationId }, select: { id: true, name: true } });
  if (!property) throw new UserFacingError("That property is not part of this organization.", "not_found");
  const label = PLATFORM_NAMES[input.platform];
  const place = `${label} ${PLACE_NOUN[input.platform]} ${input.externalLocationId}`;

  const saved = await db.$transaction(async (tx) => {
    const elsewhere = await tx.platformConnection.findFirst({
      where: { organizationId: input.organizationId, platform: input.platform, externalLocationId: input.externalLocationId, status: { not: "DISCONNECTED" } },
      select: { propertyId: true, property: { select: { name: true } } },
    });
    if (elsewhere) {
      throw new UserFacingError(
        elsewhere.propertyId === property.id ? `${property.name} is already connected to this ${label} ${PLACE_NOUN[input.platform]}.` : `This ${label} ${PLACE_NOUN[input.platform]} is already connected to ${elsewhere.property.name}.`,
        "conflict",
      );
    }
    const key = { propertyId_platform_externalLocationId: { propertyId: property.id, platform: input.platform, externalLocationId: input.externalLocationId } };
    const previous = await tx.platformConnection.findUnique({ where: key, select: { id: true } });
    const fresh = { credentialsEncrypted: sealSecret(input.credentials), status: "ACTIVE" as const, lastError: null, lastPolledAt: null, pollCursor: null };
    const connection = previous
      ? await tx.platformConnection.update({ where: { id: previous.id }, data: fresh, select: { id: true } })
      : await tx.platformConnection.create({
          data: { ...fresh, organizationId: input.organizationId, propertyId: property.id, platform: input.platform, externalLocationId: input.externalLocationId },
          select: { id: true },
        });
    await recordAudit(tx, {
      organizationId: input.organizationId,
      actor,
      action: previous ? "connection.reconnected" : "connection.connected",
      entityType: "connection",
      entityId: connection.id,
      data: { platform: input.platform, externalLocationId: input.externalLocationId, via: input.via },
    });
    return { id: connection.id, reconnected: previous !== null };
  }).catch((error: unknown) => {
    // Two clicks at once: the second insert meets the unique key the first one just took.
    if (typeof error === "object" && error !== null && "code" in error && error.code === "P2002") {
      throw new UserFacingError(`${property.name} is already connected to this ${label} ${PLACE_NOUN[input.platform]}.`, "conflict");
    }
    throw error;
  });

  await ensureQueued(queues, "pollConnection", { connectionId: saved.id }, firstPollJobId(saved.id)).catch((err: Error) =>
    logger.warn({ connectionId: saved.id, err: err.message }, "could not queue the first poll; the scheduler will"),
  );
  logger.info({ connectionId: saved.id, organizationId: input.organizationId, platform: input.platform, place }, saved.reconnected ? "connection reconnected" : "connection connected");
  return saved;
}
