import { db } from "./db";

export async function firstOrganizationOf(userId: string) {
  const membership = await db.membership.findFirst({
    where: { userId },
    orderBy: { createdAt: "asc" },
    include: { organization: { select: { slug: true } } },
  });
  return membership?.organization ?? null;
}

/** The slug of an organization the user belongs to: `organizationId` when they are a member there, else their first. */
export async function memberOrganizationSlug(userId: string, organizationId: string | null): Promise<string | null> {
  if (organizationId) {
    const membership = await db.membership.findUnique({ where: { userId_organizationId: { userId, organizationId } }, include: { organization: { select: { slug: true } } } });
    if (membership) return membership.organization.slug;
  }
  return (await firstOrganizationOf(userId))?.slug ?? null;
}
