import Link from "next/link";
import type { ReviewImportStatus } from "@/lib/generated/prisma/enums";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/components/review/labels";
import { IMPORT_STATUS } from "./labels";

export type ImportListRow = {
  id: string; fileName: string; channelName: string; status: ReviewImportStatus; totalRows: number; createdReviews: number; failedRows: number;
  createdAt: Date; property: { name: string }; createdBy: { name: string } | null;
};

export function ImportList({ org, imports }: { org: string; imports: ImportListRow[] }) {
  return (
    <ul aria-label="Past imports" className="divide-y divide-stone-200 rounded-lg bg-white ring-1 ring-stone-200">
      {imports.map((i) => (
        <li key={i.id}>
          <Link href={`/${org}/imports/${i.id}`} className="grid gap-1 px-4 py-3 hover:bg-stone-50 sm:grid-cols-[1fr_auto] sm:items-center">
            <div className="min-w-0">
              <p className="truncate font-medium text-stone-900">{i.fileName}</p>
              <p className="truncate text-xs text-stone-500">
                {i.channelName} · {i.property.name} · {formatDateTime(i.createdAt)}{i.createdBy ? ` by ${i.createdBy.name}` : ""}
              </p>
            </div>
            <div className="flex items-center gap-3 text-xs text-stone-600">
              {i.status === "DONE" ? <span className="tabular-nums">{i.createdReviews} new · {i.failedRows} with problems</span> : <span className="tabular-nums">{i.totalRows} rows</span>}
              <Badge tone={IMPORT_STATUS[i.status].tone}>{IMPORT_STATUS[i.status].label}</Badge>
            </div>
          </Link>
        </li>
      ))}
    </ul>
  );
}
