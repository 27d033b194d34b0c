import type { Role } from "../generated/prisma/enums";

// What each role may do, declared once. Pages and actions ask for a permission, never a role.
export const PERMISSIONS = {
  "reviews.read": ["OWNER", "BRAND_OWNER", "WRITER", "HOTEL_MANAGER"],
  "drafts.edit": ["OWNER", "WRITER", "HOTEL_MANAGER"],
  // Approving a reply also sends it to the platform.
  "replies.approve": ["OWNER", "HOTEL_MANAGER"],
  "voice.edit": ["OWNER", "BRAND_OWNER"],
  "connections.manage": ["OWNER"],
  // Bringing in a channel's reviews from a file (Yelp, Facebook, Tripadvisor history): the people who answer them.
  "reviews.import": ["OWNER", "HOTEL_MANAGER"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleCan(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export const ROLE_LABELS: Record<Role, string> = {
  OWNER: "Owner",
  BRAND_OWNER: "Brand owner",
  WRITER: "Writer",
  HOTEL_MANAGER: "Hotel manager",
};
