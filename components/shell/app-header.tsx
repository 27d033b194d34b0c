import Link from "next/link";
import type { Role } from "@/lib/generated/prisma/enums";
import { ROLE_LABELS } from "@/lib/auth/permissions";

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
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-2 px-3 sm:gap-4 sm:px-6">
        <Link href={`/${organization.slug}/reviews`} className="text-lg font-semibold tracking-tight text-brand-700">
          Lobby
        </Link>
        <span className="hidden truncate text-sm text-stone-500 sm:inline">{organization.name}</span>
        {/* On a phone the links scroll sideways; the fade at the edge says there is more. */}
        <nav aria-label="Main" className="-my-1 ml-1 flex min-w-0 items-center gap-1 overflow-x-auto py-1 pr-4 text-sm whitespace-nowrap max-sm:[mask-image:linear-gradient(to_right,black_85%,transparent)] sm:ml-2">
          <Link href={`/${organization.slug}/reviews`} className="rounded-md px-2.5 py-1.5 font-medium text-stone-700 hover:bg-stone-100">
            Inbox
          </Link>
          <Link href={`/${organization.slug}/voice`} className="rounded-md px-2.5 py-1.5 font-medium text-stone-700 hover:bg-stone-100">
            Voice
          </Link>
          <Link href={`/${organization.slug}/connections`} className="rounded-md px-2.5 py-1.5 font-medium text-stone-700 hover:bg-stone-100">
            Connections
          </Link>
          <Link href={`/${organization.slug}/failed-jobs`} className="rounded-md px-2.5 py-1.5 font-medium text-stone-700 hover:bg-stone-100">
            Failed jobs
          </Link>
        </nav>
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
