import { notFound, redirect } from "next/navigation";
import { db } from "../db";
import type { Membership, Organization, User } from "../generated/prisma/client";
import { UserFacingError } from "../errors";
import { auth } from "./config";
import { roleCan, type Permission } from "./permissions";

export type Member = { user: Pick<User, "id" | "name" | "email">; membership: Membership; organization: Organization };

/** The signed-in user, or a redirect to sign-in. */
export async function requireUser() {
  const session = await auth();
  const id = session?.user?.id;
  const user = id ? await db.user.findUnique({ where: { id }, select: { id: true, name: true, email: true } }) : null;
  if (!user) redirect("/login");
  return user;
}

/**
 * The signed-in member of an organization, checked for one permission. A non-member gets a 404
 * (we do not reveal that the organization exists); a member whose role lacks the permission gets a
 * typed error whose message can be shown.
 */
export async function requireMember(organizationId: string, permission: Permission): Promise<Member> {
  const user = await requireUser();
  const membership = await db.membership.findUnique({
    where: { userId_organizationId: { userId: user.id, organizationId } },
    include: { organization: true },
  });
  if (!membership) notFound();
  if (!roleCan(membership.role, permission)) {
    throw new UserFacingError("Your role does not allow this action.", "forbidden");
  }
  const { organization, ...rest } = membership;
  return { user, membership: rest, organization };
}

/** Resolves an organization from its URL slug, then checks membership there. */
export async function requireMemberBySlug(slug: string, permission: Permission): Promise<Member> {
  const organization = await db.organization.findUnique({ where: { slug }, select: { id: true } });
  if (!organization) notFound();
  return requireMember(organization.id, permission);
}
