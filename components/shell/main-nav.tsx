"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/** The dashboard's sections; the one you are in is marked (and scrolled into view on the narrowest phones). */
export function MainNav({ org }: { org: string }) {
  const pathname = usePathname();
  const current = useRef<HTMLAnchorElement>(null);
  const links = [
    { href: `/${org}/reviews`, label: "Inbox" },
    { href: `/${org}/voice`, label: "Voice" },
    // The import pages are reached from Connections, so they count as part of it.
    { href: `/${org}/connections`, label: "Connections", also: [`/${org}/imports`] },
    { href: `/${org}/failed-jobs`, label: "Failed jobs" },
  ];
  const within = (base: string) => pathname === base || pathname.startsWith(`${base}/`);
  useEffect(() => {
    current.current?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [pathname]);
  return (
    // On a phone: a line of its own under the logo (app-header), scrolling sideways on the narrowest screens.
    <nav aria-label="Main" className="-mx-1 flex min-w-0 items-center gap-1 overflow-x-auto px-1 py-1.5 text-sm whitespace-nowrap max-sm:order-last max-sm:basis-full sm:mx-0 sm:ml-2 sm:px-0">
      {links.map((link) => {
        const active = within(link.href) || (link.also ?? []).some(within);
        return (
          <Link
            key={link.href}
            ref={active ? current : undefined}
            href={link.href}
            aria-current={active ? "page" : undefined}
            className="rounded-md px-2.5 py-1.5 font-medium text-stone-600 hover:bg-stone-100 hover:text-stone-900 aria-[current=page]:bg-stone-100 aria-[current=page]:text-stone-900"
          >
            {link.label}
          </Link>
        );
      })}
    </nav>
  );
}
