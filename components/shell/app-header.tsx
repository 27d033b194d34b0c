import Link from "next/link";
import type { Role } from "@/lib/generated/prisma/enums";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { MainNav } from "./main-nav";

export function AppHeader({
  organization,
  user,
  signOut,
}: {
  organization: { slug: string; name: string };
  user: { name: string; role: Role };
  signOut: () => Promise<void>;
}) {
  return (
    <header className="border-b border-stone-200 bg-white">
      {/* On a phone the navigation takes a second line of its own, so all its links show. */}
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-2 px-3 pt-2 sm:h-14 sm:flex-nowrap sm:gap-x-4 sm:px-6 sm:pt-0">
        <Link href={`/${organization.slug}/reviews`} className="text-lg font-semibold tracking-tight text-brand-700">
          Lobby
        </Link>
        <span className="hidden truncate text-sm text-stone-500 sm:inline">{organization.name}</span>
        <MainNav org={organization.slug} />
        <div className="ml-auto flex shrink-0 items-center gap-3 text-sm">
          <span className="hidden text-right leading-tight sm:block">
            <span className="block font-medium text-stone-800">{user.name}</span>
            <span className="block text-xs text-stone-500">{ROLE_LABELS[user.role]}</span>
          </span>
          <form action={signOut}>
            <button type="submit" className="whitespace-nowrap rounded-md px-2.5 py-1.5 text-stone-600 hover:bg-stone-100 hover:text-stone-900">
              Sign out
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
