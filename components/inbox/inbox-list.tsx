"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

export type InboxRow = { id: string; href: string; cells: React.ReactNode };

/** The review list; j/k or the arrow keys move, Enter opens, like a mail client. */
export function InboxList({ rows }: { rows: InboxRow[] }) {
  const router = useRouter();
  const [active, setActive] = useState(0);
  const refs = useRef<(HTMLAnchorElement | null)[]>([]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const target = e.target as HTMLElement;
      if (e.metaKey || e.ctrlKey || e.altKey || ["INPUT", "TEXTAREA", "SELECT", "BUTTON"].includes(target.tagName)) return;
      if (e.key === "j" || e.key === "ArrowDown") setActive((i) => Math.min(i + 1, rows.length - 1));
      else if (e.key === "k" || e.key === "ArrowUp") setActive((i) => Math.max(i - 1, 0));
      else if (e.key === "Enter" && rows[active] && target.tagName !== "A") router.push(rows[active].href);
      else return;
      e.preventDefault();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [rows, active, router]);

  useEffect(() => {
    const row = refs.current[active];
    if (!row) return;
    // When a row has the focus, the focus follows j/k, so Enter opens the marked row and not the one left behind.
    if (refs.current.includes(document.activeElement as HTMLAnchorElement)) row.focus();
    else row.scrollIntoView({ block: "nearest" });
  }, [active]);

  return (
    <ul className="divide-y divide-stone-200 overflow-hidden rounded-lg bg-white ring-1 ring-stone-200" aria-label="Reviews">
      {rows.map((row, i) => (
        <li key={row.id}>
          <Link
            ref={(el) => { refs.current[i] = el; }}
            href={row.href}
            onFocus={() => setActive(i)}
            data-active={i === active || undefined}
            className="block px-3 py-3 hover:bg-stone-50 focus-visible:-outline-offset-2 data-[active]:bg-brand-50/70 sm:px-4"
          >
            {row.cells}
          </Link>
        </li>
      ))}
    </ul>
  );
}
