"use client";

import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";

type Tab = { key: string; label: string; count: number };

export function InboxFilters({ tabs, status, properties, property, urgent, urgentCount, sort, sorts }: {
  tabs: Tab[];
  status: string;
  properties: { id: string; name: string }[];
  property?: string;
  /** Only URGENT reviews shown. */
  urgent: boolean;
  urgentCount: number;
  sort: string;
  sorts: { key: string; label: string }[];
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
    // Two rows: the status tabs, then urgency, order and property. One row would crowd a laptop screen.
    <div className="space-y-2">
      <nav aria-label="Reply status" className="flex flex-wrap gap-0.5 text-sm sm:gap-1">
        {tabs.map((tab) => {
          const active = tab.key === status;
          return (
            <Link
              key={tab.key}
              href={hrefWith({ status: tab.key })}
              aria-current={active ? "page" : undefined}
              className={`flex shrink-0 items-center gap-1.5 rounded-md px-2 py-1.5 font-medium sm:px-2.5 ${active ? "bg-stone-900 text-white" : "text-stone-600 hover:bg-stone-200/60"}`}
            >
              {tab.label}
              <span className={`rounded px-1 text-xs tabular-nums ${active ? "bg-white/20" : "bg-stone-200 text-stone-600"}`}>{tab.count}</span>
            </Link>
          );
        })}
      </nav>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <button
          type="button"
          onClick={() => router.push(hrefWith({ urgent: urgent ? undefined : "1" }))}
          aria-pressed={urgent}
          title="Only reviews reporting safety, hygiene, health, discrimination, legal or theft issues"
          className={`flex shrink-0 items-center gap-1.5 rounded-md px-2.5 py-1.5 font-medium ring-1 ring-inset ${urgent ? "bg-rose-700 text-white ring-rose-700" : "bg-white text-stone-700 ring-stone-300 hover:bg-rose-50"}`}
        >
          <span aria-hidden className={`size-2 rounded-full ${urgent ? "bg-white" : urgentCount > 0 ? "bg-rose-600" : "bg-stone-300"}`} />
          Urgent
          <span className={`rounded px-1 text-xs tabular-nums ${urgent ? "bg-white/20" : "bg-stone-100 text-stone-600"}`}>{urgentCount}</span>
        </button>
        <label htmlFor="sort-order" className="sr-only">Order</label>
        <select
          id="sort-order"
          value={sort}
          onChange={(e) => router.push(hrefWith({ sort: e.target.value === "newest" ? undefined : e.target.value }))}
          className="rounded-md border-0 bg-white py-1.5 pl-2 pr-8 text-sm ring-1 ring-inset ring-stone-300 focus:ring-2 focus:ring-brand-500"
        >
          {sorts.map((s) => (
            <option key={s.key} value={s.key}>{s.label}</option>
          ))}
        </select>
        {/* Label and list wrap together: on a phone they take their own line. */}
        <div className="flex min-w-0 basis-full items-center gap-2 sm:ml-auto sm:basis-auto">
          <label htmlFor="property-filter" className="text-stone-600">Property</label>
          <select
            id="property-filter"
            value={property ?? ""}
            onChange={(e) => router.push(hrefWith({ property: e.target.value || undefined }))}
            className="min-w-0 flex-1 rounded-md border-0 bg-white py-1.5 pl-2 pr-8 text-sm ring-1 ring-inset ring-stone-300 focus:ring-2 focus:ring-brand-500 sm:flex-none"
          >
            <option value="">All properties</option>
            {properties.map((p) => (
              <option key={p.id} value={p.id}>{p.name}</option>
            ))}
          </select>
        </div>
      </div>
    </div>
  );
}
