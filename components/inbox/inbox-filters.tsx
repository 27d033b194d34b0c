"use client";

import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";

type Tab = { key: string; label: string; count: number };

export function InboxFilters({ tabs, status, properties, property }: {
  tabs: Tab[];
  status: string;
  properties: { id: string; name: string }[];
  property?: string;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const hrefWith = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params.toString());
    for (const [k, v] of Object.entries(changes)) (v ? next.set(k, v) : next.delete(k));
    const query = next.toString();
    return query ? `${pathname}?${query}` : pathname;
  };
  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
      <nav aria-label="Reply status" className="-mx-1 flex gap-1 overflow-x-auto px-1 text-sm">
        {tabs.map((tab) => {
          const active = tab.key === status;
          return (
            <Link
              key={tab.key}
              href={hrefWith({ status: tab.key })}
              aria-current={active ? "page" : undefined}
              className={`flex shrink-0 items-center gap-1.5 rounded-md px-2.5 py-1.5 font-medium ${active ? "bg-stone-900 text-white" : "text-stone-600 hover:bg-stone-200/60"}`}
            >
              {tab.label}
              <span className={`rounded px-1 text-xs tabular-nums ${active ? "bg-white/20" : "bg-stone-200 text-stone-600"}`}>{tab.count}</span>
            </Link>
          );
        })}
      </nav>
      <div className="flex items-center gap-2 text-sm">
        <label htmlFor="property-filter" className="text-stone-600">Property</label>
        <select
          id="property-filter"
          value={property ?? ""}
          onChange={(e) => router.push(hrefWith({ property: e.target.value || undefined }))}
          className="rounded-md border-0 bg-white py-1.5 pl-2 pr-8 text-sm ring-1 ring-inset ring-stone-300 focus:ring-2 focus:ring-brand-500"
        >
          <option value="">All properties</option>
          {properties.map((p) => (
            <option key={p.id} value={p.id}>{p.name}</option>
          ))}
        </select>
      </div>
    </div>
  );
}
