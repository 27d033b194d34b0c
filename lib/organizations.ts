import { db } from "./db";

export async function firstOrganizationOf(userId: string) {
  const membership = await db.membership.findFirst({
    where: { userId },
    orderBy: { createdAt: "asc" },
    include: { organization: { select: { slug: true } } },
  });
  return membership?.organization ?? null;
}
