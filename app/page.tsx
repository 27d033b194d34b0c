import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { firstOrganizationOf } from "@/lib/organizations";
import { EmptyState } from "@/components/ui/empty-state";

export default async function Home() {
  const user = await requireUser();
  const organization = await firstOrganizationOf(user.id);
  if (organization) redirect(`/${organization.slug}/reviews`);
  return (
    <main className="mx-auto max-w-xl px-4 py-24">
      <EmptyState title="You are not a member of any organization yet">
        Ask the owner of your hotel group or agency to invite {user.email}.
      </EmptyState>
    </main>
  );
}
