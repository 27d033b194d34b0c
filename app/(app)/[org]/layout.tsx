import { signOut } from "@/lib/auth/config";
import { requireMemberBySlug } from "@/lib/auth/session";
import { AppHeader } from "@/components/shell/app-header";

export default async function OrganizationLayout({ children, params }: { children: React.ReactNode; params: Promise<{ org: string }> }) {
  const { org } = await params;
  const member = await requireMemberBySlug(org, "reviews.read");
  async function signOutAction() {
    "use server";
    await signOut({ redirectTo: "/login" });
  }
  return (
    <div className="min-h-dvh">
      <AppHeader
        organization={{ slug: member.organization.slug, name: member.organization.name }}
        user={{ name: member.user.name, role: member.membership.role }}
        signOut={signOutAction}
      />
      <main className="mx-auto w-full max-w-6xl px-3 py-4 sm:px-6 sm:py-6">{children}</main>
    </div>
  );
}
