import type { Platform } from "@/lib/generated/prisma/enums";
import { formatDateTime, PLATFORM_LABELS } from "@/components/review/labels";

export function QuarantineList({ items }: {
  items: { id: string; reason: string; raw: unknown; firstSeenAt: Date; lastSeenAt: Date; timesSeen: number; connection: { platform: Platform; property: { name: string } } }[];
}) {
  return (
    <ul className="divide-y divide-stone-200 rounded-lg bg-white ring-1 ring-stone-200" aria-label="Quarantined items">
      {items.map((item) => (
        <li key={item.id} className="px-4 py-3 text-sm">
          <p className="font-medium text-stone-800">{item.reason}</p>
          <p className="text-xs text-stone-500">
            {PLATFORM_LABELS[item.connection.platform]} · {item.connection.property.name} · first seen {formatDateTime(item.firstSeenAt)}
            {item.timesSeen > 1 ? ` · seen ${item.timesSeen} times, last ${formatDateTime(item.lastSeenAt)}` : ""}
          </p>
          <details className="mt-1">
            <summary className="cursor-pointer text-xs text-stone-600">Payload as received</summary>
            <pre className="mt-1 max-h-64 overflow-auto rounded bg-stone-50 p-2 text-xs text-stone-700">{JSON.stringify(item.raw, null, 2)}</pre>
          </details>
        </li>
      ))}
    </ul>
  );
}
